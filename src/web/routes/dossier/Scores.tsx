import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Levensdomein } from '../../../shared/loket.ts';
import type { Gesprek, Instrument } from '../../api/dossier.ts';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import { useDosT } from './onderdelen.tsx';
import { labelPlek, punt, ringen, veelhoek } from './radar.ts';

/** At most this many conversations in the chart (the newest); the table has them all. */
const IN_GRAFIEK = 4;
/* Wider than high: the names of the parts run sideways from the chart. */
const BREEDTE = 640;
const HOOGTE = 400;
const STRAAL = 145;
const MIDDEN = { x: BREEDTE / 2, y: HOOGTE / 2 };

const SCHAAL_WOORDEN = ['acuut', 'niet', 'beperkt', 'voldoende', 'volledig'] as const;

/**
 * The words of an instrument in the reader's language. The built-in 8-domain one is
 * translated (its life domains as everywhere in Kring, `loket.levensdomein`); an instrument
 * the functioneel beheerder defined exists in Dutch only, so it is marked `lang="nl"`.
 */
export function useInstrumentTekst() {
  const { t } = useDosT();
  const label = (i: Instrument, score: number) => {
    const stap = score - i.schaal.min;
    if (i.ingebouwd) {
      const woord = SCHAAL_WOORDEN[stap];
      return woord ? t(`dossier.instrument.schaal.${woord}`) : '';
    }
    return i.schaal.labels[stap] ?? '';
  };
  return {
    naam: (i: Instrument) => (i.ingebouwd ? t('dossier.instrument.naam') : i.naam),
    onderdeel: (i: Instrument, o: Instrument['onderdelen'][number]) =>
      i.ingebouwd ? t(`loket.levensdomein.${o.code as Levensdomein}`) : o.naam,
    uitleg: (i: Instrument, o: Instrument['onderdelen'][number]) =>
      i.ingebouwd ? t(`dossier.instrument.uitleg.${o.code as Levensdomein}`) : o.uitleg,
    label,
    /** A score in words: "3 – Beperkt zelfredzaam", or "not discussed". */
    score: (i: Instrument, score: number | null) => {
      if (score === null) return t('dossier.gesprek.nietBesproken');
      const woord = label(i, score);
      return woord ? `${score} – ${woord}` : String(score);
    },
    lang: (i: Instrument) => (i.ingebouwd ? undefined : 'nl'),
  };
}

const scoresVan = (g: Gesprek, instrument: Instrument) =>
  instrument.onderdelen.map((o) => g.scores.find((s) => s.onderdeel === o.code)?.score ?? null);

/**
 * Scores over time as a radar chart, drawn here as SVG (no chart library): one axis per part
 * of the instrument, one polygon per conversation — told apart by line style as well as
 * colour, and named in a legend. For screen readers the chart is one image with a summary;
 * the table below it holds every number (the accessible alternative).
 */
export function Radar({
  id,
  instrument,
  gesprekken,
}: {
  id: string;
  instrument: Instrument;
  gesprekken: readonly Gesprek[];
}) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const getoond = gesprekken.slice(-IN_GRAFIEK);
  const assen = instrument.onderdelen.length;
  const laatste = getoond.at(-1);
  const woorden = useInstrumentTekst();
  return (
    <figure className="kring-dos-radar">
      <svg
        viewBox={`0 0 ${BREEDTE} ${HOOGTE}`}
        role="img"
        aria-labelledby={`${id}-titel ${id}-uitleg`}
        className="kring-dos-radar__svg"
      >
        <title id={`${id}-titel`}>
          {t('dossier.scores.grafiekTitel', { instrument: woorden.naam(instrument) })}
        </title>
        <desc id={`${id}-uitleg`}>
          {t('dossier.scores.grafiekUitleg', {
            count: getoond.length,
            laatste: laatste ? dag(laatste.datum) : '',
          })}
        </desc>
        {ringen(instrument.schaal).map((r) => (
          <polygon
            key={r}
            className="kring-dos-radar__ring"
            points={veelhoek(
              instrument.onderdelen.map(() => instrument.schaal.max),
              instrument.schaal,
              STRAAL * r,
              MIDDEN,
            )}
          />
        ))}
        {instrument.onderdelen.map((o, i) => {
          const eind = punt(i, assen, 1, STRAAL, MIDDEN);
          const plek = labelPlek(i, assen, STRAAL, MIDDEN);
          return (
            <g key={o.code}>
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
                lang={woorden.lang(instrument)}
              >
                {woorden.onderdeel(instrument, o)}
              </text>
            </g>
          );
        })}
        {getoond.map((g, i) => (
          <polygon
            key={g.id}
            className={`kring-dos-radar__vorm kring-dos-radar__vorm--${getoond.length - 1 - i}`}
            points={veelhoek(scoresVan(g, instrument), instrument.schaal, STRAAL, MIDDEN)}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="kring-dos-legenda">
          {getoond.map((g, i) => (
            <li key={g.id}>
              <svg viewBox="0 0 40 12" aria-hidden="true" className="kring-dos-legenda__lijn">
                <line
                  x1="2"
                  y1="6"
                  x2="38"
                  y2="6"
                  className={`kring-dos-radar__vorm kring-dos-radar__vorm--${getoond.length - 1 - i}`}
                />
              </svg>
              {t('dossier.scores.legenda', { datum: dag(g.datum) })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The same scores as a table: a row per part, a column per conversation (oldest first). */
export function ScoreTabel({
  id,
  instrument,
  gesprekken,
}: {
  id: string;
  instrument: Instrument;
  gesprekken: readonly Gesprek[];
}) {
  const { t } = useDosT();
  const { dag } = useDatum();
  const woorden = useInstrumentTekst();
  return (
    <ScrollTabel labelledBy={`${id}-kop`}>
      <Table className="kring-lw-tabel">
        <TableCaption id={`${id}-kop`} className="kring-dos-bijschrift">
          {t('dossier.scores.tabel', { instrument: woorden.naam(instrument) })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('dossier.scores.onderdeel')}</TableHeaderCell>
            {gesprekken.map((g) => (
              <TableHeaderCell scope="col" key={g.id}>
                {dag(g.datum)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {instrument.onderdelen.map((o) => (
            <TableRow key={o.code}>
              <TableHeaderCell scope="row" lang={woorden.lang(instrument)}>
                {woorden.onderdeel(instrument, o)}
              </TableHeaderCell>
              {gesprekken.map((g) => (
                <TableCell key={g.id}>
                  {woorden.score(
                    instrument,
                    g.scores.find((s) => s.onderdeel === o.code)?.score ?? null,
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTabel>
  );
}
