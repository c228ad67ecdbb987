import { kostenVanSlot, type Netwerk } from './instantie.ts';

/**
 * A fast start for the exact solver on large, tight networks: an auction with ε-scaling
 * (Bertsekas) gives a nearly optimal assignment and prices; `herstel` then makes it exactly
 * optimal (label-correcting on the residual graph, cancelling every negative cycle it meets)
 * and returns potentials that prove it. The auction is a heuristic — it may leave a slot free
 * with a price above zero, or a request ε short of its best — so correctness rests on the
 * repair alone: a complete assignment whose residual graph has a feasible potential (every
 * reduced cost ≥ 0) is a min-cost flow, whatever produced it.
 *
 * Why: successive shortest paths (mincostflow.ts) sends one request at a time; when supply
 * and demand almost balance, the last few hundred requests each need a chain of hundreds of
 * displacements, and each such search floods most of the graph. An auction makes those moves
 * one cheap bid at a time, and ε-scaling keeps the price wars short.
 */

/** Relative tolerance: a label only drops by more than this × (1 + largest |weight|). */
const TOLERANTIE = 1e-12;

export interface VeilingUitkomst {
  /** Edge index per request, -1: not helped. */
  rand: Int32Array;
  /** Potentials in the convention of mincostflow.ts (reduced cost c + p(u) − p(x) ≥ 0, p(t) = 0). */
  pR: Float64Array;
  pV: Float64Array;
  /** ε-phases, forward bids, reverse steps; negative cycles and label updates of the repair. */
  fasen: number;
  biedingen: number;
  omkeringen: number;
  cycli: number;
  correcties: number;
}

export interface VeilingOpties {
  /** Divide ε by this between phases (default 10). */
  factor?: number;
  /**
   * Last ε relative to the largest |weight| (default 1e-13: below the repair's tolerance, so
   * the repair usually only confirms). Larger: fewer phases, more work for the repair.
   */
  laatsteEps?: number;
}

/**
 * Auction + exact repair for every request of the network. Fixed matches are not its
 * business: Stroomoplosser leaves those requests out and counts their slots as used.
 */
export function veiling(netwerk: Netwerk, opties: VeilingOpties = {}): VeilingUitkomst {
  const { aantalVragen: n, aantalAanbieders: m, start, aanbieder, gewicht } = netwerk;
  if (n === 0) {
    return {
      rand: new Int32Array(0),
      pR: new Float64Array(0),
      pV: new Float64Array(m),
      fasen: 0,
      biedingen: 0,
      omkeringen: 0,
      cycli: 0,
      correcties: 0,
    };
  }
  // Free slots as objects: slots of v are sStart[v] … sStart[v+1]-1, cheapest first.
  const sStart = new Int32Array(m + 1);
  for (let v = 0; v < m; v++) {
    sStart[v + 1] = sStart[v]! + Math.max(0, netwerk.capaciteit[v]! - netwerk.bezet[v]!);
  }
  const aantalSlots = sStart[m]!;
  const slotKost = new Float64Array(aantalSlots);
  const slotVan = new Int32Array(aantalSlots);
  for (let v = 0; v < m; v++) {
    for (let s = sStart[v]!; s < sStart[v + 1]!; s++) {
      slotVan[s] = v;
      slotKost[s] = kostenVanSlot(netwerk.slotKosten, netwerk.bezet[v]! + 1 + s - sStart[v]!);
    }
  }
  let grootste = 0;
  for (let e = 0; e < gewicht.length; e++) grootste = Math.max(grootste, Math.abs(gewicht[e]!));

  const ingang = randenNaarAanbieder(netwerk);
  const { inStart, inRand, inVraag } = ingang;
  const prijs = new Float64Array(aantalSlots);
  const eigenaar = new Int32Array(aantalSlots).fill(-1);
  // Slot per request (-1: its own "not helped", -2: waiting) and the edge that reaches it.
  const slot = new Int32Array(n).fill(-2);
  const slotRand = new Int32Array(n).fill(-1);
  const waarde = (r: number): number => {
    const s = slot[r]!;
    return s >= 0 ? gewicht[slotRand[r]!]! - slotKost[s]! - prijs[s]! : 0;
  };
  const vooruit = new Int32Array(n);
  const terug = new Int32Array(aantalSlots);
  const inTerug = new Uint8Array(aantalSlots);
  let nTerug = 0;
  const maakVrij = (s: number) => {
    eigenaar[s] = -1;
    if (prijs[s]! > 0 && !inTerug[s]) {
      inTerug[s] = 1;
      terug[nTerug++] = s;
    }
  };
  const factor = opties.factor ?? 10;
  const eindEps = Math.max(grootste, 1e-300) * (opties.laatsteEps ?? 1e-13);
  let fasen = 0;
  let biedingen = 0;
  let omkeringen = 0;
  // A safety net, never reached in the tests or the benchmark: the repair is exact from any
  // assignment, so a runaway auction just hands over what it has.
  const maxStappen = 200 * (n + aantalSlots + aanbieder.length);
  for (let eps = Math.max(grootste / 4, eindEps); ; eps = Math.max(eps / factor, eindEps)) {
    // A new phase keeps the assignment; who is more than ε short of their best bids again.
    let kop = 0;
    let staart = 0;
    for (let r = 0; r < n; r++) {
      if (slot[r] !== -2) {
        let b1 = 0;
        for (let e = start[r]!, eind = start[r + 1]!; e < eind; e++) {
          const v = aanbieder[e]!;
          const w = gewicht[e]!;
          for (let s = sStart[v]!, se = sStart[v + 1]!; s < se; s++) {
            const x = w - slotKost[s]! - prijs[s]!;
            if (x > b1) b1 = x;
          }
        }
        if (b1 <= waarde(r) + eps) continue;
        if (slot[r]! >= 0) maakVrij(slot[r]!);
        slot[r] = -2;
      }
      vooruit[staart++] = r;
    }
    let wachtend = staart;
    staart %= n;
    // Forward: a waiting request bids for its best slot (or settles for "not helped").
    while (wachtend > 0 && biedingen < maxStappen) {
      const r = vooruit[kop]!;
      kop = kop + 1 === n ? 0 : kop + 1;
      wachtend--;
      biedingen++;
      let b1 = 0;
      let b2 = Number.NEGATIVE_INFINITY;
      let j1 = -1;
      let e1 = -1;
      for (let e = start[r]!, eind = start[r + 1]!; e < eind; e++) {
        const v = aanbieder[e]!;
        const w = gewicht[e]!;
        for (let s = sStart[v]!, se = sStart[v + 1]!; s < se; s++) {
          const x = w - slotKost[s]! - prijs[s]!;
          if (x > b1) {
            b2 = b1;
            b1 = x;
            j1 = s;
            e1 = e;
          } else if (x > b2) b2 = x;
        }
      }
      if (j1 < 0) {
        slot[r] = -1;
        continue;
      }
      // b2 ≥ 0 here: "not helped" (value 0) is always the other choice.
      prijs[j1] = prijs[j1]! + (b1 - b2) + eps;
      const vorige = eigenaar[j1]!;
      eigenaar[j1] = r;
      slot[r] = j1;
      slotRand[r] = e1;
      if (vorige >= 0) {
        slot[vorige] = -2;
        vooruit[staart] = vorige;
        staart = staart + 1 === n ? 0 : staart + 1;
        wachtend++;
      }
    }
    // Reverse: a free slot with a price above 0 lowers it, or draws the request that gains
    // most (Bertsekas–Castañon, asymmetric assignment; λ = 0 because "not helped" is worth 0).
    while (nTerug > 0 && omkeringen < maxStappen) {
      const j = terug[--nTerug]!;
      inTerug[j] = 0;
      if (eigenaar[j]! >= 0 || prijs[j]! <= 0) continue;
      omkeringen++;
      const v = slotVan[j]!;
      let b1 = Number.NEGATIVE_INFINITY;
      let b2 = Number.NEGATIVE_INFINITY;
      let i1 = -1;
      let f1 = -1;
      for (let i = inStart[v]!, eind = inStart[v + 1]!; i < eind; i++) {
        const r = inVraag[i]!;
        const f = inRand[i]!;
        const x = gewicht[f]! - slotKost[j]! - waarde(r);
        if (x > b1) {
          b2 = b1;
          b1 = x;
          i1 = r;
          f1 = f;
        } else if (x > b2) b2 = x;
      }
      if (b1 - eps <= 0) {
        prijs[j] = 0;
        continue;
      }
      prijs[j] = Math.max(0, b2 - eps);
      const oud = slot[i1]!;
      if (oud >= 0) maakVrij(oud);
      eigenaar[j] = i1;
      slot[i1] = j;
      slotRand[i1] = f1;
    }
    fasen++;
    if (eps <= eindEps || biedingen >= maxStappen || omkeringen >= maxStappen) break;
  }
  const rand = new Int32Array(n);
  for (let r = 0; r < n; r++) rand[r] = slot[r]! >= 0 ? slotRand[r]! : -1;
  // Labels as "distance to t": d(v) the least of price + cost over v's used slots and the
  // cost of its free ones; d(r) = −(what r gets). herstel makes them feasible.
  const dV = new Float64Array(m);
  for (let v = 0; v < m; v++) {
    let d = Number.POSITIVE_INFINITY;
    for (let s = sStart[v]!; s < sStart[v + 1]!; s++) {
      d = Math.min(d, eigenaar[s]! >= 0 ? prijs[s]! + slotKost[s]! : slotKost[s]!);
    }
    dV[v] = Number.isFinite(d) ? d : 0;
  }
  const dR = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const e = rand[r]!;
    dR[r] = e >= 0 ? dV[aanbieder[e]!]! - gewicht[e]! : 0;
  }
  const h = herstel(netwerk, rand, dR, dV, TOLERANTIE * (1 + grootste), ingang);
  return { rand, fasen, biedingen, omkeringen, ...h };
}

/**
 * Makes a complete assignment (edge per request, -1: not helped) optimal and returns
 * feasible potentials for it. Labels d(u) start at the given values and only drop: whenever
 * a residual edge u → x has c(u,x) + d(x) < d(u) − tol, d(u) takes that value and x becomes
 * u's parent. A cycle of parents is a negative cycle (each edge on it is tight or better and
 * the last one closed it strictly), so it is cancelled — the requests on it move one step
 * along it — and the labelling goes on. It ends when no edge is violated: the labels are
 * then a feasible potential, which proves the assignment optimal (to tol per edge).
 *
 * Nodes: requests 0 … n-1, volunteers n … n+m-1, t = n+m. Residual edges of a complete
 * assignment: r → v for every candidate edge not in use (c = −w); r → t when r is helped
 * (c = 0: "not helped" instead); v → r when r is matched at v (c = +w); v → t when v has a
 * free slot (c = cost of its next slot); t → r when r is not helped (c = 0); t → v when v
 * uses a slot (c = −cost of its last used slot).
 */
export function herstel(
  netwerk: Netwerk,
  rand: Int32Array,
  dR: Float64Array,
  dV: Float64Array,
  tol: number,
  ingang = randenNaarAanbieder(netwerk),
): { pR: Float64Array; pV: Float64Array; cycli: number; correcties: number } {
  if (rand.length !== netwerk.aantalVragen) throw new Error('herstel: one edge per request');
  const { aantalVragen: n, aantalAanbieders: m, aanbieder, gewicht } = netwerk;
  const T = n + m;
  const gebruikt = Int32Array.from(netwerk.bezet);
  for (let r = 0; r < n; r++) if (rand[r]! >= 0) gebruikt[aanbieder[rand[r]!]!]!++;
  const cap = netwerk.capaciteit;
  const kost = (k: number) => kostenVanSlot(netwerk.slotKosten, k);
  const { inStart, inRand, inVraag } = ingang;
  const d = new Float64Array(T + 1);
  d.set(dR, 0);
  d.set(dV, n);
  d[T] = 0;
  // Parent of a node: for r the edge it leaves by (≥ 0) or -1 (to t); for v the request it
  // leaves to (≥ 0) or -1 (to t); for t the node it leaves to. -2: none.
  const ouder = new Int32Array(T + 1).fill(-2);
  const inRij = new Uint8Array(T + 1);
  let rij = new Int32Array(1024);
  let kop = 0;
  let staart = 0;
  const zet = (u: number) => {
    if (inRij[u]) return;
    inRij[u] = 1;
    if (staart - kop === rij.length) {
      const groter = new Int32Array(rij.length * 2);
      for (let i = kop; i < staart; i++) groter[i - kop] = rij[i % rij.length]!;
      rij = groter;
      staart -= kop;
      kop = 0;
    }
    rij[staart++ % rij.length] = u;
  };
  // The node a parent pointer leads to.
  const naar = (u: number): number => {
    const o = ouder[u]!;
    if (o === -2) return -1;
    if (u < n) return o >= 0 ? n + aanbieder[o]! : T;
    if (u < T) return o >= 0 ? o : T;
    return o;
  };
  let cycli = 0;
  let correcties = 0;
  const pad: number[] = [];
  /** u is about to take x as parent: is u an ancestor of x? Walks at most `grens` steps. */
  const sluitCyclus = (u: number, x: number, grens: number): boolean => {
    let y = x;
    for (let i = 0; i < grens && y >= 0; i++) {
      if (y === u) return true;
      y = naar(y);
    }
    return false;
  };
  /** Cancels the cycle of parents through u: every request on it moves to its parent. */
  const annuleer = (u: number) => {
    pad.length = 0;
    let y = u;
    do {
      pad.push(y);
      y = naar(y);
    } while (y !== u);
    for (const z of pad) {
      if (z < n) {
        const oud = rand[z]!;
        const nieuw = ouder[z]!; // edge index, or -1: to t
        if (oud >= 0) gebruikt[aanbieder[oud]!]!--;
        if (nieuw >= 0) gebruikt[aanbieder[nieuw]!]!++;
        rand[z] = nieuw;
      }
    }
    for (const z of pad) {
      ouder[z] = -2;
      zet(z);
    }
    cycli++;
  };
  // One relaxation: u → x with cost c; code is u's parent code for x.
  const verlaag = (u: number, x: number, c: number, code: number): void => {
    const kandidaat = c + d[x]!;
    if (!(kandidaat < d[u]! - tol)) return;
    if (sluitCyclus(u, x, 64)) {
      ouder[u] = code;
      annuleer(u);
      return;
    }
    d[u] = kandidaat;
    ouder[u] = code;
    correcties++;
    zet(u);
  };
  for (let u = 0; u <= T; u++) zet(u);
  let sindsControle = 0;
  while (staart > kop) {
    const x = rij[kop++ % rij.length]!;
    inRij[x] = 0;
    if (x < n) {
      // In-edges of a request: from its volunteer (c = +w), or from t when not helped.
      const e = rand[x]!;
      if (e >= 0) verlaag(n + aanbieder[e]!, x, gewicht[e]!, x);
      else verlaag(T, x, 0, x);
    } else if (x < T) {
      const v = x - n;
      for (let i = inStart[v]!, eind = inStart[v + 1]!; i < eind; i++) {
        const f = inRand[i]!;
        const r = inVraag[i]!;
        if (rand[r] === f) continue;
        verlaag(r, x, -gewicht[f]!, f);
      }
      if (gebruikt[v]! > netwerk.bezet[v]!) verlaag(T, x, -kost(gebruikt[v]!), x);
    } else {
      for (let r = 0; r < n; r++) if (rand[r]! >= 0) verlaag(r, T, 0, -1);
      for (let v = 0; v < m; v++) {
        if (gebruikt[v]! < cap[v]!) verlaag(n + v, T, kost(gebruikt[v]! + 1), -1);
      }
    }
    // Now and then a full search for a cycle of parents the short walk did not see.
    if (++sindsControle > T) {
      sindsControle = 0;
      const kleur = new Int32Array(T + 1);
      for (let u = 0; u <= T; u++) {
        if (kleur[u]) continue;
        let y = u;
        while (y >= 0 && kleur[y] === 0) {
          kleur[y] = u + 1;
          y = naar(y);
        }
        if (y >= 0 && kleur[y] === u + 1) annuleer(y);
      }
    }
  }
  // Feasible labels; in mincostflow's convention p(u) = d(t) − d(u).
  const pR = new Float64Array(n);
  for (let r = 0; r < n; r++) pR[r] = d[T]! - d[r]!;
  const pV = new Float64Array(m);
  for (let v = 0; v < m; v++) pV[v] = d[T]! - d[n + v]!;
  return { pR, pV, cycli, correcties };
}

/** The candidate edges by volunteer: inRand/inVraag[inStart[v] … inStart[v+1]-1]. */
export function randenNaarAanbieder(netwerk: Netwerk) {
  const { aantalVragen: n, aantalAanbieders: m, start, aanbieder } = netwerk;
  const inStart = new Int32Array(m + 1);
  for (let e = 0; e < aanbieder.length; e++) inStart[aanbieder[e]! + 1]!++;
  for (let v = 0; v < m; v++) inStart[v + 1]! += inStart[v]!;
  const vul = inStart.slice(0, m);
  const inRand = new Int32Array(aanbieder.length);
  const inVraag = new Int32Array(aanbieder.length);
  for (let r = 0; r < n; r++) {
    for (let e = start[r]!; e < start[r + 1]!; e++) {
      const i = vul[aanbieder[e]!]!++;
      inRand[i] = e;
      inVraag[i] = r;
    }
  }
  return { inStart, inRand, inVraag };
}
