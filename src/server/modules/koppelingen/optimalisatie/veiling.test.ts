import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { doelwaarde, kostenVanSlot, type Netwerk } from './instantie.ts';
import { losOp, Stroomoplosser, VEILING_VANAF } from './mincostflow.ts';
import { highsOptimum, netwerkArb } from './test-netwerken.ts';
import { laadHighs } from './uitwisseling-worker.ts';
import { herstel, veiling } from './veiling.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await laadHighs();
});

const gelijk = (a: number, b: number) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

const naarAanbieder = (n: Netwerk, rand: Int32Array) =>
  Int32Array.from(rand, (e) => (e >= 0 ? n.aanbieder[e]! : -1));

/**
 * The certificate, checked on its own: every residual edge of the assignment has a reduced
 * cost c + p(u) − p(x) ≥ −tol (p(t) = 0). Returns the worst one.
 */
function slechtsteGereduceerdeKost(
  n: Netwerk,
  rand: Int32Array,
  pR: Float64Array,
  pV: Float64Array,
): number {
  const gebruikt = Int32Array.from(n.bezet);
  for (const e of rand) if (e >= 0) gebruikt[n.aanbieder[e]!]!++;
  let slechtste = Number.POSITIVE_INFINITY;
  const zie = (rc: number) => {
    slechtste = Math.min(slechtste, rc);
  };
  for (let r = 0; r < n.aantalVragen; r++) {
    for (let e = n.start[r]!; e < n.start[r + 1]!; e++) {
      const v = n.aanbieder[e]!;
      if (rand[r] === e)
        zie(n.gewicht[e]! + pV[v]! - pR[r]!); // v → r
      else zie(-n.gewicht[e]! + pR[r]! - pV[v]!); // r → v
    }
    if (rand[r]! >= 0)
      zie(pR[r]!); // r → t
    else zie(-pR[r]!); // t → r
  }
  for (let v = 0; v < n.aantalAanbieders; v++) {
    if (gebruikt[v]! < n.capaciteit[v]!)
      zie(kostenVanSlot(n.slotKosten, gebruikt[v]! + 1) + pV[v]!);
    if (gebruikt[v]! > n.bezet[v]!) zie(-kostenVanSlot(n.slotKosten, gebruikt[v]!) - pV[v]!);
  }
  return slechtste;
}

describe('veiling (auction + exact repair)', () => {
  it('reaches the optimum of HiGHS, within the capacities, with a certificate', () => {
    fc.assert(
      fc.property(netwerkArb(), (n) => {
        const uit = veiling(n);
        const doel = doelwaarde(n, naarAanbieder(n, uit.rand));
        expect(Number.isNaN(doel)).toBe(false);
        gelijk(doel, highsOptimum(highs, n));
        expect(slechtsteGereduceerdeKost(n, uit.rand, uit.pR, uit.pV)).toBeGreaterThanOrEqual(
          -1e-9,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('also with one ε-phase, where the repair has to cancel cycles', () => {
    fc.assert(
      fc.property(netwerkArb(), (n) => {
        const uit = veiling(n, { factor: 1e9, laatsteEps: 0.05 });
        gelijk(doelwaarde(n, naarAanbieder(n, uit.rand)), highsOptimum(highs, n));
      }),
      { numRuns: 300 },
    );
  });

  it('repairs any complete assignment from any labels to the optimum', () => {
    fc.assert(
      fc.property(
        netwerkArb().chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.nat(), { minLength: n.aantalVragen, maxLength: n.aantalVragen }),
            fc.array(fc.double({ min: -20, max: 20, noNaN: true }), {
              minLength: n.aantalVragen + n.aantalAanbieders,
              maxLength: n.aantalVragen + n.aantalAanbieders,
            }),
          ),
        ),
        ([n, keuze, labels]) => {
          // A random assignment within the capacities: each request one candidate with room, or none.
          const vrij = Int32Array.from(n.capaciteit, (c, v) => c - n.bezet[v]!);
          const rand = new Int32Array(n.aantalVragen).fill(-1);
          for (let r = 0; r < n.aantalVragen; r++) {
            const graad = n.start[r + 1]! - n.start[r]!;
            const i = keuze[r]! % (graad + 1);
            const e = n.start[r]! + i;
            if (i < graad && vrij[n.aanbieder[e]!]! > 0) {
              vrij[n.aanbieder[e]!]!--;
              rand[r] = e;
            }
          }
          const dR = Float64Array.from(labels.slice(0, n.aantalVragen));
          const dV = Float64Array.from(labels.slice(n.aantalVragen));
          const h = herstel(n, rand, dR, dV, 1e-12);
          gelijk(doelwaarde(n, naarAanbieder(n, rand)), highsOptimum(highs, n));
          expect(slechtsteGereduceerdeKost(n, rand, h.pR, h.pV)).toBeGreaterThanOrEqual(-1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects an assignment of the wrong length', () => {
    const n = losOp({
      aantalVragen: 1,
      aantalAanbieders: 1,
      start: Int32Array.of(0, 1),
      aanbieder: Int32Array.of(0),
      gewicht: Float64Array.of(1),
      capaciteit: Int32Array.of(1),
      bezet: Int32Array.of(0),
      slotKosten: [],
    }).netwerk();
    expect(() =>
      herstel(n, new Int32Array(2), new Float64Array(2), new Float64Array(1), 0),
    ).toThrow(/one edge per request/);
  });
});

describe('Stroomoplosser started by the auction', () => {
  it('gives the same optimum as the paths, keeps fixed matches, and goes on incrementally', () => {
    fc.assert(
      fc.property(
        netwerkArb().chain((n) =>
          fc.tuple(fc.constant(n), fc.subarray(n.paren, { maxLength: Math.min(4, n.paren.length) }), fc.nat({ max: 3 })),
        ),
        ([n, kandidaten, later]) => {
          // Fixed matches: distinct requests, within the capacities.
          const ruimte = Int32Array.from(n.capaciteit, (c, v) => c - n.bezet[v]!);
          const gezien = new Set<number>();
          const vast: [number, number][] = [];
          for (const [r, v] of kandidaten) {
            if (gezien.has(r) || ruimte[v]! <= 0) continue;
            gezien.add(r);
            ruimte[v]!--;
            vast.push([r, v]);
          }
          // The last `later` requests come in one by one after the start.
          const k = Math.max(0, n.aantalVragen - later);
          if (vast.some(([r]) => r >= k)) return;
          const eerst: Netwerk = {
            ...n,
            aantalVragen: k,
            start: n.start.slice(0, k + 1),
            aanbieder: n.aanbieder.slice(0, n.start[k]!),
            gewicht: n.gewicht.slice(0, n.start[k]!),
          };
          const s = new Stroomoplosser(eerst, { vast, start: 'veiling' }).losOp();
          if (k > vast.length) expect(s.gestart).toBe('veiling');
          for (let r = k; r < n.aantalVragen; r++) {
            s.voegVraagToe(
              n.aanbieder.subarray(n.start[r]!, n.start[r + 1]!),
              n.gewicht.subarray(n.start[r]!, n.start[r + 1]!),
            );
          }
          const t = s.toewijzing();
          for (const [r, v] of vast) expect(t[r]).toBe(v);
          gelijk(s.doel(), highsOptimum(highs, n, vast));
          gelijk(s.doel(), losOp(n, { vast, start: 'paden' }).doel());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('starts by itself with the auction only when supply is tight and the network large', () => {
    const ster = (vragen: number, aanbieders: number): Netwerk => {
      const start = Int32Array.from({ length: vragen + 1 }, (_, r) => 2 * r);
      const aanbieder = Int32Array.from({ length: 2 * vragen }, (_, e) => (e * 7919) % aanbieders);
      return {
        aantalVragen: vragen,
        aantalAanbieders: aanbieders,
        start,
        aanbieder,
        gewicht: Float64Array.from(aanbieder, (v, e) => 3 + ((v * 31 + e) % 17) / 17),
        capaciteit: new Int32Array(aanbieders).fill(1),
        bezet: new Int32Array(aanbieders),
        slotKosten: [],
      };
    };
    const krap = losOp(ster(VEILING_VANAF, VEILING_VANAF));
    expect(krap.gestart).toBe('veiling');
    gelijk(krap.doel(), losOp(ster(VEILING_VANAF, VEILING_VANAF), { start: 'paden' }).doel());
    expect(losOp(ster(VEILING_VANAF, 4 * VEILING_VANAF)).gestart).toBe('paden');
    expect(losOp(ster(VEILING_VANAF - 1, VEILING_VANAF - 1)).gestart).toBe('paden');
  });
});
