import { dagenNa, dagenTussen, maandenNa } from '../../platform/kalender.ts';

/**
 * Recurring appointments of the shared agenda, expanded into the dates they fall on within a
 * window. Pure: dates are calendar dates `YYYY-MM-DD` (no time zones), computed in UTC.
 */
export type Herhaling = 'geen' | 'wekelijks' | 'tweewekelijks' | 'maandelijks';

export interface Reeks {
  /** The first date. */
  datum: string;
  herhaling: Herhaling;
  /** The last date it may fall on (inclusive); null: no end. */
  tot: string | null;
}

/** Never more dates than this for one appointment, whatever the window. */
export const MAX_KEREN = 400;

/** The n-th time (0 = the first date). */
export function keer(reeks: Reeks, n: number): string {
  switch (reeks.herhaling) {
    case 'geen':
      return reeks.datum;
    case 'wekelijks':
      return dagenNa(reeks.datum, 7 * n);
    case 'tweewekelijks':
      return dagenNa(reeks.datum, 14 * n);
    case 'maandelijks':
      return maandenNa(reeks.datum, n);
  }
}

/** The dates from `van` to `tot` (both inclusive) this appointment falls on, in order. */
export function datumsInVenster(reeks: Reeks, van: string, tot: string): string[] {
  if (tot < van || (reeks.tot !== null && reeks.tot < reeks.datum)) return [];
  if (reeks.herhaling === 'geen') {
    return reeks.datum >= van && reeks.datum <= tot ? [reeks.datum] : [];
  }
  const einde = reeks.tot && reeks.tot < tot ? reeks.tot : tot;
  // Skip ahead to about the window's start, so a series of years is not walked day by day.
  let n = 0;
  if (van > reeks.datum) {
    const dagen = dagenTussen(reeks.datum, van);
    n =
      reeks.herhaling === 'maandelijks'
        ? Math.max(0, Math.floor(dagen / 31) - 1)
        : Math.max(0, Math.floor(dagen / (reeks.herhaling === 'wekelijks' ? 7 : 14)) - 1);
  }
  const uit: string[] = [];
  for (; uit.length < MAX_KEREN; n++) {
    const d = keer(reeks, n);
    if (d > einde) break;
    if (d >= van) uit.push(d);
  }
  return uit;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdag(datum: string): number {
  const d = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The next date on or after `vanaf` that falls on an ISO weekday. */
export function volgendeWeekdag(vanaf: string, dag: number): string {
  return dagenNa(vanaf, (dag - weekdag(vanaf) + 7) % 7);
}
