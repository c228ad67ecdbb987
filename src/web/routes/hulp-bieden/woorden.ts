import { type Dag, type Dagdeel, DAGDELEN, DAGEN, type Tijdvak } from '../../../shared/loket.ts';

/** The `t` of any page that has the front door's shared words (`loket.dag`, `loket.dagdeel`). */
type DagT = (sleutel: `loket.dag.${Dag}` | `loket.dagdeel.${Dagdeel}`) => string;

/** Parts of the week in words, a line per day: "maandag: ochtend, middag". */
export function tijdvakkenInWoorden(t: DagT, tijdvakken: readonly Tijdvak[]): string {
  return DAGEN.flatMap((dag) => {
    const delen = DAGDELEN.filter((deel) => tijdvakken.includes(`${dag}-${deel}`));
    if (delen.length === 0) return [];
    const woorden = delen.map((deel) => t(`loket.dagdeel.${deel}`)).join(', ');
    return [`${t(`loket.dag.${dag}`)}: ${woorden}`];
  }).join('\n');
}
