import './draaglast.css';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Band, Check } from '../../api/draaglast.ts';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

export const BANDEN: readonly Band[] = ['geen', 'licht', 'matig', 'zwaar'];

export const useDlT = () => useDeelVertaling<'draaglast' | 'mijnKring'>();

export function useDatum() {
  const { i18n } = useDlT();
  const f = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (iso: string) => f.format(new Date(iso));
}

const B = 600;
const H = 200;
const LINKS = 170;
const RECHTS = 20;
const BOVEN = 20;
const ONDER = 20;
const y = (b: Band) => BOVEN + ((3 - BANDEN.indexOf(b)) * (H - BOVEN - ONDER)) / 3;

/**
 * The bands over time as a step line (SVG): one point per check, oldest left. For a screen
 * reader it is one image with a title and an explanation; the table beside it has every
 * result, so nothing is only in the picture.
 */
export function BandGrafiek({
  id,
  checks,
  titel,
  uitleg,
}: {
  id: string;
  checks: readonly Check[];
  titel: string;
  uitleg: string;
}) {
  const { t } = useDlT();
  if (checks.length === 0) return null;
  const stap = checks.length === 1 ? 0 : (B - LINKS - RECHTS) / (checks.length - 1);
  const x = (i: number) => (checks.length === 1 ? (LINKS + B - RECHTS) / 2 : LINKS + i * stap);
  const pad = checks
    .map((c, i) => {
      const py = y(c.band);
      if (i === 0) return `M ${x(i)} ${py}`;
      return `H ${(x(i - 1) + x(i)) / 2} V ${py} H ${x(i)}`;
    })
    .join(' ');
  return (
    <figure className="kring-dl-grafiek">
      <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-labelledby={`${id}-titel ${id}-uitleg`}>
        <title id={`${id}-titel`}>{titel}</title>
        <desc id={`${id}-uitleg`}>{uitleg}</desc>
        {BANDEN.map((b) => (
          <g key={b}>
            <line
              className="kring-dl-grafiek__raster"
              x1={LINKS}
              x2={B - RECHTS}
              y1={y(b)}
              y2={y(b)}
            />
            <text
              className="kring-dl-grafiek__label"
              x={LINKS - 10}
              y={y(b)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {t(`draaglast.band.${b}`)}
            </text>
          </g>
        ))}
        <path className="kring-dl-grafiek__lijn" d={pad} />
        {checks.map((c, i) => (
          <circle key={c.id} className="kring-dl-grafiek__punt" cx={x(i)} cy={y(c.band)} r={6} />
        ))}
      </svg>
    </figure>
  );
}

/** The checks as a table, newest first; `extra` adds a last column (e.g. a link). */
export function UitslagTabel({
  id,
  bijschrift,
  checks,
  gedeeld = true,
  extra,
}: {
  id: string;
  bijschrift: string;
  checks: readonly Check[];
  gedeeld?: boolean;
  extra?: { kop: string; cel: (c: Check) => ReactNode };
}) {
  const { t } = useDlT();
  const datum = useDatum();
  return (
    <ScrollTabel labelledBy={id}>
      <Table className="kring-lw-tabel">
        <TableCaption id={id} className="kring-dos-bijschrift">
          {bijschrift}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('draaglast.trend.datum')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('draaglast.trend.uitslag')}</TableHeaderCell>
            {gedeeld ? (
              <TableHeaderCell scope="col">{t('draaglast.trend.gedeeld')}</TableHeaderCell>
            ) : null}
            {extra ? <TableHeaderCell scope="col">{extra.kop}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...checks].reverse().map((c) => (
            <TableRow key={c.id}>
              <TableHeaderCell scope="row">{datum(c.ingevuldOp)}</TableHeaderCell>
              <TableCell>{t(`draaglast.band.${c.band}`)}</TableCell>
              {gedeeld ? (
                <TableCell>
                  {c.gedeeldMet ? t('draaglast.trend.ja') : t('draaglast.trend.nee')}
                </TableCell>
              ) : null}
              {extra ? <TableCell>{extra.cel(c)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTabel>
  );
}
