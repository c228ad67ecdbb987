/** The first page of a search in result order (zoekindex.ts), without sorting every match. */

/**
 * The first `k` slots of `lijst` ordered by `teken * sleutel[s]` (no key: 0), then by name
 * rank. A short list is sorted; a long one is read once keeping the best k in a small sorted
 * array, with the compare written out (this loop meets every match of broad searches).
 */
export function eersteK(
  lijst: ArrayLike<number>,
  k: number,
  sleutel: Float64Array | null,
  teken: 1 | -1,
  rang: Int32Array,
): number[] {
  if (k <= 0) return [];
  const waarde = (s: number) => (sleutel ? teken * sleutel[s]! : 0);
  if (k * 8 >= lijst.length) {
    return Array.from(lijst)
      .sort((a, b) => waarde(a) - waarde(b) || rang[a]! - rang[b]!)
      .slice(0, k);
  }
  const top: number[] = [];
  const topWaarde: number[] = [];
  let grensWaarde = Number.POSITIVE_INFINITY;
  let grensRang = 0x7fffffff;
  for (let i = 0; i < lijst.length; i++) {
    const s = lijst[i]!;
    const w = sleutel ? teken * sleutel[s]! : 0;
    if (w > grensWaarde) continue;
    const r = rang[s]!;
    if (w === grensWaarde && r >= grensRang) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = top[mid]!;
      if (topWaarde[mid]! < w || (topWaarde[mid] === w && rang[m]! < r)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, s);
    topWaarde.splice(lo, 0, w);
    if (top.length > k) {
      top.pop();
      topWaarde.pop();
    }
    if (top.length === k) {
      grensWaarde = topWaarde[k - 1]!;
      grensRang = rang[top[k - 1]!]!;
    }
  }
  return top;
}
