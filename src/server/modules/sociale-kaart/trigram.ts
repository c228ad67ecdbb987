/**
 * Trigram similarity as pg_trgm computes it for one word: the word padded with two spaces
 * in front and one behind, its set of three-letter pieces, and similarity = shared pieces /
 * all distinct pieces of both. "kokclub" ~ "kookclub" = 0.7.
 */
export function trigrammen(woord: string): string[] {
  const w = `  ${woord} `;
  const uit = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) uit.add(w.slice(i, i + 3));
  return [...uit];
}

export function gelijkenis(a: string, b: string): number {
  const ta = trigrammen(a);
  const tb = new Set(trigrammen(b));
  let gedeeld = 0;
  for (const t of ta) if (tb.has(t)) gedeeld++;
  return gedeeld / (ta.length + tb.size - gedeeld);
}
