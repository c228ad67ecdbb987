/**
 * What a person types, as the search uses it: words only (letters and digits, accents
 * removed), each with the gemeente's synonyms as alternatives. Nothing typed reaches SQL
 * other than as a bound value.
 */
import type { ZoekGroep } from './zoekindex.ts';

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

/** The word and its synonyms (each split into words), without duplicates. */
export function alternatieven(woord: string, synoniemen: ReadonlyMap<string, string[]>): string[] {
  return [...new Set([woord, ...(synoniemen.get(woord) ?? []).flatMap((s) => zoekwoorden(s))])];
}

/**
 * One group per typed word: every group must match, by one of the Dutch stems of the word
 * or its synonyms, each as a prefix ("fiets" → fiets*, "eenzaam" → eenzam*, contact*, …).
 * A stop word ("de") has no stem and is left out, as to_tsquery does; when every word is a
 * stop word the groups stay, without stems, for the typo search.
 */
export function zoekGroepen(
  woorden: string[],
  synoniemen: ReadonlyMap<string, string[]>,
  stammen: ReadonlyMap<string, string[]>,
): ZoekGroep[] {
  const groepen = woorden.map((woord) => ({
    woord,
    stammen: [...new Set(alternatieven(woord, synoniemen).flatMap((a) => stammen.get(a) ?? []))],
  }));
  const metStam = groepen.filter((g) => g.stammen.length > 0);
  return metStam.length > 0 ? metStam : groepen;
}
