import type { Netwerklid } from '../../api/dossier.ts';
import { plaatsLeden, SECTOREN, sectorLabel } from './netwerkkaart.ts';
import { useDosT } from './onderdelen.tsx';

/* Wider than high: the names beside the outer ring need room on both sides. */
const BREEDTE = 640;
const HOOGTE = 480;
const MIDDEN = { x: BREEDTE / 2, y: HOOGTE / 2 };
const STRAAL = 180;
const MARGE = 8;

/**
 * The network map (ecogram), drawn as SVG: the person in the centre, three rings for
 * closeness (1 close … 3 further away) and four sectors. For screen readers it is one image
 * with a summary; the table next to it holds the same people (the accessible alternative).
 */
export function Netwerkkaart({
  id,
  naam,
  leden,
}: {
  id: string;
  naam: string | undefined;
  leden: readonly Netwerklid[];
}) {
  const { t } = useDosT();
  const geplaatst = plaatsLeden(leden, STRAAL, MIDDEN, 22);
  const telling = SECTOREN.map((s) =>
    t('dossier.netwerk.kaartSector', {
      sector: t(`dossier.netwerk.sector.${s}`),
      count: leden.filter((l) => l.sector === s).length,
    }),
  ).join(', ');
  return (
    <figure className="kring-dos-kaart">
      <svg
        viewBox={`0 0 ${BREEDTE} ${HOOGTE}`}
        role="img"
        aria-labelledby={`${id}-titel ${id}-uitleg`}
        className="kring-dos-kaart__svg"
      >
        <title id={`${id}-titel`}>
          {naam ? t('dossier.netwerk.kaartTitel', { naam }) : t('dossier.netwerk.heading')}
        </title>
        <desc id={`${id}-uitleg`}>
          {t('dossier.netwerk.kaartUitleg', { count: leden.length, telling })}
        </desc>
        {[3, 2, 1].map((ring) => (
          <circle
            key={ring}
            className={`kring-dos-kaart__ring kring-dos-kaart__ring--${ring}`}
            cx={MIDDEN.x}
            cy={MIDDEN.y}
            r={(STRAAL * ring) / 3}
          />
        ))}
        <line
          className="kring-dos-kaart__scheiding"
          x1={MIDDEN.x}
          y1={MIDDEN.y - STRAAL}
          x2={MIDDEN.x}
          y2={MIDDEN.y + STRAAL}
        />
        <line
          className="kring-dos-kaart__scheiding"
          x1={MIDDEN.x - STRAAL}
          y1={MIDDEN.y}
          x2={MIDDEN.x + STRAAL}
          y2={MIDDEN.y}
        />
        {SECTOREN.map((s) => {
          const plek = sectorLabel(s, BREEDTE, HOOGTE, MARGE);
          return (
            <text
              key={s}
              className="kring-dos-kaart__sector"
              x={plek.x}
              y={plek.y}
              textAnchor={plek.anker}
              dominantBaseline={plek.boven ? 'hanging' : 'auto'}
            >
              {t(`dossier.netwerk.sector.${s}`)}
            </text>
          );
        })}
        <circle className="kring-dos-kaart__ik" cx={MIDDEN.x} cy={MIDDEN.y} r={7} />
        {geplaatst.map(({ lid, x, y, label, anker }) => (
          <g key={lid.id}>
            {/* A name pushed away from its dot keeps a thin line to it. */}
            {Math.abs(label.y - y) > 2 ? (
              <line className="kring-dos-kaart__lijn" x1={x} y1={y} x2={label.x} y2={label.y} />
            ) : null}
            <circle className="kring-dos-kaart__lid" cx={x} cy={y} r={5} />
            <text
              className="kring-dos-kaart__naam"
              x={label.x}
              y={label.y}
              textAnchor={anker}
              dominantBaseline="middle"
            >
              {lid.naam}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
