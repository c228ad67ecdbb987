import type { Categorie } from '../toegang/model.ts';

/**
 * Retention (pure logic). Each data category has a retention class per gemeente: the number
 * of years its data is kept after the person's case (dossier) closes — the last
 * betrokkenheid ends. 0 means: nothing to keep, erase on request at once (informal,
 * resident-entered data). While a case runs nothing is erased.
 */

export const STANDAARD_BEWAARJAREN: Record<Categorie, number> = {
  contact: 15,
  intake: 15,
  gezondheid: 15,
  financien: 7,
  netwerk: 0,
};

export interface Dossier {
  /** A betrokkenheid that has not ended yet. */
  loopt: boolean;
  /** When the last betrokkenheid ended; null when there never was a formal case. */
  eindeOp: Date | null;
}

export type BewaarBesluit =
  | { besluit: 'wissen' }
  | { besluit: 'bewaren'; tot: Date | null; reden: 'dossier-loopt' | 'bewaartermijn' };

export function plusJaren(d: Date, jaren: number): Date {
  const r = new Date(d.getTime());
  r.setUTCFullYear(r.getUTCFullYear() + jaren);
  return r;
}

/** On an erasure request: may this category's data go now? */
export function bewaarBesluit(jaren: number, dossier: Dossier, nu: Date): BewaarBesluit {
  if (jaren === 0) return { besluit: 'wissen' };
  if (dossier.loopt) return { besluit: 'bewaren', tot: null, reden: 'dossier-loopt' };
  if (dossier.eindeOp === null) return { besluit: 'wissen' };
  const tot = plusJaren(dossier.eindeOp, jaren);
  return tot.getTime() > nu.getTime()
    ? { besluit: 'bewaren', tot, reden: 'bewaartermijn' }
    : { besluit: 'wissen' };
}

/** Without a request: has a closed case's data passed its retention period? */
export function termijnVerstreken(jaren: number, dossier: Dossier, nu: Date): boolean {
  if (dossier.loopt || dossier.eindeOp === null) return false;
  return plusJaren(dossier.eindeOp, jaren).getTime() <= nu.getTime();
}

/** What survives erasure for statistics: a coarse age band, never the date. */
export function leeftijdsgroep(geboortedatum: string | null, nu: Date): string | null {
  if (!geboortedatum) return null;
  const [j, m, d] = geboortedatum.split('-').map(Number) as [number, number, number];
  let leeftijd = nu.getUTCFullYear() - j;
  if (nu.getUTCMonth() + 1 < m || (nu.getUTCMonth() + 1 === m && nu.getUTCDate() < d)) leeftijd--;
  const grenzen: [number, string][] = [
    [18, '0-17'],
    [27, '18-26'],
    [45, '27-44'],
    [65, '45-64'],
    [75, '65-74'],
  ];
  for (const [grens, groep] of grenzen) if (leeftijd < grens) return groep;
  return '75+';
}

/** The daily retention job: one per UTC day, keyed so restarts and instances never double it. */
export const BEWAAR_JOB = 'privacy.bewaartermijnen';
/** 03:00 UTC: a quiet hour. */
export const BEWAAR_UUR_UTC = 3;
