/**
 * Schedules in the RFC 5545 shape HSDS uses: "open at this moment?" in Europe/Amsterdam
 * time. The wording ("elke dinsdag 10:00–12:00") lives in src/shared/rooster-woorden.ts, so
 * the web app says it the same way; it is re-exported here for the server. Pure logic; the
 * search does the same test in SQL (repository.ts) and the integration tests compare both.
 */
import { dagVan, datumDelen as delen, type RoosterRegel } from '../../../shared/rooster-woorden.ts';
import type { Dag } from './model.ts';

export {
  bydayTokens,
  dagVan,
  datumInWoorden,
  type RoosterRegel,
  roosterInWoorden,
  type Taal,
} from '../../../shared/rooster-woorden.ts';

/** A moment in Europe/Amsterdam: the local date, time and weekday. */
export interface Moment {
  datum: string;
  tijd: string;
  dag: Dag;
  /** 1 for the first such weekday of the month, 2 for the second, … */
  weekVanMaand: number;
  /** This is the last such weekday of the month. */
  laatsteVanMaand: boolean;
}

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function momentOpDatum(datum: string, tijd: string): Moment {
  const [y, m, d] = delen(datum);
  const dagenInMaand = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    datum,
    tijd,
    dag: dagVan(datum),
    weekVanMaand: Math.floor((d - 1) / 7) + 1,
    laatsteVanMaand: d + 7 > dagenInMaand,
  };
}

export function amsterdamMoment(nu: Date): Moment {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(nu).map((x) => [x.type, x.value]));
  return momentOpDatum(`${p.year}-${p.month}-${p.day}`, `${p.hour}:${p.minute}`);
}

/** The BYDAY values that match the moment: weekly ['TU'], monthly ['2TU', '-1TU']. */
export function dagWaarden(m: Moment): { week: string[]; maand: string[] } {
  const maand = [`${m.weekVanMaand}${m.dag}`];
  if (m.laatsteVanMaand) maand.push(`-1${m.dag}`);
  return { week: [m.dag], maand };
}

function dagenTussen(van: string, tot: string): number {
  const [a, b, c] = delen(van);
  const [x, y, z] = delen(tot);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** Does the rule (not an exception) take place on the moment's date? */
export function valtOpDatum(r: RoosterRegel, m: Moment): boolean {
  if (r.gesloten) return false;
  if (r.validFrom && m.datum < r.validFrom) return false;
  if (r.validTo && m.datum > r.validTo) return false;
  if (r.until && m.datum > r.until) return false;
  if (r.freq === null) return r.dtstart === m.datum;
  if (r.dtstart && m.datum < r.dtstart) return false;
  const waarden = dagWaarden(m);
  const byday = (r.byday ?? '').split(',');
  if (r.freq === 'WEEKLY') {
    if (!byday.some((b) => waarden.week.includes(b))) return false;
    if (r.interval === 1) return true;
    if (!r.dtstart) return false;
    return Math.floor(dagenTussen(r.dtstart, m.datum) / 7) % r.interval === 0;
  }
  if (!byday.some((b) => waarden.maand.includes(b))) return false;
  if (r.interval === 1) return true;
  if (!r.dtstart) return false;
  const [y1, m1] = delen(r.dtstart);
  const [y2, m2] = delen(m.datum);
  return ((y2 - y1) * 12 + (m2 - m1)) % r.interval === 0;
}

export function geslotenOp(r: RoosterRegel, datum: string): boolean {
  return r.gesloten && r.dtstart !== null && r.dtstart <= datum && datum <= (r.until ?? r.dtstart);
}

/** Open at the moment: a rule takes place then, within its hours, and no closed day says otherwise. */
export function isOpen(roosters: RoosterRegel[], m: Moment): boolean {
  if (roosters.some((r) => geslotenOp(r, m.datum))) return false;
  return roosters.some(
    (r) =>
      r.opensAt !== null &&
      r.closesAt !== null &&
      valtOpDatum(r, m) &&
      r.opensAt <= m.tijd &&
      m.tijd < r.closesAt,
  );
}
