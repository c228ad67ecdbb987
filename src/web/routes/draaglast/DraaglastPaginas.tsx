import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  type MijnDraaglast,
  type Steunpunt,
  useMijnDraaglast,
  useVulIn,
} from '../../api/draaglast.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { InloggenNodig, Laadfout } from '../mijn-kring/onderdelen.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { BandGrafiek, UitslagTabel, useDatum, useDlT } from './onderdelen.tsx';

const BASIS = '/mijn-kring/draaglast';
const SCHAAL = [0, 1, 2, 3] as const;

/** Loads the carer's check data; not logged in → how to log in; other errors → retry. */
function MetGegevens({
  terug,
  children,
}: {
  terug: string;
  children: (data: MijnDraaglast) => React.ReactNode;
}) {
  const q = useMijnDraaglast();
  if (q.isPending) return <DeelSkeleton />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 401)
      return <InloggenNodig terug={terug} />;
    return <Laadfout error={q.error} onRetry={() => void q.refetch()} />;
  }
  return <>{children(q.data)}</>;
}

/** Start: what the check is, the button, and the trend of earlier checks. */
function Overzicht() {
  const { t } = useDlT();
  useDocumentTitle(t('draaglast.title'));
  return (
    <>
      <PageHeading>{t('draaglast.title')}</PageHeading>
      <MetGegevens terug={BASIS}>
        {(d) => (
          <>
            <Paragraph>{t('draaglast.intro')}</Paragraph>
            <Paragraph>
              <RouterLink to={`${BASIS}/invullen`}>
                {d.checks.length > 0 ? t('draaglast.opnieuw') : t('draaglast.begin')}
              </RouterLink>
            </Paragraph>
            <section aria-labelledby="dl-trend">
              <Heading2 id="dl-trend">{t('draaglast.trend.heading')}</Heading2>
              {d.checks.length === 0 ? (
                <Paragraph>{t('draaglast.trend.geen')}</Paragraph>
              ) : (
                <Trend d={d} />
              )}
            </section>
          </>
        )}
      </MetGegevens>
    </>
  );
}

function Trend({ d }: { d: MijnDraaglast }) {
  const { t } = useDlT();
  const datum = useDatum();
  return (
    <>
      <BandGrafiek
        id="dl-grafiek"
        checks={d.checks}
        titel={t('draaglast.trend.grafiekTitel')}
        uitleg={t('draaglast.trend.grafiekUitleg')}
      />
      <UitslagTabel
        id="dl-tabel"
        bijschrift={t('draaglast.trend.tabel')}
        checks={d.checks}
        extra={{
          kop: t('draaglast.trend.bekijk'),
          cel: (c) => (
            <RouterLink to={`${BASIS}/uitslag/${c.id}`}>
              {t('draaglast.trend.bekijk')}
              <span className="kring-visually-hidden">
                {' '}
                {t('draaglast.trend.bekijkVan', { datum: datum(c.ingevuldOp) })}
              </span>
            </RouterLink>
          ),
        }}
      />
    </>
  );
}

/** The questions (a fieldset per question), then the explicit choice to share. */
function Formulier({ d }: { d: MijnDraaglast }) {
  const { t } = useDlT();
  const navigate = useNavigate();
  const vulIn = useVulIn();
  const form = useFormulier();
  const [antwoorden, setAntwoorden] = useState<Record<string, number>>({});
  const [delen, setDelen] = useState<'ja' | 'nee' | null>(null);
  const [steunpunt, setSteunpunt] = useState<string | null>(
    d.steunpunten.length === 1 ? d.steunpunten[0]!.id : null,
  );
  const vragen = d.instrument.vragen;
  const veld = (id: string) => `dl-vraag-${id}`;
  const opties = SCHAAL.map((w) => ({ waarde: w, label: t(`draaglast.antwoord.${w}`) }));

  const controleer = (): FieldError[] => {
    const fouten: FieldError[] = vragen
      .filter((v) => antwoorden[v.id] === undefined)
      .map((v) => ({
        field: veld(v.id),
        message: t('draaglast.formulier.fout.antwoord', { vraag: v.tekst }),
      }));
    if (delen === null)
      fouten.push({ field: 'dl-delen', message: t('draaglast.formulier.fout.delen') });
    if (delen === 'ja' && d.steunpunten.length === 0) {
      fouten.push({ field: 'dl-delen', message: t('draaglast.formulier.fout.geenSteunpunt') });
    }
    if (delen === 'ja' && d.steunpunten.length > 1 && !steunpunt) {
      fouten.push({ field: 'dl-steunpunt', message: t('draaglast.formulier.fout.steunpunt') });
    }
    return fouten;
  };

  const vanServer = (error: unknown): FieldError[] => {
    const namen = error instanceof ApiError ? (error.problem?.invalidParams ?? []) : [];
    const fouten: FieldError[] = [];
    for (const p of namen) {
      const vraag = vragen.find((v) => p.name === `body.antwoorden.${v.id}`);
      if (vraag) {
        fouten.push({
          field: veld(vraag.id),
          message: t('draaglast.formulier.fout.antwoord', { vraag: vraag.tekst }),
        });
      } else if (p.name === 'body.steunpuntId') {
        fouten.push({ field: 'dl-steunpunt', message: t('draaglast.formulier.fout.steunpunt') });
      } else if (p.name === 'body.delen') {
        fouten.push({ field: 'dl-delen', message: t('draaglast.formulier.fout.delen') });
      }
    }
    return fouten.length > 0
      ? fouten
      : [{ field: 'dl-versturen', message: t('draaglast.formulier.fout.mislukt') }];
  };

  const versturen = () =>
    form.submit(
      controleer,
      async () => {
        const check = await vulIn.mutateAsync({
          antwoorden,
          delen: delen === 'ja',
          ...(delen === 'ja' && steunpunt ? { steunpuntId: steunpunt } : {}),
        });
        navigate(`${BASIS}/uitslag/${check.id}`);
      },
      vanServer,
    );

  const deel = (soort: 'last' | 'kracht', kop: string) => (
    <section aria-labelledby={`dl-deel-${soort}`}>
      <Heading2 id={`dl-deel-${soort}`}>{kop}</Heading2>
      {vragen
        .filter((v) => v.deel === soort)
        .map((v) => (
          <div className="kring-dl-vraag" key={v.id}>
            <KeuzeGroep
              id={veld(v.id)}
              soort="radio"
              legend={<span lang="nl">{v.tekst}</span>}
              opties={opties}
              gekozen={antwoorden[v.id] === undefined ? [] : [antwoorden[v.id]!]}
              onChange={([w]) => setAntwoorden((a) => ({ ...a, [v.id]: w! }))}
              fout={form.errorFor(veld(v.id))}
            />
          </div>
        ))}
    </section>
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void versturen();
      }}
    >
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <Paragraph>{t('draaglast.formulier.intro')}</Paragraph>
      {deel('last', t('draaglast.formulier.deelLast'))}
      {deel('kracht', t('draaglast.formulier.deelKracht'))}
      <KeuzeGroep
        id="dl-delen"
        soort="radio"
        legend={t('draaglast.formulier.delen')}
        hint={t('draaglast.formulier.delenHint')}
        opties={[
          { waarde: 'ja', label: t('draaglast.formulier.ja') },
          { waarde: 'nee', label: t('draaglast.formulier.nee') },
        ]}
        gekozen={delen ? [delen] : []}
        onChange={([w]) => setDelen(w ?? null)}
        fout={form.errorFor('dl-delen')}
      />
      {delen === 'ja' && d.steunpunten.length > 1 ? (
        <KeuzeGroep
          id="dl-steunpunt"
          soort="radio"
          legend={t('draaglast.formulier.steunpunt')}
          opties={d.steunpunten.map((s) => ({ waarde: s.id, label: s.naam }))}
          gekozen={steunpunt ? [steunpunt] : []}
          onChange={([w]) => setSteunpunt(w ?? null)}
          fout={form.errorFor('dl-steunpunt')}
        />
      ) : null}
      <Button
        id="dl-versturen"
        type="submit"
        appearance="primary-action-button"
        disabled={form.busy}
      >
        {form.busy ? t('draaglast.formulier.bezig') : t('draaglast.formulier.versturen')}
      </Button>
    </form>
  );
}

function Invullen() {
  const { t } = useDlT();
  useDocumentTitle(t('draaglast.formulier.titel'));
  return (
    <>
      <PageHeading>{t('draaglast.formulier.titel')}</PageHeading>
      <MetGegevens terug={`${BASIS}/invullen`}>{(d) => <Formulier d={d} />}</MetGegevens>
      <Paragraph>
        <RouterLink to={BASIS}>{t('draaglast.formulier.terug')}</RouterLink>
      </Paragraph>
    </>
  );
}

function Contact({ s }: { s: Steunpunt }) {
  const { t } = useDlT();
  const rijen: { sleutel: string; waarde: string; href: string }[] = [];
  if (s.telefoon) {
    rijen.push({
      sleutel: t('draaglast.uitslag.telefoon'),
      waarde: s.telefoon,
      href: `tel:${s.telefoon.replace(/\s/g, '')}`,
    });
  }
  if (s.eMailadres) {
    rijen.push({
      sleutel: t('draaglast.uitslag.email'),
      waarde: s.eMailadres,
      href: `mailto:${s.eMailadres}`,
    });
  }
  if (s.website) {
    rijen.push({ sleutel: t('draaglast.uitslag.website'), waarde: s.website, href: s.website });
  }
  return (
    <DataList appearance="rows" aria-label={s.naam}>
      <DataListItem>
        <DataListKey>{t('draaglast.uitslag.naam')}</DataListKey>
        <DataListValue>{s.naam}</DataListValue>
      </DataListItem>
      {rijen.map((r) => (
        <DataListItem key={r.sleutel}>
          <DataListKey>{r.sleutel}</DataListKey>
          <DataListValue>
            <Link href={r.href}>{r.waarde}</Link>
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** One result: the band in plain words, what help there is, and how to reach the steunpunt. */
function Uitslag() {
  const { t } = useDlT();
  const { id } = useParams();
  useDocumentTitle(t('draaglast.title'));
  return (
    <MetGegevens terug={BASIS}>
      {(d) => {
        const i = d.checks.findIndex((c) => c.id === id);
        const c = d.checks[i];
        if (!c) {
          return (
            <>
              <PageHeading>{t('draaglast.title')}</PageHeading>
              <Alert type="warning">
                <Paragraph>{t('draaglast.uitslag.nietGevonden')}</Paragraph>
              </Alert>
            </>
          );
        }
        const vorige = i > 0 ? d.checks[i - 1]!.band : null;
        const rang = (b: string) => ['geen', 'licht', 'matig', 'zwaar'].indexOf(b);
        const richting =
          vorige === null
            ? 'eerste'
            : rang(c.band) > rang(vorige)
              ? 'zwaarder'
              : rang(c.band) < rang(vorige)
                ? 'lichter'
                : 'gelijk';
        const gedeeldMet = d.steunpunten.find((s) => s.id === c.gedeeldMet);
        const advies = c.band === 'zwaar' || c.band === 'matig';
        return (
          <>
            <PageHeading>
              {t('draaglast.uitslag.titel', { band: t(`draaglast.band.${c.band}`) })}
            </PageHeading>
            <Paragraph>{t(`draaglast.uitslag.uitleg.${c.band}`)}</Paragraph>
            <Paragraph>{t(`draaglast.trend.richting.${richting}`)}</Paragraph>
            {c.taak && gedeeldMet ? (
              <Alert type="info">
                <Paragraph>
                  {t('draaglast.uitslag.gedeeld', { steunpunt: gedeeldMet.naam })}
                </Paragraph>
              </Alert>
            ) : null}
            {advies && !c.taak && d.steunpunten.length > 0 ? (
              <section aria-labelledby="dl-contact">
                <Heading2 id="dl-contact">{t('draaglast.uitslag.contact')}</Heading2>
                <Paragraph>{t('draaglast.uitslag.advies')}</Paragraph>
                {d.steunpunten.map((s) => (
                  <Contact key={s.id} s={s} />
                ))}
              </section>
            ) : null}
            <section aria-labelledby="dl-steun">
              <Heading2 id="dl-steun">{t('draaglast.uitslag.steunKop')}</Heading2>
              <Paragraph>{t('draaglast.uitslag.steun')}</Paragraph>
              <Paragraph>
                <RouterLink to="/sociale-kaart">{t('draaglast.uitslag.socialeKaart')}</RouterLink>
              </Paragraph>
            </section>
            <section aria-labelledby="dl-trend">
              <Heading2 id="dl-trend">{t('draaglast.trend.heading')}</Heading2>
              <Trend d={d} />
            </section>
            <Paragraph>
              <RouterLink to={BASIS}>{t('draaglast.uitslag.overzicht')}</RouterLink>
            </Paragraph>
          </>
        );
      }}
    </MetGegevens>
  );
}

/** `/mijn-kring/draaglast/*`: "Hoe gaat het met u?" for the carer. */
export function DraaglastPaginas() {
  return (
    <Routes>
      <Route index element={<Overzicht />} />
      <Route path="invullen" element={<Invullen />} />
      <Route path="uitslag/:id" element={<Uitslag />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
