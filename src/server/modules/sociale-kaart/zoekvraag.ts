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

/** One match as the search reads it (zoek-repository.ts#kandidaten). */
export interface Kandidaat {
  id: string;
  naam: string;
  rang: number;
  afstand_m: number | null;
  levensdomeinen: string[];
  hulpvormen: string[];
  doelgroepen: string[];
  toegankelijkheid: string[];
  kosten_soort: string;
  zonder_verwijzing: boolean;
}

/** Code-point order, as the C collation sorts (names are tie-breakers only). */
const tekstVolgorde = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The candidates in result order: `relevantie` by rank (high first), `afstand` nearest
 * first (no distance last), `naam` as read (the database already read them by name);
 * ties by name, then id. A stable sort.
 */
export function ordenKandidaten(
  kandidaten: readonly Kandidaat[],
  sortering: 'relevantie' | 'afstand' | 'naam',
): Kandidaat[] {
  if (sortering === 'naam') return [...kandidaten];
  const sleutel = (k: Kandidaat) =>
    sortering === 'relevantie' ? -k.rang : (k.afstand_m ?? Number.POSITIVE_INFINITY);
  return [...kandidaten].sort(
    (a, b) => sleutel(a) - sleutel(b) || tekstVolgorde(a.naam, b.naam) || tekstVolgorde(a.id, b.id),
  );
}

/** Counts per facet and code over the candidates (`zonderVerwijzing` under code `ja`). */
export function telFacetten(kandidaten: readonly Kandidaat[]): Map<string, number> {
  const tel = new Map<string, number>();
  const plus = (facet: string, code: string) =>
    tel.set(`${facet}:${code}`, (tel.get(`${facet}:${code}`) ?? 0) + 1);
  for (const k of kandidaten) {
    for (const c of new Set(k.levensdomeinen)) plus('levensdomein', c);
    for (const c of new Set(k.hulpvormen)) plus('hulpvorm', c);
    for (const c of new Set(k.doelgroepen)) plus('doelgroep', c);
    for (const c of new Set(k.toegankelijkheid)) plus('toegankelijkheid', c);
    plus('kosten', k.kosten_soort);
    if (k.zonder_verwijzing) plus('zonderVerwijzing', 'ja');
  }
  return tel;
}
