import {
  Button,
  DataList,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Link,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { WELBEVINDEN_STANDAARD } from '../../../shared/welzijnsrecept.ts';
import {
  type Evaluatie,
  type EvaluatieQuery,
  evaluatieExportUrl,
  useEvaluatie,
} from '../../api/welzijnsrecept.ts';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { DatumInvoer } from '../dossier/onderdelen.tsx';
import { Gegeven, Keuzelijst } from '../loket-werk/onderdelen.tsx';
import { type KaartSleutel, useKaartVertaling } from '../sociale-kaart/vertaling.ts';
import { HuisartsPagina, LaadFout, useRollen, useWrhT } from './HuisartsOnderdelen.tsx';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

type Standaard = (typeof WELBEVINDEN_STANDAARD)[number];
const isStandaard = (code: string): code is Standaard =>
  (WELBEVINDEN_STANDAARD as readonly string[]).includes(code);

/** Numbers in the reader's language; a suppressed count (null) is "minder dan 5". */
function useGetal() {
  const { t, i18n } = useWrhT();
  const getal = new Intl.NumberFormat(i18n.language);
  const procent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const verschil = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    telling: (n: number | null) =>
      n === null ? t('welzijnsreceptHuisarts.evaluatie.minderDan5') : getal.format(n),
    /** A share as 0–1. */
    aandeel: (n: number | null) =>
      n === null ? t('welzijnsreceptHuisarts.evaluatie.onbekend') : procent.format(n),
    verschil: (n: number | null) =>
      n === null ? t('welzijnsreceptHuisarts.evaluatie.onbekend') : verschil.format(n),
    getal: (n: number) => getal.format(n),
  };
}

/** The month (YYYY-MM) in words: "jan. 2026". */
function useMaand() {
  const { i18n } = useWrhT();
  const vorm = new Intl.DateTimeFormat(i18n.language, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (maand: string) => vorm.format(new Date(`${maand}-01T00:00:00Z`));
}

/** A table with column headers; the first cell of a row is its header. */
function Tabel({
  id,
  kolommen,
  rijen,
}: {
  id: string;
  kolommen: readonly string[];
  rijen: readonly (readonly [string, ...ReactNode[]])[];
}) {
  return (
    <KolomTabel id={id} kolommen={kolommen}>
      {rijen.map(([kop, ...cellen]) => (
        <TableRow key={kop}>
          <TableHeaderCell scope="row">{kop}</TableHeaderCell>
          {cellen.map((cel, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
            <TableCell key={i}>{cel}</TableCell>
          ))}
        </TableRow>
      ))}
    </KolomTabel>
  );
}

/** A section of the dashboard, named by its heading. */
function Deel({ id, kop, children }: { id: string; kop: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{kop}</Heading2>
      {children}
    </section>
  );
}

/**
 * Referrals per month as bars (CSS, no chart library). For screen readers the chart is one
 * image with a summary; the table under it has every number.
 */
function PerMaand({ evaluatie }: { evaluatie: Evaluatie }) {
  const { t } = useWrhT();
  const getal = useGetal();
  const maand = useMaand();
  const hoogste = Math.max(1, ...evaluatie.perMaand.map((m) => m.verwijzingen ?? 0));
  return (
    <Deel id="wre-maand" kop={t('welzijnsreceptHuisarts.evaluatie.perMaand')}>
      <div
        role="img"
        aria-label={t('welzijnsreceptHuisarts.evaluatie.grafiek')}
        className="kring-wre-grafiek"
      >
        {evaluatie.perMaand.map((m) => (
          <div key={m.maand} className="kring-wre-staaf">
            <span className="kring-wre-staaf__maand">{maand(m.maand)}</span>
            <span
              className={
                m.verwijzingen === null
                  ? 'kring-wre-staaf__balk kring-wre-staaf__balk--klein'
                  : 'kring-wre-staaf__balk'
              }
              style={
                m.verwijzingen === null
                  ? undefined
                  : { inlineSize: `${(m.verwijzingen / hoogste) * 100}%` }
              }
              data-nul={m.verwijzingen === 0 ? '' : undefined}
            />
            <span className="kring-wre-staaf__getal">{getal.telling(m.verwijzingen)}</span>
          </div>
        ))}
      </div>
      <Tabel
        id="wre-maand"
        kolommen={[
          t('welzijnsreceptHuisarts.evaluatie.maand'),
          t('welzijnsreceptHuisarts.evaluatie.verwijzingen'),
        ]}
        rijen={evaluatie.perMaand.map((m) => [maand(m.maand), getal.telling(m.verwijzingen)])}
      />
    </Deel>
  );
}

function EersteContact({ evaluatie }: { evaluatie: Evaluatie }) {
  const { t } = useWrhT();
  const getal = useGetal();
  const { mediaan, binnenTermijn, teLaat } = evaluatie.dagenTotEersteContact;
  return (
    <Deel id="wre-contact" kop={t('welzijnsreceptHuisarts.evaluatie.eersteContact')}>
      <Paragraph>{t('welzijnsreceptHuisarts.evaluatie.eersteContactUitleg')}</Paragraph>
      <DataList className="kring-lw-gegevens" appearance="rows">
        <Gegeven label={t('welzijnsreceptHuisarts.evaluatie.mediaan')}>
          {mediaan === null
            ? t('welzijnsreceptHuisarts.evaluatie.onbekend')
            : t('welzijnsreceptHuisarts.evaluatie.mediaanDagen', {
                count: mediaan,
                formatParams: { count: { maximumFractionDigits: 1 } },
              })}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.evaluatie.binnenTermijn')}>
          {getal.telling(binnenTermijn)}
        </Gegeven>
        <Gegeven label={t('welzijnsreceptHuisarts.evaluatie.teLaat')}>
          {getal.telling(teLaat)}
        </Gegeven>
      </DataList>
    </Deel>
  );
}

function Uitkomst({ evaluatie }: { evaluatie: Evaluatie }) {
  const { t } = useWrhT();
  const getal = useGetal();
  const rij = (kop: string, d: { aantal: number | null; aandeel: number | null }) =>
    [kop, getal.telling(d.aantal), getal.aandeel(d.aandeel)] as const;
  return (
    <Deel id="wre-uitkomst" kop={t('welzijnsreceptHuisarts.evaluatie.uitkomst')}>
      <Tabel
        id="wre-uitkomst"
        kolommen={[
          t('welzijnsreceptHuisarts.evaluatie.uitkomst'),
          t('welzijnsreceptHuisarts.evaluatie.aantal'),
          t('welzijnsreceptHuisarts.evaluatie.aandeel'),
        ]}
        rijen={[
          rij(t('welzijnsreceptHuisarts.evaluatie.activiteit'), evaluatie.activiteitGevonden),
          rij(t('welzijnsreceptHuisarts.evaluatie.uitval'), evaluatie.uitval),
        ]}
      />
    </Deel>
  );
}

function Soorten({ evaluatie }: { evaluatie: Evaluatie }) {
  const { t, i18n } = useWrhT();
  const kaart = useKaartVertaling().t;
  const getal = useGetal();
  // A kind of the sociale kaart in words; an unknown one as it is.
  const soort = (s: string) =>
    i18n.exists(`socialeKaart.soort.${s}`) ? kaart(`socialeKaart.soort.${s}` as KaartSleutel) : s;
  return (
    <Deel id="wre-soorten" kop={t('welzijnsreceptHuisarts.evaluatie.soorten')}>
      {evaluatie.soortenActiviteiten.length === 0 ? (
        <Paragraph>{t('welzijnsreceptHuisarts.evaluatie.geenSoorten')}</Paragraph>
      ) : (
        <Tabel
          id="wre-soorten"
          kolommen={[
            t('welzijnsreceptHuisarts.evaluatie.soort'),
            t('welzijnsreceptHuisarts.evaluatie.aantal'),
          ]}
          rijen={evaluatie.soortenActiviteiten.map((s) => [
            soort(s.soort),
            getal.telling(s.aantal),
          ])}
        />
      )}
    </Deel>
  );
}

function Welbevinden({ evaluatie }: { evaluatie: Evaluatie }) {
  const { t } = useWrhT();
  const getal = useGetal();
  // The default dimensions in words; one the gemeente configured as its code.
  const dimensie = (code: string) =>
    isStandaard(code) ? t(`welzijnsreceptHuisarts.dimensie.${code}`) : code;
  return (
    <Deel id="wre-welbevinden" kop={t('welzijnsreceptHuisarts.evaluatie.welbevinden')}>
      <Paragraph>{t('welzijnsreceptHuisarts.evaluatie.welbevindenUitleg')}</Paragraph>
      {evaluatie.welbevinden.length === 0 ? (
        <Paragraph>{t('welzijnsreceptHuisarts.evaluatie.geenWelbevinden')}</Paragraph>
      ) : (
        <Tabel
          id="wre-welbevinden"
          kolommen={[
            t('welzijnsreceptHuisarts.evaluatie.dimensie'),
            t('welzijnsreceptHuisarts.evaluatie.metingen'),
            t('welzijnsreceptHuisarts.evaluatie.verandering'),
          ]}
          rijen={evaluatie.welbevinden.map((w) => [
            dimensie(w.dimensie),
            getal.telling(w.metingen),
            getal.verschil(w.gemiddeldeVerandering),
          ])}
        />
      )}
    </Deel>
  );
}

/** Which practice (the beleidsmedewerker) and which period. */
function Filter({
  query,
  praktijken,
  onKies,
}: {
  query: EvaluatieQuery;
  praktijken: Evaluatie['praktijken'] | undefined;
  onKies: (query: EvaluatieQuery) => void;
}) {
  const { t } = useWrhT();
  const { rollen } = useRollen();
  const formulier = useFormulier();
  const [praktijk, setPraktijk] = useState(query.praktijkId ?? '');
  const [van, setVan] = useState(query.van ?? '');
  const [tot, setTot] = useState(query.tot ?? '');
  const kanKiezen = rollen.includes('beleidsmedewerker') && praktijken !== undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const fout = t('welzijnsreceptHuisarts.evaluatie.datumFout');
    void formulier.submit(
      () => [
        ...(van && !DATUM.test(van) ? [{ field: 'wre-van', message: fout }] : []),
        ...(tot && !DATUM.test(tot) ? [{ field: 'wre-tot', message: fout }] : []),
      ],
      async () =>
        onKies({
          ...(praktijk ? { praktijkId: praktijk } : {}),
          ...(van ? { van } : {}),
          ...(tot ? { tot } : {}),
        }),
      () => [],
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} />
      <Fieldset className="kring-lw-filtergroep">
        <FieldsetLegend>{t('welzijnsreceptHuisarts.evaluatie.filter')}</FieldsetLegend>
        <div className="kring-lw-filter">
          {kanKiezen ? (
            <Keuzelijst
              id="wre-praktijk"
              label={t('welzijnsreceptHuisarts.evaluatie.praktijk')}
              waarde={praktijk}
              opties={[
                { waarde: '', label: t('welzijnsreceptHuisarts.evaluatie.gemeente') },
                ...praktijken.map((p) => ({ waarde: p.id, label: p.naam })),
              ]}
              onChange={setPraktijk}
            />
          ) : null}
          <DatumInvoer
            id="wre-van"
            label={t('welzijnsreceptHuisarts.evaluatie.van')}
            fout={formulier.errorFor('wre-van')}
            waarde={van}
            onChange={setVan}
          />
          <DatumInvoer
            id="wre-tot"
            label={t('welzijnsreceptHuisarts.evaluatie.tot')}
            fout={formulier.errorFor('wre-tot')}
            waarde={tot}
            onChange={setTot}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t('welzijnsreceptHuisarts.evaluatie.toon')}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}

function Dashboard() {
  const { t } = useWrhT();
  const getal = useGetal();
  const [zoek, setZoek] = useSearchParams();
  const lees = (naam: string) => zoek.get(naam) ?? undefined;
  const query: EvaluatieQuery = {
    ...(lees('praktijkId') ? { praktijkId: lees('praktijkId') } : {}),
    ...(lees('van') ? { van: lees('van') } : {}),
    ...(lees('tot') ? { tot: lees('tot') } : {}),
  };
  const evaluatie = useEvaluatie(query);
  const data = evaluatie.data;
  return (
    <>
      <Filter
        key={zoek.toString()}
        query={query}
        praktijken={data?.praktijken}
        onKies={(nieuw) => setZoek(new URLSearchParams(nieuw as Record<string, string>))}
      />
      <LoadingStatus loading={evaluatie.isFetching} />
      {evaluatie.isError ? (
        <LaadFout
          error={evaluatie.error}
          onRetry={() => void evaluatie.refetch()}
          publiek="evaluatie"
        />
      ) : null}
      {data ? (
        <>
          <Paragraph role="status">
            {t('welzijnsreceptHuisarts.evaluatie.totaal', { aantal: getal.telling(data.totaal) })}
          </Paragraph>
          <PerMaand evaluatie={data} />
          <EersteContact evaluatie={data} />
          <Uitkomst evaluatie={data} />
          <Soorten evaluatie={data} />
          <Welbevinden evaluatie={data} />
          <Paragraph>
            <Link href={evaluatieExportUrl(query)} download>
              {t('welzijnsreceptHuisarts.evaluatie.download')}
            </Link>{' '}
            {t('welzijnsreceptHuisarts.evaluatie.downloadUitleg')}
          </Paragraph>
        </>
      ) : null}
    </>
  );
}

/**
 * `/werkplek/welzijnsrecept/evaluatie`: the dashboard for the gemeente (beleidsmedewerker, with
 * a choice of practice) and for the GP's own practice. Counts only; under 5 is not shown.
 */
export function EvaluatiePage() {
  const { t } = useWrhT();
  return (
    <HuisartsPagina
      titel={t('welzijnsreceptHuisarts.evaluatie.titel')}
      intro={t('welzijnsreceptHuisarts.evaluatie.intro')}
      publiek="evaluatie"
    >
      <Paragraph>{t('welzijnsreceptHuisarts.evaluatie.klein')}</Paragraph>
      <Dashboard />
    </HuisartsPagina>
  );
}
