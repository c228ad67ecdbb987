/**
 * Turns what a person types into a safe PostgreSQL tsquery: words only (letters and
 * digits, accents removed), each as a prefix, each with the gemeente's synonyms as
 * alternatives. Nothing the person typed reaches the tsquery syntax unfiltered.
 */

const MAX_WOORDEN = 8;

/** Lower case, without accents, split on anything that is not a letter or digit. */
export function zoekwoorden(tekst: string): string[] {
  const woorden = tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && w.length <= 40);
  return [...new Set(woorden)].slice(0, MAX_WOORDEN);
}

/**
 * `(fiets:* | fietsen:*) & (club:*)`: every word must match (as a prefix, after Dutch
 * stemming by to_tsquery), a synonym counts as the word. Null when there is no word.
 */
export function tsQuery(
  woorden: string[],
  synoniemen: ReadonlyMap<string, string[]>,
): string | null {
  if (woorden.length === 0) return null;
  return woorden
    .map((w) => {
      const alternatieven = [w, ...(synoniemen.get(w) ?? []).flatMap((s) => zoekwoorden(s))];
      return `(${[...new Set(alternatieven)].map((a) => `${a}:*`).join(' | ')})`;
    })
    .join(' & ');
}
