/**
 * Progressive lockout against guessing (ASVS 6.3.1): after 5 failed attempts in a row the
 * account is locked for 1 minute, and every further failure doubles the wait, up to 1 hour.
 * A success resets the count. The rate limit per client address works on top of this.
 */
export const DREMPEL = 5;
export const EERSTE_BLOKKADE_MS = 60_000;
export const LANGSTE_BLOKKADE_MS = 60 * 60_000;

/** How long to lock after this many failures in a row (0: not locked). */
export function blokkadeduurMs(pogingen: number): number {
  if (pogingen < DREMPEL) return 0;
  const verdubbelingen = Math.min(pogingen - DREMPEL, 12);
  return Math.min(EERSTE_BLOKKADE_MS * 2 ** verdubbelingen, LANGSTE_BLOKKADE_MS);
}

export function blokkeerTot(pogingen: number, nu: Date): Date | null {
  const duur = blokkadeduurMs(pogingen);
  return duur === 0 ? null : new Date(nu.getTime() + duur);
}

export function isGeblokkeerd(geblokkeerdTot: Date | null, nu: Date): boolean {
  return geblokkeerdTot !== null && geblokkeerdTot.getTime() > nu.getTime();
}
