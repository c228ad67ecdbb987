import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gretigGlobaal, gretigOnline } from './greedy.ts';
import { doelwaarde, geholpen, type Netwerk } from './instantie.ts';
import { losOp, Stroomoplosser } from './mincostflow.ts';
import { highsOptimum, netwerkArb } from './test-netwerken.ts';
import { laadHighs } from './uitwisseling-worker.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await laadHighs();
});

const optimum = (n: Netwerk, vast: readonly (readonly [number, number])[] = []) =>
  highsOptimum(highs, n, vast);

const gelijk = (a: number, b: number) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

/** CSR from a list of [request, volunteer, weight]. */
function netwerk(
  aantalVragen: number,
  capaciteit: number[],
  randen: [number, number, number][],
  slotKosten: number[] = [],
): Netwerk {
  const start = new Int32Array(aantalVragen + 1);
  const gesorteerd = [...randen].sort((a, b) => a[0] - b[0]);
  for (const [r] of gesorteerd) start[r + 1]!++;
  for (let r = 0; r < aantalVragen; r++) start[r + 1]! += start[r]!;
  return {
    aantalVragen,
    aantalAanbieders: capaciteit.length,
    start,
    aanbieder: Int32Array.from(gesorteerd.map((e) => e[1])),
    gewicht: Float64Array.from(gesorteerd.map((e) => e[2])),
    capaciteit: Int32Array.from(capaciteit),
    bezet: new Int32Array(capaciteit.length),
    slotKosten,
  };
}

/** Any order of all the network's requests. */
const volgordeVan = (n: { aantalVragen: number }) =>
  fc.shuffledSubarray(
    Array.from({ length: n.aantalVragen }, (_, i) => i),
    { minLength: n.aantalVragen },
  );

describe('min-cost flow: max-weight b-matching', () => {
  it('moves an earlier request to its second choice when that helps one more person', () => {
    // r0 likes v0 (10) and v1 (8); r1 can only have v0 (9). Greedy: 10; optimal: 8 + 9.
    const n = netwerk(
      2,
      [1, 1],
      [
        [0, 0, 10],
        [0, 1, 8],
        [1, 0, 9],
      ],
    );
    const s = losOp(n);
    expect([...s.toewijzing()]).toEqual([1, 0]);
    expect(s.doel()).toBe(17);
    expect(doelwaarde(n, gretigOnline(n))).toBe(10);
    expect(doelwaarde(n, gretigGlobaal(n))).toBe(10);
  });

  it('spreads the load: a second slot costs more, so a free volunteer goes first', () => {
    const n = netwerk(
      2,
      [2, 1],
      [
        [0, 0, 5],
        [1, 0, 5],
        [1, 1, 4.5],
      ],
      [0, 1],
    );
    expect([...losOp(n).toewijzing()]).toEqual([0, 1]);
    // Without the slot cost, v0 would take both (10 > 9.5).
    const zonder = { ...n, slotKosten: [] };
    expect(losOp(zonder).doel()).toBe(10);
  });

  it('leaves a request unhelped when no pair is worth its slot', () => {
    const n = netwerk(1, [2], [[0, 0, 0.5]], [1]);
    const s = losOp(n);
    expect([...s.toewijzing()]).toEqual([-1]);
    expect(s.doel()).toBe(0);
  });

  it('keeps a fixed match even when moving it would be better', () => {
    const n = netwerk(
      2,
      [1, 1],
      [
        [0, 0, 10],
        [0, 1, 8],
        [1, 0, 9],
      ],
    );
    const s = losOp(n, { vast: [[0, 0]] });
    expect([...s.toewijzing()]).toEqual([0, -1]);
    expect(() => losOp(n, { vast: [[1, 1]] })).toThrow(/not a candidate/);
  });

  it('inserts a new request into the solution and fixes an accepted one', () => {
    const n = netwerk(
      1,
      [1, 1],
      [
        [0, 0, 10],
        [0, 1, 8],
      ],
    );
    const s = losOp(n);
    expect([...s.toewijzing()]).toEqual([0]);
    const r = s.voegVraagToe([0], [9]);
    expect(r).toBe(1);
    expect([...s.toewijzing()]).toEqual([1, 0]);
    s.zetVast(1);
    s.voegVraagToe([0, 1], [20, 1]);
    // v0 is fixed to request 1, so request 2 cannot take it.
    expect([...s.toewijzing()]).toEqual([1, 0, -1]);
  });

  it('property: the objective equals the LP optimum of HiGHS (within 1e-9 relative)', () => {
    fc.assert(
      fc.property(netwerkArb(), (n) => {
        const s = losOp(n);
        const t = s.toewijzing();
        const doel = doelwaarde(n, t);
        expect(Number.isNaN(doel)).toBe(false); // capacities respected, only candidate pairs
        gelijk(doel, optimum(n));
        gelijk(s.doel(), doel);
        expect(doel).toBeGreaterThanOrEqual(doelwaarde(n, gretigOnline(n)) - 1e-9);
        expect(doel).toBeGreaterThanOrEqual(doelwaarde(n, gretigGlobaal(n)) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('property: recomputing the potentials after every search changes nothing', () => {
    fc.assert(
      fc.property(netwerkArb(), (n) => {
        const s = losOp(n, { herberekenZoek: 0, herberekenRust: 1 });
        expect(s.herberekeningen).toBeGreaterThanOrEqual(Math.min(1, n.aantalVragen));
        const doel = doelwaarde(n, s.toewijzing());
        expect(Number.isNaN(doel)).toBe(false);
        gelijk(doel, optimum(n));
        // And a request inserted after that is still placed optimally.
        const extra = Array.from({ length: n.aantalAanbieders }, (_, v) => v);
        s.voegVraagToe(
          extra,
          extra.map((v) => 4 + (v % 3)),
        );
        gelijk(s.doel(), losOp(s.netwerk()).doel());
      }),
      { numRuns: 200 },
    );
  });

  it('property: sending requests along the tree of herbereken stays optimal', () => {
    let langsBoom = 0;
    fc.assert(
      fc.property(
        netwerkArb().chain((n) =>
          fc.record({
            n: fc.constant(n),
            volgorde: volgordeVan(n),
            vast: fc.subarray(n.paren, { maxLength: Math.min(2, n.paren.length) }),
          }),
        ),
        ({ n, volgorde, vast: keuze }) => {
          const last = Int32Array.from(n.bezet);
          const gezien = new Set<number>();
          const vast = keuze.filter(([r, v]) => {
            if (gezien.has(r) || last[v]! >= n.capaciteit[v]!) return false;
            gezien.add(r);
            last[v]!++;
            return true;
          });
          // After every search: herbereken, then the rest along its tree.
          const s = new Stroomoplosser(n, { vast, herberekenZoek: 0, herberekenRust: 1 });
          s.losOp(volgorde);
          langsBoom += s.langsBoom;
          const t = s.toewijzing();
          for (const [r, v] of vast) expect(t[r]).toBe(v);
          const doel = doelwaarde(n, t);
          expect(Number.isNaN(doel)).toBe(false);
          gelijk(doel, optimum(n, vast));
          // Pure successive shortest paths (never herbereken) on the same network.
          gelijk(doel, losOp(n, { vast, herberekenZoek: Number.POSITIVE_INFINITY }).doel());
        },
      ),
      { numRuns: 300 },
    );
    expect(langsBoom).toBeGreaterThan(0);
  });

  it('sends most of a tight network along the tree, with the optimum of HiGHS', () => {
    // 400 requests, 150 volunteers with 1–3 slots, 12 random candidates each.
    let x = 12345;
    const rnd = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x / 4294967296;
    };
    const randen: [number, number, number][] = [];
    for (let r = 0; r < 400; r++) {
      const gekozen = new Set<number>();
      while (gekozen.size < 12) gekozen.add(Math.floor(rnd() * 150));
      for (const v of gekozen) randen.push([r, v, 3 + rnd() * 2]);
    }
    const capaciteit = Array.from({ length: 150 }, () => 1 + Math.floor(rnd() * 3));
    const n = netwerk(400, capaciteit, randen, [0, 0.4, 0.8]);
    const s = losOp(n, { herberekenZoek: 20 });
    expect(s.herberekeningen).toBeGreaterThan(0);
    expect(s.langsBoom).toBeGreaterThan(0);
    gelijk(s.doel(), optimum(n));
    gelijk(s.doel(), losOp(n, { herberekenZoek: Number.POSITIVE_INFINITY }).doel());
  });

  it('property: fixed matches stay, capacities hold, and the rest is optimal', () => {
    fc.assert(
      fc.property(
        netwerkArb().chain((n) =>
          fc.record({
            n: fc.constant(n),
            keuze: fc.subarray(n.paren, { maxLength: Math.min(4, n.paren.length) }),
          }),
        ),
        ({ n, keuze }) => {
          // At most one fixed match per request, within the volunteer's free slots.
          const last = Int32Array.from(n.bezet);
          const gezien = new Set<number>();
          const vast = keuze.filter(([r, v]) => {
            if (gezien.has(r) || last[v]! >= n.capaciteit[v]!) return false;
            gezien.add(r);
            last[v]!++;
            return true;
          });
          const t = losOp(n, { vast }).toewijzing();
          for (const [r, v] of vast) expect(t[r]).toBe(v);
          const doel = doelwaarde(n, t);
          expect(Number.isNaN(doel)).toBe(false);
          gelijk(doel, optimum(n, vast));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: inserting requests one by one equals a full re-solve', () => {
    fc.assert(
      fc.property(netwerkArb(), fc.integer({ min: 0, max: 14 }), (n, k) => {
        const eerst = Math.min(k, n.aantalVragen);
        const deel: Netwerk = {
          ...n,
          aantalVragen: eerst,
          start: n.start.slice(0, eerst + 1),
          aanbieder: n.aanbieder.slice(0, n.start[eerst]),
          gewicht: n.gewicht.slice(0, n.start[eerst]),
        };
        const s = losOp(deel);
        for (let r = eerst; r < n.aantalVragen; r++) {
          const a = n.start[r]!;
          const b = n.start[r + 1]!;
          s.voegVraagToe(n.aanbieder.subarray(a, b), n.gewicht.subarray(a, b));
        }
        const t = s.toewijzing();
        gelijk(doelwaarde(n, t), losOp(n).doel());
        gelijk(doelwaarde(n, t), optimum(n));
      }),
      { numRuns: 200 },
    );
  });

  it('property: any arrival order gives the same optimum', () => {
    fc.assert(
      fc.property(
        netwerkArb().chain((n) =>
          fc.record({
            n: fc.constant(n),
            volgorde: volgordeVan(n),
          }),
        ),
        ({ n, volgorde }) => {
          const s = new Stroomoplosser(n).losOp(volgorde);
          gelijk(s.doel(), losOp(n).doel());
          expect(geholpen(s.toewijzing())).toBeLessThanOrEqual(n.aantalVragen);
        },
      ),
      { numRuns: 100 },
    );
  });
});
