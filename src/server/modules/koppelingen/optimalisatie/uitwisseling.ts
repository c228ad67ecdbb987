import type { OptAanbod, OptVraag, Regels } from './instantie.ts';
import { bouwKandidaten } from './kandidaten-index.ts';
import type { Gewichten } from './score.ts';

/**
 * Reciprocal exchange (hulpvrager = hulpverlener, seeds 004 §6.6) — the pure part: the
 * compatibility graph, all short cycles and chains, and the MIP as CPLEX LP text. The
 * solving happens in a worker thread (uitwisseling-worker.ts), so a server stays responsive.
 *
 * Vertices are people who both ask and offer, and pure volunteers (they only offer). An
 * edge A → B means A can help B: A's offer is among the best `k` candidates of B's request
 * (the same hard constraints and weights as the 1-to-1 optimiser, kandidaten-index.ts).
 * An exchange is
 * - a cycle of 2 or 3 people who ask and offer: each helps the next, everyone is helped;
 * - a chain that starts with a pure volunteer: V → B (→ C), at most `maxKeten` people in
 *   all (3 by default, like the cycles): everyone after V is helped.
 * The cycle formulation: a binary x per exchange, Σ x ≤ 1 over the exchanges that contain a
 * person (vertex-disjoint), maximise Σ (people helped) · x. "Pairs only" is the same model
 * with just the 2-cycles, for comparison.
 */
export interface Deelnemer {
  id: string;
  vraag?: OptVraag;
  aanbod?: OptAanbod;
}

export interface Uitwisselgraaf {
  /** Participant ids, by vertex number. */
  ids: string[];
  /** 1: a pure volunteer, who can only start a chain. */
  alleenAanbod: Uint8Array;
  /** Out-edges (A can help B): naar[start[a] … start[a+1]-1]. */
  start: Int32Array;
  naar: Int32Array;
}

export interface Ruil {
  soort: 'cyclus' | 'keten';
  /** In order: leden[i] helps leden[i+1]; a cycle's last helps its first. */
  leden: number[];
  geholpen: number;
}

export interface UitwisselOpties {
  /** Candidate helpers kept per request (edges into a vertex); 10 by default. */
  k?: number;
  gewichten?: Gewichten;
  maxCyclus?: 2 | 3;
  /** People in a chain, the volunteer included; 1 turns chains off. */
  maxKeten?: number;
}

/**
 * The graph from the participants: those with both a request and an offer, and those with
 * only an offer. People who only ask are left out; the 1-to-1 optimiser helps them.
 */
export function bouwUitwisselgraaf(
  deelnemers: readonly Deelnemer[],
  regels: Regels,
  opties: UitwisselOpties = {},
): Uitwisselgraaf {
  const mee = deelnemers.filter((d) => d.aanbod);
  const ids = mee.map((d) => d.id);
  const alleenAanbod = Uint8Array.from(mee, (d) => (d.vraag ? 0 : 1));
  const vragers = mee.flatMap((d, i) => (d.vraag ? [i] : []));
  // persoonId: nobody helps themselves.
  const vragen = vragers.map((i) => ({ ...mee[i]!.vraag!, persoonId: mee[i]!.id }));
  const aanbod = mee.map((d) => ({ ...d.aanbod!, persoonId: d.id }));
  const kand = bouwKandidaten(vragen, aanbod, regels, {
    k: opties.k ?? 10,
    ...(opties.gewichten ? { gewichten: opties.gewichten } : {}),
  });
  const randen: [number, number][] = [];
  for (let q = 0; q < vragers.length; q++) {
    for (let e = kand.start[q]!; e < kand.start[q + 1]!; e++) {
      randen.push([kand.aanbieder[e]!, vragers[q]!]);
    }
  }
  return graafVanRanden(ids, alleenAanbod, randen);
}

export function graafVanRanden(
  ids: string[],
  alleenAanbod: Uint8Array,
  randen: readonly (readonly [number, number])[],
): Uitwisselgraaf {
  const n = ids.length;
  const start = new Int32Array(n + 1);
  for (const [a] of randen) start[a + 1]!++;
  for (let a = 0; a < n; a++) start[a + 1]! += start[a]!;
  const vul = start.slice(0, n);
  const naar = new Int32Array(randen.length);
  for (const [a, b] of randen) naar[vul[a]!++] = b;
  for (let a = 0; a < n; a++) naar.subarray(start[a]!, start[a + 1]!).sort();
  return { ids, alleenAanbod, start, naar };
}

export function heeftRand(g: Uitwisselgraaf, a: number, b: number): boolean {
  let lo = g.start[a]!;
  let hi = g.start[a + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = g.naar[mid]!;
    if (x === b) return true;
    if (x < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Every cycle of 2…maxCyclus people who ask and offer, once each (it starts at its lowest
 * vertex), and every chain from a pure volunteer of up to maxKeten people.
 */
export function vindRuilen(g: Uitwisselgraaf, opties: UitwisselOpties = {}): Ruil[] {
  const maxCyclus = opties.maxCyclus ?? 3;
  const maxKeten = opties.maxKeten ?? 3;
  const n = g.ids.length;
  const uit: Ruil[] = [];
  const vrager = (x: number) => g.alleenAanbod[x] === 0;
  for (let u = 0; u < n; u++) {
    if (!vrager(u)) continue;
    for (let i = g.start[u]!; i < g.start[u + 1]!; i++) {
      const v = g.naar[i]!;
      if (v <= u || !vrager(v)) continue;
      if (heeftRand(g, v, u)) uit.push({ soort: 'cyclus', leden: [u, v], geholpen: 2 });
      if (maxCyclus < 3) continue;
      for (let j = g.start[v]!; j < g.start[v + 1]!; j++) {
        const w = g.naar[j]!;
        if (w <= u || w === v || !vrager(w)) continue;
        if (heeftRand(g, w, u)) uit.push({ soort: 'cyclus', leden: [u, v, w], geholpen: 3 });
      }
    }
  }
  const pad: number[] = [];
  const verleng = (x: number) => {
    if (pad.length >= maxKeten) return;
    for (let i = g.start[x]!; i < g.start[x + 1]!; i++) {
      const y = g.naar[i]!;
      if (!vrager(y) || pad.includes(y)) continue;
      pad.push(y);
      uit.push({ soort: 'keten', leden: [...pad], geholpen: pad.length - 1 });
      verleng(y);
      pad.pop();
    }
  };
  for (let a = 0; a < n; a++) {
    if (vrager(a) || maxKeten < 2) continue;
    pad.push(a);
    verleng(a);
    pad.pop();
  }
  return uit;
}

/**
 * The cycle formulation in CPLEX LP format (what highs reads): x<i> for ruilen[i]; a row
 * per person in two or more exchanges. Long sums are broken over lines.
 */
export function ruilMip(ruilen: readonly Ruil[]): string {
  const regels: string[] = ['Maximize'];
  const som = (termen: string[]) => {
    const stukken: string[] = [];
    for (let i = 0; i < termen.length; i += 10) stukken.push(termen.slice(i, i + 10).join(' + '));
    return stukken.join('\n   + ');
  };
  regels.push(
    ` obj: ${ruilen.length === 0 ? '0 x0' : som(ruilen.map((r, i) => `${r.geholpen} x${i}`))}`,
  );
  regels.push('Subject To');
  const per = new Map<number, number[]>();
  ruilen.forEach((r, i) => {
    for (const p of r.leden) {
      const l = per.get(p) ?? [];
      l.push(i);
      per.set(p, l);
    }
  });
  let rijen = 0;
  for (const [p, lijst] of [...per].sort((a, b) => a[0] - b[0])) {
    if (lijst.length < 2) continue;
    regels.push(` p${p}: ${som(lijst.map((i) => `x${i}`))} <= 1`);
    rijen++;
  }
  // An LP needs a row; a trivial one when no person is shared.
  if (rijen === 0) regels.push(' leeg: x0 >= 0');
  regels.push('Binary');
  const namen = ruilen.length === 0 ? ['x0'] : ruilen.map((_, i) => `x${i}`);
  for (let i = 0; i < namen.length; i += 20) regels.push(` ${namen.slice(i, i + 20).join(' ')}`);
  regels.push('End');
  return `${regels.join('\n')}\n`;
}

/** The exchanges a MIP solution chose, from its column names with value 1. */
export function gekozenRuilen(ruilen: readonly Ruil[], kolommen: readonly string[]): Ruil[] {
  return kolommen
    .map((k) => Number(k.slice(1)))
    .filter((i) => Number.isInteger(i) && i >= 0 && i < ruilen.length)
    .sort((a, b) => a - b)
    .map((i) => ruilen[i]!);
}

/** Is the choice vertex-disjoint and does it use only edges of the graph? (A self-check.) */
export function isGeldig(g: Uitwisselgraaf, keuze: readonly Ruil[]): boolean {
  const gebruikt = new Set<number>();
  for (const r of keuze) {
    for (const p of r.leden) {
      if (gebruikt.has(p)) return false;
      gebruikt.add(p);
    }
    const l = r.leden;
    for (let i = 0; i + 1 < l.length; i++) if (!heeftRand(g, l[i]!, l[i + 1]!)) return false;
    if (r.soort === 'cyclus' && !heeftRand(g, l.at(-1)!, l[0]!)) return false;
    if (r.soort === 'keten' && g.alleenAanbod[l[0]!] !== 1) return false;
    if (r.geholpen !== (r.soort === 'cyclus' ? l.length : l.length - 1)) return false;
  }
  return true;
}

export const geholpenDoor = (keuze: readonly Ruil[]) => keuze.reduce((s, r) => s + r.geholpen, 0);
