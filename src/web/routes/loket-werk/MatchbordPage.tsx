import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { useGemeente } from '../../api/gemeente.ts';
import {
  type Matchbord,
  type Optimalisatie,
  useMatchbord,
  useOptimaliseer,
  useStelKoppelingVoor,
} from '../../api/loketWerk.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { tijdvakkenInWoorden } from '../hulp-bieden/woorden.ts';
import {
  AlleenProfessional,
  LaadFout,
  LoketWerkMenu,
  Statusmelding,
  useLwT,
} from './onderdelen.tsx';

const KaartWeergave = lazy(() =>
  import('../../components/kaart/KaartWeergave.tsx').then((m) => ({ default: m.KaartWeergave })),
);

type Voorstel = Optimalisatie['voorstellen'][number];
type Melden = (tekst: string) => void;

function useGetal() {
  const { i18n } = useLwT();
  const f = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const punten = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return { km: (n: number) => f.format(n), punten: (n: number) => punten.format(n) };
}

/**
 * "Goedkeuren" or "Bewaar als voorstel" for one pair: takes it over with the explanation in
 * words as the text both sides read. A refusal (taken meanwhile) is said in words.
 */
function Overnemen({
  paar,
  uitleg,
  onMelding,
}: {
  paar: { hulpvraagId: string; aanbodId: string; inwoner: string; vrijwilliger: string };
  uitleg: string;
  onMelding: Melden;
}) {
  const { t } = useLwT();
  const stelVoor = useStelKoppelingVoor();
  const [klaar, setKlaar] = useState(false);
  if (klaar) return null;
  const neemOver = (goedkeuren: boolean) =>
    stelVoor.mutate(
      {
        hulpvraagId: paar.hulpvraagId,
        aanbodId: paar.aanbodId,
        toelichting: uitleg,
        bron: 'optimalisatie',
        goedkeuren,
      },
      {
        onSuccess: () => {
          setKlaar(true);
          const namen = { inwoner: paar.inwoner, vrijwilliger: paar.vrijwilliger };
          onMelding(
            goedkeuren
              ? t('loketWerk.koppelen.goedgekeurd', namen)
              : t('loketWerk.koppelen.bewaard', namen),
          );
        },
      },
    );
  return (
    <div className="kring-lw-knoppen">
      <Button
        appearance="primary-action-button"
        busy={stelVoor.isPending}
        disabled={stelVoor.isPending}
        onClick={() => neemOver(true)}
      >
        {t('loketWerk.koppelen.goedkeuren')}
      </Button>
      <Button
        appearance="secondary-action-button"
        disabled={stelVoor.isPending}
        onClick={() => neemOver(false)}
      >
        {t('loketWerk.koppelen.bewaren')}
      </Button>
      {stelVoor.isError ? (
        <Paragraph className="kring-lw-fout">{t('loketWerk.koppelen.mislukt')}</Paragraph>
      ) : null}
    </div>
  );
}

/** One proposal: the pair, why in one sentence, and how the score is made up. */
function VoorstelKaart({ v, onMelding }: { v: Voorstel; onMelding: Melden }) {
  const { t } = useLwT();
  const getal = useGetal();
  const kop = `lw-voorstel-${v.hulpvraagId}`;
  return (
    <article className="kring-lw-voorstel" aria-labelledby={kop}>
      <Heading3 id={kop}>
        {t('loketWerk.koppelen.paar', { inwoner: v.inwoner, vrijwilliger: v.vrijwilliger })}
      </Heading3>
      <Paragraph>
        <strong>{t('loketWerk.koppelen.waarom')}:</strong> <span lang="nl">{v.uitleg}</span>
      </Paragraph>
      <details>
        <summary>{t('loketWerk.koppelen.onderdelenLabel')}</summary>
        <UnorderedList>
          {v.onderdelen
            .filter((o) => o.punten !== 0)
            .map((o) => (
              <UnorderedListItem key={o.soort}>
                {t(`loketWerk.koppelen.onderdeel.${o.soort}`)}: {getal.punten(o.punten)}
              </UnorderedListItem>
            ))}
        </UnorderedList>
      </details>
      <Overnemen paar={v} uitleg={v.uitleg} onMelding={onMelding} />
    </article>
  );
}

function Ruilen({ o, onMelding }: { o: Optimalisatie; onMelding: Melden }) {
  const { t } = useLwT();
  return (
    <section aria-labelledby="lw-ruil">
      <Heading2 id="lw-ruil">{t('loketWerk.koppelen.ruilKop')}</Heading2>
      <Paragraph>{t('loketWerk.koppelen.ruilUitleg')}</Paragraph>
      {o.ruilvoorstellen.length === 0 ? (
        <Paragraph>{t('loketWerk.koppelen.geenRuil')}</Paragraph>
      ) : (
        <Paragraph>
          {t('loketWerk.koppelen.ruilVergelijking', {
            ruil: o.ruilGeholpen,
            paren: o.ruilGeholpenParen,
          })}
        </Paragraph>
      )}
      {o.ruilvoorstellen.map((r) => {
        const kop = `lw-ruil-${r.schakels[0]?.hulpvraagId}`;
        return (
          <article className="kring-lw-voorstel" aria-labelledby={kop} key={kop}>
            <Heading3 id={kop}>
              {t(`loketWerk.koppelen.ruil.${r.soort}`, {
                aantal: r.soort === 'cyclus' ? r.schakels.length : r.schakels.length + 1,
              })}
            </Heading3>
            <UnorderedList>
              {r.schakels.map((s) => (
                <UnorderedListItem key={s.hulpvraagId}>
                  <Paragraph>
                    <strong>{t('loketWerk.koppelen.helpt', s)}</strong>:{' '}
                    <span lang="nl">{s.uitleg}</span>
                  </Paragraph>
                  <Overnemen
                    paar={{ ...s, inwoner: s.geholpen, vrijwilliger: s.helper }}
                    uitleg={s.uitleg}
                    onMelding={onMelding}
                  />
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </article>
        );
      })}
    </section>
  );
}

function Groepen({ o }: { o: Optimalisatie }) {
  const { t } = useLwT();
  const getal = useGetal();
  return (
    <section aria-labelledby="lw-groep">
      <Heading2 id="lw-groep">{t('loketWerk.koppelen.groepKop')}</Heading2>
      <Paragraph>{t('loketWerk.koppelen.groepUitleg')}</Paragraph>
      {o.groepsvoorstellen.length === 0 ? (
        <Paragraph>{t('loketWerk.koppelen.geenGroep')}</Paragraph>
      ) : null}
      {o.groepsvoorstellen.map((g) => {
        const kop = `lw-groep-${g.categorie}-${g.leden[0]?.hulpvraagId}`;
        return (
          <article className="kring-lw-voorstel" aria-labelledby={kop} key={kop}>
            <Heading3 id={kop}>
              {t('loketWerk.koppelen.groep', {
                aantal: g.leden.length,
                categorie: t(`loket.categorie.${g.categorie}`),
              })}
            </Heading3>
            <Paragraph>
              {g.tijdvak
                ? t('loketWerk.koppelen.groepWanneer', {
                    moment: tijdvakkenInWoorden(t, [g.tijdvak]),
                    km: getal.km(Math.max(g.straalKm, 0.1) * 2),
                  })
                : t('loketWerk.koppelen.groepAltijd', {
                    km: getal.km(Math.max(g.straalKm, 0.1) * 2),
                  })}
            </Paragraph>
            <UnorderedList>
              {g.leden.map((l) => (
                <UnorderedListItem key={l.hulpvraagId}>{l.naam}</UnorderedListItem>
              ))}
            </UnorderedList>
            {g.plek ? (
              <Paragraph>
                {t('loketWerk.koppelen.plek')}{' '}
                <RouterLink to={`/sociale-kaart/aanbod/${g.plek.aanbodId}`}>
                  {g.plek.naam}
                </RouterLink>
                {g.plek.afstandKm !== null
                  ? ` (${t('loketWerk.koppelen.plekKm', { km: getal.km(g.plek.afstandKm) })})`
                  : ''}
              </Paragraph>
            ) : (
              <Paragraph>{t('loketWerk.koppelen.geenPlek')}</Paragraph>
            )}
          </article>
        );
      })}
    </section>
  );
}

/** The optimiser: run it, and the preview with how many more people it helps. */
function Optimaliseren({ onMelding }: { onMelding: Melden }) {
  const { t } = useLwT();
  const run = useOptimaliseer();
  const o = run.data;
  return (
    <>
      <section aria-labelledby="lw-optimaliseer">
        <Heading2 id="lw-optimaliseer">{t('loketWerk.koppelen.optimaliseerKop')}</Heading2>
        <Paragraph>{t('loketWerk.koppelen.optimaliseerUitleg')}</Paragraph>
        <Button
          appearance="primary-action-button"
          busy={run.isPending}
          disabled={run.isPending}
          onClick={() => run.mutate()}
        >
          {t('loketWerk.koppelen.optimaliseer')}
        </Button>
        <LoadingStatus loading={run.isPending} />
        {run.isError ? <LaadFout error={run.error} onRetry={() => run.mutate()} /> : null}
        <div role="status">
          {o ? (
            <>
              <Paragraph>
                {t('loketWerk.koppelen.samenvatting', { geholpen: o.geholpen, vragen: o.vragen })}{' '}
                {o.geholpen > o.geholpenGretig
                  ? t('loketWerk.koppelen.meer', { count: o.geholpen - o.geholpenGretig })
                  : ''}
              </Paragraph>
              <Paragraph>
                {t('loketWerk.koppelen.vergelijking', {
                  gretig: o.geholpenGretig,
                  hand: o.geholpenHandmatig,
                })}
              </Paragraph>
            </>
          ) : null}
        </div>
      </section>
      {o ? (
        <>
          <section aria-labelledby="lw-voorstellen">
            <Heading2 id="lw-voorstellen">{t('loketWerk.koppelen.voorstellenKop')}</Heading2>
            {o.voorstellen.length === 0 ? (
              <Paragraph>{t('loketWerk.koppelen.geenVoorstellen')}</Paragraph>
            ) : null}
            {o.voorstellen.map((v) => (
              <VoorstelKaart key={v.hulpvraagId} v={v} onMelding={onMelding} />
            ))}
          </section>
          <Ruilen o={o} onMelding={onMelding} />
          <Groepen o={o} />
        </>
      ) : null}
    </>
  );
}

type Kolom = 'naam' | 'waarmee' | 'plaats' | 'wacht' | 'koppeling' | 'straal' | 'plek';

/** One table of the pool: a name that links to the request or sign-up, then plain cells. */
function PoolTabel({
  id,
  kop,
  leeg,
  kolommen,
  rijen,
}: {
  id: string;
  kop: string;
  leeg: string;
  kolommen: readonly Kolom[];
  rijen: { sleutel: string; naam: string; naar: string; cellen: string[] }[];
}) {
  const { t } = useLwT();
  return (
    <>
      <Heading3 id={id}>{kop}</Heading3>
      {rijen.length === 0 ? (
        <Paragraph>{leeg}</Paragraph>
      ) : (
        <ScrollTabel labelledBy={id}>
          <Table className="kring-lw-tabel">
            <TableHeader>
              <TableRow>
                {kolommen.map((k) => (
                  <TableHeaderCell scope="col" key={k}>
                    {t(`loketWerk.koppelen.kolom.${k}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rijen.map((r) => (
                <TableRow key={r.sleutel}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={r.naar}>{r.naam}</RouterLink>
                  </TableHeaderCell>
                  {r.cellen.map((c, i) => (
                    <TableCell key={kolommen[i + 1]}>{c}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTabel>
      )}
    </>
  );
}

/** The pool as two tables; the map beside them is an extra for sighted users. */
function Pool({ bord }: { bord: Matchbord }) {
  const { t } = useLwT();
  const getal = useGetal();
  const gemeente = useGemeente();
  const navigate = useNavigate();
  const [kaartOpen, setKaartOpen] = useState(false);
  const punten = [
    ...bord.vragen.flatMap((v) =>
      v.punt
        ? [
            {
              id: `v:${v.hulpvraagId}`,
              naam: t('loketWerk.koppelen.kaartVraag', { naam: v.naam }),
              ...v.punt,
            },
          ]
        : [],
    ),
    ...bord.vrijwilligers.flatMap((v) =>
      v.punt
        ? [
            {
              id: `a:${v.aanbodId}`,
              naam: t('loketWerk.koppelen.kaartVrijwilliger', { naam: v.naam }),
              ...v.punt,
            },
          ]
        : [],
    ),
  ];
  const categorieen = (codes: readonly string[]) =>
    codes.map((c) => t(`loket.categorie.${c as 'boodschappen'}`)).join(', ');
  return (
    <section aria-labelledby="lw-pool">
      <Heading2 id="lw-pool">{t('loketWerk.koppelen.poolKop')}</Heading2>
      {punten.length > 0 ? (
        <div className="kring-lw-kaart">
          <Button
            appearance="secondary-action-button"
            aria-expanded={kaartOpen}
            aria-controls="lw-kaart"
            onClick={() => setKaartOpen((open) => !open)}
          >
            {kaartOpen ? t('loketWerk.koppelen.kaartVerberg') : t('loketWerk.koppelen.kaartToon')}
          </Button>
          <div id="lw-kaart" hidden={!kaartOpen}>
            {kaartOpen && gemeente.data ? (
              <>
                <Paragraph>{t('loketWerk.koppelen.kaartUitleg')}</Paragraph>
                <div aria-hidden="true">
                  <Suspense fallback={null}>
                    <KaartWeergave
                      punten={punten}
                      zoekpunt={null}
                      tegels={gemeente.data.kaart.tegels}
                      bronvermelding={gemeente.data.kaart.bronvermelding}
                      onKies={(id) => {
                        if (id.startsWith('v:')) {
                          void navigate(`/werkplek/loket/hulpvragen/${id.slice(2)}`);
                        }
                      }}
                    />
                  </Suspense>
                </div>
              </>
            ) : null}
          </div>
        </div>
      ) : null}

      <PoolTabel
        id="lw-pool-vragen"
        kop={t('loketWerk.koppelen.vragenKop')}
        leeg={t('loketWerk.koppelen.geenVragen')}
        kolommen={['naam', 'waarmee', 'plaats', 'wacht', 'koppeling']}
        rijen={bord.vragen.map((v) => ({
          sleutel: v.hulpvraagId,
          naam: v.naam,
          naar: `/werkplek/loket/hulpvragen/${v.hulpvraagId}`,
          cellen: [
            categorieen(v.categorieen),
            v.plaats,
            t('loketWerk.koppelen.dagen', { count: v.wachtDagen }),
            v.koppeling
              ? t(`loketWerk.koppelingStatus.${v.koppeling}`)
              : t('loketWerk.koppelen.geenVoorstel'),
          ],
        }))}
      />
      <PoolTabel
        id="lw-pool-vrijwilligers"
        kop={t('loketWerk.koppelen.vrijwilligersKop')}
        leeg={t('loketWerk.koppelen.geenVrijwilligers')}
        kolommen={['naam', 'waarmee', 'plaats', 'straal', 'plek']}
        rijen={bord.vrijwilligers.map((v) => ({
          sleutel: v.aanbodId,
          naam: v.naam,
          naar: `/werkplek/loket/aanmeldingen/${v.aanbodId}`,
          cellen: [
            categorieen(v.categorieen),
            v.plaats,
            t('loketWerk.koppelingen.km', { km: getal.km(v.straalKm) }),
            t('loketWerk.koppelen.plekken', { lopend: v.lopend, max: v.maxKoppelingen }),
          ],
        }))}
      />
    </section>
  );
}

function Bord() {
  const bord = useMatchbord();
  const [melding, setMelding] = useState('');
  return (
    <>
      <Statusmelding tekst={melding} />
      <Optimaliseren onMelding={setMelding} />
      <LoadingStatus loading={bord.isPending} />
      {bord.isError ? <LaadFout error={bord.error} onRetry={() => void bord.refetch()} /> : null}
      {bord.data ? <Pool bord={bord.data} /> : null}
    </>
  );
}

/** `/werkplek/loket/koppelen`: the matching board with the optimiser. */
export function MatchbordPage() {
  const { t } = useLwT();
  useDocumentTitle(t('loketWerk.koppelen.titel'));
  return (
    <>
      <PageHeading>{t('loketWerk.koppelen.heading')}</PageHeading>
      <Paragraph lead>{t('loketWerk.koppelen.intro')}</Paragraph>
      <LoketWerkMenu />
      <AlleenProfessional>
        <Bord />
      </AlleenProfessional>
    </>
  );
}
