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
