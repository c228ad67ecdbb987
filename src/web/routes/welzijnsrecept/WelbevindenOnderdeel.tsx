import '../dossier/dossier.css';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useWelbevinden, type WelbevindenMeting } from '../../api/welzijnsrecept.ts';
import { Groep, KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { gaatOver, useFormulier } from '../../components/formulier/useFormulier.ts';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { DatumInvoer } from '../dossier/onderdelen.tsx';
import { labelPlek, punt, ringen, veelhoek } from '../dossier/radar.ts';
import {
  CoachFormulier,
  fouten,
  isDatum,
  mislukt,
  useDatum,
  useDimensieWoord,
  useWrcT,
  vandaag,
  type Werk,
  type WerkDeel,
} from './CoachOnderdelen.tsx';

type Moment = WelbevindenMeting['moment'];

const SCHAAL = { min: 0, max: 10 };
const BREEDTE = 640;
const HOOGTE = 400;
const STRAAL = 145;
const MIDDEN = { x: BREEDTE / 2, y: HOOGTE / 2 };

/** The newest measure of each moment: the start, and the one after three months. */
export function laatsteMetingen(metingen: readonly WelbevindenMeting[]): WelbevindenMeting[] {
  const van = (moment: Moment) => metingen.filter((m) => m.moment === moment).at(-1);
  return [van('start'), van('vervolg')].filter((m): m is WelbevindenMeting => m !== undefined);
}

const scoreVan = (m: WelbevindenMeting, dimensie: string) => m.scores[dimensie] ?? null;

/**
 * The measures as a spider chart (SVG; the geometry of the dossier's radar.ts): one axis per
 * dimension, the start and the follow-up as two shapes told apart by line style too. For a
 * screen reader it is one image with a summary; the table has every number.
 */
function WelbevindenRadar({
  dimensies,
  metingen,
}: {
  dimensies: string[];
  metingen: WelbevindenMeting[];
}) {
  const { t } = useWrcT();
  const { dag } = useDatum();
  const woord = useDimensieWoord();
  const assen = dimensies.length;
  const klasse = (i: number) =>
    `kring-dos-radar__vorm kring-dos-radar__vorm--${metingen.length - 1 - i}`;
  const naam = (m: WelbevindenMeting) =>
    t('welzijnsreceptCoach.welbevinden.legenda', {
      moment: t(`welzijnsreceptCoach.welbevinden.momenten.${m.moment}`),
      datum: dag(m.datum),
    });
  return (
    <figure className="kring-dos-radar">
      <svg
        viewBox={`0 0 ${BREEDTE} ${HOOGTE}`}
        role="img"
        aria-labelledby="wrc-radar-titel wrc-radar-uitleg"
        className="kring-dos-radar__svg"
      >
        <title id="wrc-radar-titel">{t('welzijnsreceptCoach.welbevinden.grafiekTitel')}</title>
        <desc id="wrc-radar-uitleg">{t('welzijnsreceptCoach.welbevinden.grafiekUitleg')}</desc>
        {ringen(SCHAAL)
          .filter((_, i) => i % 2 === 0)
          .map((r) => (
            <polygon
              key={r}
              className="kring-dos-radar__ring"
              points={veelhoek(
                dimensies.map(() => SCHAAL.max),
                SCHAAL,
                STRAAL * r,
                MIDDEN,
              )}
            />
          ))}
        {dimensies.map((d, i) => {
          const eind = punt(i, assen, 1, STRAAL, MIDDEN);
          const plek = labelPlek(i, assen, STRAAL, MIDDEN);
          return (
            <g key={d}>
              <line
                className="kring-dos-radar__as"
                x1={MIDDEN.x}
                y1={MIDDEN.y}
                x2={eind.x}
                y2={eind.y}
              />
              <text
                className="kring-dos-radar__label"
                x={plek.x}
                y={plek.y}
                textAnchor={plek.anker}
                dominantBaseline="middle"
              >
                {woord(d)}
              </text>
            </g>
          );
        })}
        {metingen.map((m, i) => (
          <polygon
            key={m.id}
            className={klasse(i)}
            points={veelhoek(
              dimensies.map((d) => scoreVan(m, d)),
              SCHAAL,
              STRAAL,
              MIDDEN,
            )}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="kring-dos-legenda">
          {metingen.map((m, i) => (
            <li key={m.id}>
              <svg viewBox="0 0 40 12" aria-hidden="true" className="kring-dos-legenda__lijn">
                <line x1="2" y1="6" x2="38" y2="6" className={klasse(i)} />
              </svg>
              {naam(m)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The same numbers as a table: a row per dimension, a column per measure, the difference. */
function WelbevindenTabel({
  dimensies,
  metingen,
}: {
  dimensies: string[];
  metingen: WelbevindenMeting[];
}) {
  const { t } = useWrcT();
  const { dag } = useDatum();
  const woord = useDimensieWoord();
  const [start, vervolg] = metingen;
  const beide = start?.moment === 'start' && vervolg?.moment === 'vervolg';
  const cijfer = (score: number | null) =>
    score === null ? t('welzijnsreceptCoach.welbevinden.geenCijfer') : String(score);
  const verschil = (d: string) => {
    const a = start ? scoreVan(start, d) : null;
    const b = vervolg ? scoreVan(vervolg, d) : null;
    if (a === null || b === null) return t('welzijnsreceptCoach.welbevinden.geenCijfer');
    return b - a > 0 ? `+${b - a}` : String(b - a);
  };
  return (
    <ScrollTabel labelledBy="wrc-welbevinden-tabel">
      <Table className="kring-lw-tabel">
        <TableCaption id="wrc-welbevinden-tabel" className="kring-dos-bijschrift">
          {t('welzijnsreceptCoach.welbevinden.tabel')}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">
              {t('welzijnsreceptCoach.welbevinden.onderdeel')}
            </TableHeaderCell>
            {metingen.map((m) => (
              <TableHeaderCell scope="col" key={m.id}>
                {t('welzijnsreceptCoach.welbevinden.legenda', {
                  moment: t(`welzijnsreceptCoach.welbevinden.momenten.${m.moment}`),
                  datum: dag(m.datum),
                })}
              </TableHeaderCell>
            ))}
            {beide ? (
              <TableHeaderCell scope="col">
                {t('welzijnsreceptCoach.welbevinden.verschil')}
              </TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {dimensies.map((d) => (
            <TableRow key={d}>
              <TableHeaderCell scope="row">{woord(d)}</TableHeaderCell>
              {metingen.map((m) => (
                <TableCell key={m.id}>{cijfer(scoreVan(m, d))}</TableCell>
              ))}
              {beide ? <TableCell>{verschil(d)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTabel>
  );
}

const scoreVeld = (d: string) => `wrc-score-${d}`;

function MetingFormulier({
  id,
  werk,
  onMelding,
}: {
  id: string;
  werk: Werk;
  onMelding: (tekst: string) => void;
}) {
  const { t } = useWrcT();
  const woord = useDimensieWoord();
  const leg = useWelbevinden(id);
  const formulier = useFormulier();
  const heeftStart = werk.welbevinden.some((m) => m.moment === 'start');
  const [moment, setMoment] = useState<Moment>(heeftStart ? 'vervolg' : 'start');
  const [datum, setDatum] = useState(vandaag());
  const [door, setDoor] = useState<'persoon' | 'coach'>('coach');
  const [scores, setScores] = useState<Record<string, string>>({});

  const geldig = (waarde: string | undefined) =>
    waarde !== undefined && /^(10|[0-9])$/.test(waarde.trim());

  const foutDatum = {
    field: 'wrc-meting-datum',
    message: t('welzijnsreceptCoach.welbevinden.foutDatum'),
  };
  const verstuur = () =>
    formulier.submit(
      () =>
        fouten(
          !isDatum(datum) && foutDatum,
          ...werk.dimensies.map(
            (d) =>
              !geldig(scores[d]) && {
                field: scoreVeld(d),
                message: t('welzijnsreceptCoach.welbevinden.foutScore', { dimensie: woord(d) }),
              },
          ),
        ),
      async () => {
        await leg.mutateAsync({
          moment,
          datum,
          ingevuldDoor: door,
          scores: Object.fromEntries(werk.dimensies.map((d) => [d, Number(scores[d]?.trim())])),
        });
        setScores({});
        onMelding(t('welzijnsreceptCoach.welbevinden.opgeslagen'));
      },
      (error) => [
        gaatOver(error, 'datum')
          ? foutDatum
          : mislukt('wrc-meting', t('welzijnsreceptCoach.algemeen.mislukt')),
      ],
    );

  return (
    <CoachFormulier
      naam="wrc-meting"
      kop={t('welzijnsreceptCoach.welbevinden.formKop')}
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t('welzijnsreceptCoach.welbevinden.opslaan')}
    >
      <KeuzeGroep
        id="wrc-meting-moment"
        soort="radio"
        legend={t('welzijnsreceptCoach.welbevinden.moment')}
        opties={(['start', 'vervolg'] as const).map((m) => ({
          waarde: m,
          label: t(`welzijnsreceptCoach.welbevinden.momenten.${m}`),
        }))}
        gekozen={[moment]}
        onChange={([m]) => m && setMoment(m)}
      />
      <DatumInvoer
        id="wrc-meting-datum"
        label={t('welzijnsreceptCoach.welbevinden.datum')}
        fout={formulier.errorFor('wrc-meting-datum')}
        waarde={datum}
        onChange={setDatum}
      />
      <Groep
        id="wrc-meting-scores"
        legend={t('welzijnsreceptCoach.welbevinden.scores')}
        hint={t('welzijnsreceptCoach.welbevinden.scoresHint')}
      >
        <div className="kring-wrc-cijfers">
          {werk.dimensies.map((d) => (
            <TextField
              key={d}
              id={scoreVeld(d)}
              label={t('welzijnsreceptCoach.welbevinden.score', { dimensie: woord(d) })}
              inputMode="numeric"
              value={scores[d] ?? ''}
              error={formulier.errorFor(scoreVeld(d))}
              onChange={(waarde) => setScores((oud) => ({ ...oud, [d]: waarde }))}
            />
          ))}
        </div>
      </Groep>
      <KeuzeGroep
        id="wrc-meting-door"
        soort="radio"
        legend={t('welzijnsreceptCoach.welbevinden.door')}
        opties={(['persoon', 'coach'] as const).map((w) => ({
          waarde: w,
          label: t(`welzijnsreceptCoach.welbevinden.doorOpties.${w}`),
        }))}
        gekozen={[door]}
        onChange={([w]) => w && setDoor(w)}
      />
    </CoachFormulier>
  );
}

/** The wellbeing measure: before and after, as a spider chart and a table, and the form. */
export function WelbevindenOnderdeel({ id, werk, kanVastleggen, onMelding }: WerkDeel) {
  const { t } = useWrcT();
  const metingen = laatsteMetingen(werk.welbevinden);
  return (
    <section aria-labelledby="wrc-welbevinden">
      <Heading2 id="wrc-welbevinden">{t('welzijnsreceptCoach.welbevinden.kop')}</Heading2>
      <Paragraph>{t('welzijnsreceptCoach.welbevinden.uitleg')}</Paragraph>
      {metingen.length === 0 ? (
        <Paragraph>{t('welzijnsreceptCoach.welbevinden.geen')}</Paragraph>
      ) : (
        <>
          <WelbevindenRadar dimensies={werk.dimensies} metingen={metingen} />
          <WelbevindenTabel dimensies={werk.dimensies} metingen={metingen} />
        </>
      )}
      {kanVastleggen ? <MetingFormulier id={id} werk={werk} onMelding={onMelding} /> : null}
    </section>
  );
}
