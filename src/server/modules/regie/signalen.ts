/**
 * Two signals for regie — pure logic:
 *
 * - **Overlap**: two or more professional organisations work on the same life domain for one
 *   person ("not five helpers side by side on one domain", seeds 004 §9). Informal helpers
 *   do not count; one organisation with several members counts once.
 * - **Complex**: three or more life domains score 1–2 (acute problems / not self-reliant) in
 *   the latest conversation with the self-reliance instrument: professional regie is advised.
 */
export interface Teamlid {
  organisatieId: string;
  organisatie: string;
  levensdomeinen: readonly string[];
}

export interface Overlap {
  levensdomein: string;
  organisaties: string[];
}

export function overlap(team: readonly Teamlid[]): Overlap[] {
  const per = new Map<string, Map<string, string>>();
  for (const lid of team) {
    for (const d of new Set(lid.levensdomeinen)) {
      const orgs = per.get(d) ?? new Map<string, string>();
      orgs.set(lid.organisatieId, lid.organisatie);
      per.set(d, orgs);
    }
  }
  return [...per.entries()]
    .filter(([, orgs]) => orgs.size >= 2)
    .map(([levensdomein, orgs]) => ({ levensdomein, organisaties: [...orgs.values()].sort() }))
    .sort((a, b) => a.levensdomein.localeCompare(b.levensdomein));
}

export const COMPLEX_VANAF_DOMEINEN = 3;
export const LAGE_SCORE_TOT_EN_MET = 2;

export function complexiteit(scores: readonly { onderdeel: string; score: number | null }[]): {
  complex: boolean;
  domeinen: string[];
} {
  const domeinen = scores
    .filter((s) => s.score !== null && s.score <= LAGE_SCORE_TOT_EN_MET)
    .map((s) => s.onderdeel);
  return {
    complex: new Set(domeinen).size >= COMPLEX_VANAF_DOMEINEN,
    domeinen: [...new Set(domeinen)],
  };
}
