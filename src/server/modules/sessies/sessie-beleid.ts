/**
 * How long a session lives (ASVS 7.3): staff sessions end after 30 minutes without
 * activity, residents' after 2 hours; every session ends 12 hours after login.
 */
export const IDLE_MEDEWERKER_MS = 30 * 60_000;
export const IDLE_INWONER_MS = 2 * 60 * 60_000;
export const ABSOLUUT_MS = 12 * 60 * 60_000;
/** Activity is written back at most this often, to keep reads cheap. */
export const ACTIVITEIT_BIJWERKEN_MS = 60_000;

export interface SessieTijden {
  laatstActief: Date;
  verlooptOp: Date;
}

export function isVerlopen(sessie: SessieTijden, medewerker: boolean, nu: Date): boolean {
  const idle = medewerker ? IDLE_MEDEWERKER_MS : IDLE_INWONER_MS;
  return nu >= sessie.verlooptOp || nu.getTime() - sessie.laatstActief.getTime() >= idle;
}

export function moetActiviteitBijwerken(sessie: SessieTijden, nu: Date): boolean {
  return nu.getTime() - sessie.laatstActief.getTime() >= ACTIVITEIT_BIJWERKEN_MS;
}
