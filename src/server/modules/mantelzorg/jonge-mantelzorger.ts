/**
 * Ages and lengths of care counted in whole calendar units, as a verordening counts them:
 * someone born on 29 February turns a year older on 1 March in a non-leap year.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function delen(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Whole months from `van` to `tot` (0 when `tot` is before `van`). */
export function volleMaanden(van: string, tot: string): number {
  const [j1, m1, d1] = delen(van);
  const [j2, m2, d2] = delen(tot);
  const maanden = (j2 - j1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, maanden);
}

/** Age in whole years at `datum`. */
export function leeftijdOp(geboortedatum: string, datum: string): number {
  return Math.floor(volleMaanden(geboortedatum, datum) / 12);
}

/** Young carers are younger than 25; they get their own information. */
export const JONG_TOT = 25;

/** Whether a carer is a young carer at `datum`; null when the date of birth is not known. */
export function isJongeMantelzorger(geboortedatum: string | null, datum: string): boolean | null {
  if (geboortedatum === null) return null;
  return leeftijdOp(geboortedatum, datum) < JONG_TOT;
}
