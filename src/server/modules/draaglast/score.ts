import type { Antwoord, Drempels, Vraag } from './instrument.ts';
import { SCHAAL_MAX } from './instrument.ts';

/**
 * Scoring of one check, pure. `last` and `kracht` are each 0–100 (the part's answers as a
 * share of their maximum). The belasting is the mean of the load and the missing capacity:
 * `(last + (100 − kracht)) / 2`, rounded. The band follows from the thresholds:
 * below `licht` geen, below `matig` licht, below `zwaar` matig, else zwaar.
 * So more load never gives a lighter band and more capacity never a heavier one.
 */

export const BANDEN = ['geen', 'licht', 'matig', 'zwaar'] as const;
export type Band = (typeof BANDEN)[number];

export interface Uitslag {
  last: number;
  kracht: number;
  belasting: number;
  band: Band;
}

function deelScore(vragen: readonly Vraag[], antwoorden: Record<string, Antwoord>): number {
  if (vragen.length === 0) return 0;
  const som = vragen.reduce((s, v) => s + (antwoorden[v.id] ?? 0), 0);
  return (som / (vragen.length * SCHAAL_MAX)) * 100;
}

export function band(belasting: number, d: Drempels): Band {
  if (belasting >= d.zwaar) return 'zwaar';
  if (belasting >= d.matig) return 'matig';
  if (belasting >= d.licht) return 'licht';
  return 'geen';
}

/** The answers must be complete and on the scale (see `antwoordFouten`). */
export function scoor(
  vragen: readonly Vraag[],
  antwoorden: Record<string, Antwoord>,
  drempels: Drempels,
): Uitslag {
  const last = deelScore(
    vragen.filter((v) => v.deel === 'last'),
    antwoorden,
  );
  const kracht = deelScore(
    vragen.filter((v) => v.deel === 'kracht'),
    antwoorden,
  );
  const belasting = Math.round((last + (100 - kracht)) / 2);
  return {
    last: Math.round(last),
    kracht: Math.round(kracht),
    belasting,
    band: band(belasting, drempels),
  };
}

/** How the newest check compares with the one before: for the trend's words. */
export function richting(
  vorige: Band | null,
  nu: Band,
): 'eerste' | 'zwaarder' | 'lichter' | 'gelijk' {
  if (vorige === null) return 'eerste';
  const d = BANDEN.indexOf(nu) - BANDEN.indexOf(vorige);
  return d > 0 ? 'zwaarder' : d < 0 ? 'lichter' : 'gelijk';
}
