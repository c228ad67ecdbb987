import { kostenVanSlot, type Netwerk } from './instantie.ts';

/**
 * The two baselines the optimiser is measured against, on the same network and objective
 * (instantie.doelwaarde): a pair is worth its weight minus the cost of the volunteer's next
 * slot, and is only taken when that is positive.
 */

/**
 * Online greedy, as "first come, first served" platforms work: requests in arrival order
 * (index order unless given), each takes its best volunteer that still has a free slot.
 */
export function gretigOnline(n: Netwerk, volgorde?: ArrayLike<number>): Int32Array {
  const uit = new Int32Array(n.aantalVragen).fill(-1);
  const last = Int32Array.from(n.bezet);
  const aantal = volgorde?.length ?? n.aantalVragen;
  for (let i = 0; i < aantal; i++) {
    const r = volgorde ? volgorde[i]! : i;
    let beste = -1;
    let besteWaarde = 0;
    for (let e = n.start[r]!; e < n.start[r + 1]!; e++) {
      const v = n.aanbieder[e]!;
      if (last[v]! >= n.capaciteit[v]!) continue;
      const waarde = n.gewicht[e]! - kostenVanSlot(n.slotKosten, last[v]! + 1);
      if (waarde > besteWaarde) {
        besteWaarde = waarde;
        beste = v;
      }
    }
    if (beste >= 0) {
      uit[r] = beste;
      last[beste]!++;
    }
  }
  return uit;
}

/**
 * Global greedy, as a coordinator with a sorted list would: all pairs by weight (ties: the
 * earlier request, then the earlier volunteer), a pair is taken when the request is still
 * open and the volunteer has a free slot.
 */
export function gretigGlobaal(n: Netwerk): Int32Array {
  const aantal = n.aanbieder.length;
  const vraagVan = new Int32Array(aantal);
  for (let r = 0; r < n.aantalVragen; r++) {
    for (let e = n.start[r]!; e < n.start[r + 1]!; e++) vraagVan[e] = r;
  }
  const volgorde = new Int32Array(aantal);
  for (let e = 0; e < aantal; e++) volgorde[e] = e;
  volgorde.sort(
    (a, b) =>
      n.gewicht[b]! - n.gewicht[a]! ||
      vraagVan[a]! - vraagVan[b]! ||
      n.aanbieder[a]! - n.aanbieder[b]!,
  );
  const uit = new Int32Array(n.aantalVragen).fill(-1);
  const last = Int32Array.from(n.bezet);
  for (const e of volgorde) {
    const r = vraagVan[e]!;
    const v = n.aanbieder[e]!;
    if (uit[r]! >= 0 || last[v]! >= n.capaciteit[v]!) continue;
    if (n.gewicht[e]! - kostenVanSlot(n.slotKosten, last[v]! + 1) <= 0) continue;
    uit[r] = v;
    last[v]!++;
  }
  return uit;
}
