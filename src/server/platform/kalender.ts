/**
 * Calendar dates as ISO strings (yyyy-mm-dd) in the Dutch calendar — the deadlines residents
 * and professionals see ("reageer voor 11 december") are days, not instants.
 */
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

const NL_DATUM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in the Netherlands. */
export function datumInNederland(moment: Date): string {
  return NL_DATUM.format(moment);
}

function leesDatum(iso: string): Date {
  const m = ISO_DATUM.exec(iso);
  const dag = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!dag || dag.toISOString().slice(0, 10) !== iso) throw new Error(`not an ISO date: ${iso}`);
  return dag;
}

/**
 * The date `werkdagen` working days after `iso` (Monday to Friday). Public holidays are not
 * counted out — a documented simplification: a deadline may come a day early, never late.
 */
export function werkdagenNaDatum(iso: string, werkdagen: number): string {
  const dag = leesDatum(iso);
  let over = werkdagen;
  while (over > 0) {
    dag.setUTCDate(dag.getUTCDate() + 1);
    const wd = dag.getUTCDay();
    if (wd !== 0 && wd !== 6) over--;
  }
  return dag.toISOString().slice(0, 10);
}

/** The date `dagen` calendar days after `iso` (before, when negative). */
export function dagenNa(iso: string, dagen: number): string {
  const dag = leesDatum(iso);
  dag.setUTCDate(dag.getUTCDate() + dagen);
  return dag.toISOString().slice(0, 10);
}

/** The same day `maanden` months later; the last day of the month when it has no such day. */
export function maandenNa(iso: string, maanden: number): string {
  const dag = leesDatum(iso);
  const doel = new Date(Date.UTC(dag.getUTCFullYear(), dag.getUTCMonth() + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0));
  doel.setUTCDate(Math.min(dag.getUTCDate(), laatste.getUTCDate()));
  return doel.toISOString().slice(0, 10);
}

/** Whether ISO date `a` is after `b`. */
export function naDatum(a: string, b: string): boolean {
  return leesDatum(a) > leesDatum(b);
}

/** Working days (Monday to Friday) from `van` to `tot`: 0 on the same day, negative before. */
export function werkdagenTussen(van: string, tot: string): number {
  const a = leesDatum(van);
  const b = leesDatum(tot);
  const teken = a <= b ? 1 : -1;
  const [begin, eind] = teken === 1 ? [a, b] : [b, a];
  let n = 0;
  while (begin < eind) {
    begin.setUTCDate(begin.getUTCDate() + 1);
    const wd = begin.getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return teken * n;
}

/** Calendar days from `van` to `tot`: 0 on the same day, negative before. */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((leesDatum(tot).getTime() - leesDatum(van).getTime()) / 86_400_000);
}
