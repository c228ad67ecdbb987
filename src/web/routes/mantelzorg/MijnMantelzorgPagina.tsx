import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  LinkList,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'react-router';
import {
  type Aanvraag,
  INFORMATIEPAKKET_URL,
  type MijnMantelzorg,
  type Ronde,
  type TeBevestigen,
  useBevestig,
  useMijnMantelzorg,
  useVraagAan,
  useVraagAanAlsZorgvrager,
  type Zorgrelatie,
} from '../../api/mantelzorg.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { KnopLink } from '../../components/formulier/KnopLink.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { RouterLink, RouterLinkListLink } from '../../components/RouterLink.tsx';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import { Kaart, Laadfout } from '../mijn-kring/onderdelen.tsx';
import { Melding } from '../zorgkring/onderdelen.tsx';
import { useEuro } from './ConsulentOnderdelen.tsx';
import { BASIS, MijnMzKader, useMzT } from './MijnOnderdelen.tsx';

type OpMelding = { onMelding: (tekst: string) => void };

/** "{naam} zegt dat hij of zij voor u zorgt (waardering {jaar}). Klopt dat?" — yes or no. */
function Bevestigen({ lijst, onMelding }: { lijst: TeBevestigen[] } & OpMelding) {
  const { t } = useMzT();
  const bevestig = useBevestig();
  const antwoord = (b: TeBevestigen, bevestigd: boolean) =>
    bevestig.mutate(
      { id: b.aanvraagId, bevestigd },
      {
        onSuccess: () =>
          onMelding(
            t(bevestigd ? 'mantelzorg.bevestigen.bedanktJa' : 'mantelzorg.bevestigen.bedanktNee', {
              naam: b.mantelzorger,
            }),
          ),
      },
    );
  return (
    <section aria-labelledby="mz-bevestigen">
      <Heading2 id="mz-bevestigen">{t('mantelzorg.bevestigen.heading')}</Heading2>
      {lijst.map((b) => (
        <Kaart
          key={b.aanvraagId}
          id={`mz-b-${b.aanvraagId}`}
          kop={t('mantelzorg.bevestigen.kaartKop', { naam: b.mantelzorger })}
        >
          <Paragraph>
            {t('mantelzorg.bevestigen.vraag', { naam: b.mantelzorger, jaar: b.jaar })}
          </Paragraph>
          <Paragraph>{t('mantelzorg.bevestigen.uitleg', { naam: b.mantelzorger })}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              disabled={bevestig.isPending}
              onClick={() => antwoord(b, true)}
            >
              {t('mantelzorg.bevestigen.ja')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={bevestig.isPending}
              onClick={() => antwoord(b, false)}
            >
              {t('mantelzorg.bevestigen.nee')}
            </Button>
          </ButtonGroup>
        </Kaart>
      ))}
      {bevestig.isError ? (
        <Alert type="error">
          <Paragraph>{t('mantelzorg.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}

/** Nothing registered yet: a warm word, what it brings, and the way to the form. */
function Welkom() {
  const { t } = useMzT();
  return (
    <>
      <Paragraph lead>{t('mantelzorg.start.intro')}</Paragraph>
      <section aria-labelledby="mz-brengt">
        <Heading2 id="mz-brengt">{t('mantelzorg.start.brengtKop')}</Heading2>
        <Paragraph>{t('mantelzorg.start.brengtIntro')}</Paragraph>
        <UnorderedList>
          {(['informatie', 'waardering', 'zorgkring', 'pauze'] as const).map((k) => (
            <UnorderedListItem key={k}>{t(`mantelzorg.start.brengt.${k}`)}</UnorderedListItem>
          ))}
        </UnorderedList>
        <KnopLink to={`${BASIS}/aanmelden`}>{t('mantelzorg.start.aanmelden')}</KnopLink>
      </section>
    </>
  );
}

const KOLOMMEN = ['naam', 'relatie', 'uren', 'sinds'] as const;

/** The people I care for, the information package, and another person. */
function Relaties({ data }: { data: MijnMantelzorg }) {
  const { t } = useMzT();
  const { dag } = useDatum();
  return (
    <section aria-labelledby="mz-relaties">
      <Heading2 id="mz-relaties">{t('mantelzorg.relaties.heading')}</Heading2>
      <KolomTabel
        id="mz-relaties"
        kolommen={KOLOMMEN.map((k) => t(`mantelzorg.relaties.kolom.${k}`))}
      >
        {data.relaties.map((r) => (
          <TableRow key={r.id}>
            <TableHeaderCell scope="row">{r.zorgvrager.naam}</TableHeaderCell>
            <TableCell>{t(`mantelzorg.relatie.${r.relatie}`)}</TableCell>
            <TableCell>{r.urenPerWeek}</TableCell>
            <TableCell>{dag(r.sinds)}</TableCell>
          </TableRow>
        ))}
      </KolomTabel>
      <Paragraph>
        <a className="utrecht-link" href={INFORMATIEPAKKET_URL} download>
          {t('mantelzorg.relaties.pakket')}
        </a>
      </Paragraph>
      <Paragraph>{t('mantelzorg.relaties.pakketUitleg')}</Paragraph>
      {data.jongeMantelzorger ? <Paragraph>{t('mantelzorg.relaties.jong')}</Paragraph> : null}
      <Paragraph>
        <RouterLink to={`${BASIS}/aanmelden`}>{t('mantelzorg.start.nogIemand')}</RouterLink>
      </Paragraph>
    </section>
  );
}

/**
 * Apply for one campaign for one relation: the required yes for the steunpunt, and the button.
 * The carer applies for the person they care for; the person cared for, when the campaign
 * allows it, for the one who cares for them (`aanvragen` sends the one or the other).
 */
function AanvraagFormulier({
  naam,
  kop,
  melding,
  aanvragen,
  onMelding,
}: { naam: string; kop: string; melding: string; aanvragen: () => Promise<unknown> } & OpMelding) {
  const { t } = useMzT();
  const formulier = useFormulier();
  const [ja, setJa] = useState(false);
  const kopId = `${naam}-kop`;
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    void formulier.submit(
      () =>
        ja ? [] : [{ field: `${naam}-ja`, message: t('mantelzorg.waardering.toestemmingFout') }],
      async () => {
        await aanvragen();
        onMelding(melding);
      },
      () => [{ field: `${naam}-knop`, message: t('mantelzorg.waardering.fout') }],
    );
  };
  return (
    <form noValidate aria-labelledby={kopId} onSubmit={verstuur} className="kring-mk-kaart">
      <Heading3 id={kopId}>{kop}</Heading3>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} id={`${naam}-fouten`} />
      <KeuzeGroep
        id={`${naam}-ja`}
        soort="checkbox"
        legend={t('mantelzorg.waardering.toestemmingLegend')}
        hint={t('mantelzorg.waardering.toestemmingHint')}
        fout={formulier.errorFor(`${naam}-ja`)}
        opties={[{ waarde: 'ja', label: t('mantelzorg.waardering.toestemming') }]}
        gekozen={ja ? ['ja'] : []}
        onChange={(g) => setJa(g.length > 0)}
      />
      <Button
        id={`${naam}-knop`}
        type="submit"
        appearance="primary-action-button"
        busy={formulier.busy}
      >
        {t('mantelzorg.waardering.knop')}
      </Button>
    </form>
  );
}

/** As the person cared for: apply for the one who cares for me, where the campaign allows it. */
function AanvragenAlsZorgvrager({
  lijst,
  onMelding,
}: { lijst: MijnMantelzorg['kanAanvragenAlsZorgvrager'] } & OpMelding) {
  const { t } = useMzT();
  const vraagAan = useVraagAanAlsZorgvrager();
  if (lijst.length === 0) return null;
  return (
    <section aria-labelledby="mz-voor-mij">
      <Heading2 id="mz-voor-mij">{t('mantelzorg.zorgvrager.heading')}</Heading2>
      <Paragraph>{t('mantelzorg.zorgvrager.uitleg')}</Paragraph>
      {lijst.map((k) => (
        <AanvraagFormulier
          key={`${k.rondeId}-${k.relatieId}`}
          naam={`mz-z-${k.rondeId}-${k.relatieId}`}
          kop={t('mantelzorg.zorgvrager.kop', { naam: k.mantelzorger, jaar: k.jaar })}
          melding={t('mantelzorg.zorgvrager.aangevraagd', { naam: k.mantelzorger })}
          aanvragen={() => vraagAan.mutateAsync({ rondeId: k.rondeId, relatieId: k.relatieId })}
          onMelding={onMelding}
        />
      ))}
    </section>
  );
}

/** The open campaigns, each with what it gives, its deadline, and a form per relation. */
function Waardering({ data, onMelding }: { data: MijnMantelzorg } & OpMelding) {
  const { t } = useMzT();
  const { dag } = useDatum();
  const euro = useEuro();
  const vraagAan = useVraagAan();
  const rondes = data.openRondes.filter((r) => r.wieMagAanvragen !== 'zorgvrager');
  const alAangevraagd = (r: Ronde, z: Zorgrelatie) =>
    data.aanvragen.some((a) => a.rondeId === r.id && a.relatieId === z.id);
  return (
    <section aria-labelledby="mz-waardering">
      <Heading2 id="mz-waardering">{t('mantelzorg.waardering.heading')}</Heading2>
      <Paragraph>{t('mantelzorg.waardering.uitleg')}</Paragraph>
      {rondes.length === 0 ? <Paragraph>{t('mantelzorg.waardering.geen')}</Paragraph> : null}
      {rondes.map((r) => (
        <section key={r.id} aria-labelledby={`mz-r-${r.id}`}>
          <Heading3 id={`mz-r-${r.id}`}>
            {t('mantelzorg.waardering.rondeKop', { jaar: r.jaar })}
          </Heading3>
          <Paragraph>
            {t(`mantelzorg.waardering.vorm.${r.vorm}`, { bedrag: euro(r.bedragCent ?? 0) })}{' '}
            {t('mantelzorg.waardering.tot', { datum: dag(r.deadline) })}
          </Paragraph>
          {r.bevestigingNodig ? (
            <Paragraph>{t('mantelzorg.waardering.bevestiging')}</Paragraph>
          ) : null}
          {data.relaties
            .filter((z) => !alAangevraagd(r, z))
            .map((z) => (
              <AanvraagFormulier
                key={z.id}
                naam={`mz-w-${r.id}-${z.id}`}
                kop={t('mantelzorg.waardering.voorKop', { naam: z.zorgvrager.naam })}
                melding={t('mantelzorg.waardering.aangevraagd', { naam: z.zorgvrager.naam })}
                aanvragen={() => vraagAan.mutateAsync({ rondeId: r.id, relatieId: z.id })}
                onMelding={onMelding}
              />
            ))}
        </section>
      ))}
    </section>
  );
}

/** The status of an application in plain words, with the reason once decided. */
function Status({ a }: { a: Aanvraag }) {
  const { t } = useMzT();
  return (
    <>
      {t(`mantelzorg.aanvragen.status.${a.status}`, { naam: a.zorgvrager })}
      {a.bevestigd === false ? (
        <> {t('mantelzorg.aanvragen.nietBevestigd', { naam: a.zorgvrager })}</>
      ) : null}
      {a.besluitReden && (a.status === 'toegekend' || a.status === 'afgewezen') ? (
        <>
          {' '}
          {t('mantelzorg.aanvragen.reden', { reden: a.besluitReden })}{' '}
          <a
            className="utrecht-link"
            href={`/api/v1/mijn/mantelzorg/aanvragen/${a.id}/brief`}
            download
          >
            {t('mantelzorg.aanvragen.brief', { jaar: a.jaar })}
          </a>
        </>
      ) : null}
    </>
  );
}

/** My applications and how they stand. */
function Aanvragen({ lijst }: { lijst: Aanvraag[] }) {
  const { t } = useMzT();
  if (lijst.length === 0) return null;
  return (
    <section aria-labelledby="mz-aanvragen">
      <Heading2 id="mz-aanvragen">{t('mantelzorg.aanvragen.heading')}</Heading2>
      <KolomTabel
        id="mz-aanvragen"
        kolommen={(['jaar', 'voorWie', 'status'] as const).map((k) =>
          t(`mantelzorg.aanvragen.kolom.${k}`),
        )}
      >
        {lijst.map((a) => (
          <TableRow key={a.id}>
            <TableHeaderCell scope="row">{a.jaar}</TableHeaderCell>
            <TableCell>{a.zorgvrager}</TableCell>
            <TableCell>
              <Status a={a} />
            </TableCell>
          </TableRow>
        ))}
      </KolomTabel>
    </section>
  );
}

/** The other parts of caring: a care circle, the burden check, respite care. */
function Meer() {
  const { t } = useMzT();
  return (
    <section aria-labelledby="mz-meer">
      <Heading2 id="mz-meer">{t('mantelzorg.meer.heading')}</Heading2>
      <LinkList>
        {(['zorgkring', 'draaglast', 'respijtzorg'] as const).map((deel) => (
          <RouterLinkListLink key={deel} to={`/mijn-kring/${deel}`}>
            {t(`mantelzorg.meer.${deel}`)}
          </RouterLinkListLink>
        ))}
      </LinkList>
    </section>
  );
}

/** The page's parts, for a logged-in reader (the request is made only then). */
function Overzicht() {
  const { t } = useMzT();
  const vorige = (useLocation().state as { melding?: string } | null)?.melding ?? null;
  const [melding, setMelding] = useState<string | null>(vorige);
  const mijn = useMijnMantelzorg();
  const data = mijn.data;
  return (
    <>
      <Melding tekst={melding} />
      {mijn.isPending ? <DeelSkeleton /> : null}
      {mijn.isError ? <Laadfout error={mijn.error} onRetry={() => void mijn.refetch()} /> : null}
      {data ? (
        <>
          {data.teBevestigen.length > 0 ? (
            <Bevestigen lijst={data.teBevestigen} onMelding={setMelding} />
          ) : null}
          <AanvragenAlsZorgvrager lijst={data.kanAanvragenAlsZorgvrager} onMelding={setMelding} />
          {data.relaties.length === 0 ? (
            <Welkom />
          ) : (
            <>
              <Relaties data={data} />
              <Waardering data={data} onMelding={setMelding} />
              <Aanvragen lijst={data.aanvragen} />
            </>
          )}
          <Meer />
          <section aria-labelledby="mz-watis">
            <Heading2 id="mz-watis">{t('mantelzorg.start.watIsKop')}</Heading2>
            <Paragraph>{t('mantelzorg.start.watIs')}</Paragraph>
          </section>
        </>
      ) : null}
      <Paragraph>
        <RouterLink to="/mijn-kring">{t('mantelzorg.terug')}</RouterLink>
      </Paragraph>
    </>
  );
}

/**
 * `/mijn-kring/mantelzorg`, "Ik zorg voor iemand": what someone asks me to confirm; then,
 * with nothing registered, a warm start; otherwise who I care for, the information package,
 * the waardering and my applications. Always the other parts and what mantelzorg is.
 */
export function MijnMantelzorgPagina() {
  const { t } = useMzT();
  return (
    <MijnMzKader titel={t('mantelzorg.title')} kop={t('mantelzorg.title')} terug={BASIS}>
      <Overzicht />
    </MijnMzKader>
  );
}
