/**
 * Walk-in hours in words: "Maandag tot en met vrijdag: 9.00 tot 12.30 uur".
 *
 * The gemeente stores one row per day and period (`{ dag: 'MO', van: '09:00', tot: '12:30' }`);
 * residents read them grouped: days with the same hours together, and a run of three or
 * more days in a row as "from … to …". Pure functions, unit tested in inloop.test.ts.
 */

export const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Dag = (typeof WEEK)[number];

export interface InloopMoment {
  dag: Dag;
  van: string;
  tot: string;
}

/** Days with the same opening hours. */
export interface InloopGroep {
  dagen: Dag[];
  van: string;
  tot: string;
}

const volgorde = (dag: Dag) => WEEK.indexOf(dag);

/**
 * Groups the periods by their hours; within a group the days in week order. Groups come in
 * order of their first day, then opening time. Duplicates count once.
 */
export function groepeerInloop(momenten: readonly InloopMoment[]): InloopGroep[] {
  const groepen = new Map<string, InloopGroep>();
  for (const { dag, van, tot } of momenten) {
    const sleutel = `${van}-${tot}`;
    const groep = groepen.get(sleutel) ?? { dagen: [], van, tot };
    if (!groep.dagen.includes(dag)) groep.dagen.push(dag);
    groepen.set(sleutel, groep);
  }
  const lijst = [...groepen.values()];
  for (const g of lijst) g.dagen.sort((a, b) => volgorde(a) - volgorde(b));
  return lijst.sort(
    (a, b) =>
      volgorde(a.dagen[0]!) - volgorde(b.dagen[0]!) ||
      a.van.localeCompare(b.van) ||
      a.tot.localeCompare(b.tot),
  );
}

/** Days in week order split into runs of consecutive days: MO,TU,WE,FR → [MO,TU,WE], [FR]. */
export function dagReeksen(dagen: readonly Dag[]): Dag[][] {
  const gesorteerd = [...new Set(dagen)].sort((a, b) => volgorde(a) - volgorde(b));
  const reeksen: Dag[][] = [];
  for (const dag of gesorteerd) {
    const laatste = reeksen.at(-1);
    if (laatste && volgorde(laatste.at(-1)!) + 1 === volgorde(dag)) laatste.push(dag);
    else reeksen.push([dag]);
  }
  return reeksen;
}

/** "09:00" → "9.00" in Dutch, "9:00" in English. */
export function formatTijd(tijd: string, taal: string): string {
  const [uur = '0', minuut = '00'] = tijd.split(':');
  return `${Number(uur)}${taal.startsWith('nl') ? '.' : ':'}${minuut}`;
}
