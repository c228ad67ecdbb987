import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptAanbod, OptVraag } from './instantie.ts';
import {
  bouwUitwisselgraaf,
  geholpenDoor,
  gekozenRuilen,
  graafVanRanden,
  isGeldig,
  type Ruil,
  ruilMip,
  type Uitwisselgraaf,
  vindRuilen,
} from './uitwisseling.ts';
import { laadHighs, stelUitwisselingVoor } from './uitwisseling-worker.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await laadHighs();
});

const graaf = (n: number, randen: [number, number][], alleenAanbod: number[] = []) =>
  graafVanRanden(
    Array.from({ length: n }, (_, i) => `p${i}`),
    Uint8Array.from({ length: n }, (_, i) => (alleenAanbod.includes(i) ? 1 : 0)),
    randen,
  );

/** The MIP in this thread (the worker does the same; tested once below). */
function kies(g: Uitwisselgraaf, ruilen: Ruil[]): Ruil[] {
  if (ruilen.length === 0) return [];
  const uit = highs.solve(ruilMip(ruilen), { output_flag: false, mip_rel_gap: 0 });
  expect(uit.Status).toBe('Optimal');
  const kolommen = Object.entries(uit.Columns)
    .filter(([, c]) => (c as { Primal: number }).Primal > 0.5)
    .map(([k]) => k);
  const keuze = gekozenRuilen(ruilen, kolommen);
  expect(isGeldig(g, keuze)).toBe(true);
  return keuze;
}

/** The best vertex-disjoint choice by trying every subset (tiny graphs only). */
function brute(ruilen: Ruil[]): number {
  let beste = 0;
  const zoek = (i: number, gebruikt: Set<number>, som: number) => {
    beste = Math.max(beste, som);
    for (let j = i; j < ruilen.length; j++) {
      const r = ruilen[j]!;
      if (r.leden.some((p) => gebruikt.has(p))) continue;
      const nieuw = new Set([...gebruikt, ...r.leden]);
      zoek(j + 1, nieuw, som + r.geholpen);
    }
  };
  zoek(0, new Set(), 0);
  return beste;
}

describe('reciprocal exchange', () => {
  it('finds 2- and 3-cycles once each, and chains from a pure volunteer', () => {
    // 0 ⇄ 1, 1 → 2 → 3 → 1, volunteer 4 → 0 → 2.
    const g = graaf(
      5,
      [
        [0, 1],
        [1, 0],
        [1, 2],
        [2, 3],
        [3, 1],
        [4, 0],
        [0, 2],
      ],
      [4],
    );
    const ruilen = vindRuilen(g);
    expect(ruilen.filter((r) => r.soort === 'cyclus').map((r) => r.leden)).toEqual([
      [0, 1],
      [1, 2, 3],
    ]);
    expect(ruilen.filter((r) => r.soort === 'keten').map((r) => r.leden)).toEqual([
      [4, 0],
      [4, 0, 1],
      [4, 0, 2],
    ]);
    // Best: the 3-cycle and the chain 4 → 0 (4 people), not the pair 0 ⇄ 1 (2, + nothing).
    const keuze = kies(g, ruilen);
    expect(geholpenDoor(keuze)).toBe(4);
    expect(
      geholpenDoor(
        kies(
          g,
          ruilen.filter((r) => r.leden.length === 2 && r.soort === 'cyclus'),
        ),
      ),
    ).toBe(2);
  });

  it('writes the cycle formulation as CPLEX LP text', () => {
    const lp = ruilMip([
      { soort: 'cyclus', leden: [0, 1], geholpen: 2 },
      { soort: 'cyclus', leden: [1, 2, 3], geholpen: 3 },
    ]);
    expect(lp).toBe(
      'Maximize\n obj: 2 x0 + 3 x1\nSubject To\n p1: x0 + x1 <= 1\nBinary\n x0 x1\nEnd\n',
    );
  });

  it('builds the graph from people: nobody helps themselves, those who only ask are left out', () => {
    const plek = { lat: 50.969, lon: 5.766 };
    const vraag = (id: string, c: OptVraag['categorieen']): OptVraag => ({
      id,
      punt: plek,
      categorieen: c,
      tijdvakken: [],
      talen: [],
      geslacht: 'geen',
      wachtDagen: 1,
      urgentie: 'kan-wachten',
    });
    const aanbod = (id: string, c: OptAanbod['categorieen']): OptAanbod => ({
      id,
      punt: plek,
      straalKm: 5,
      categorieen: c,
      tijdvakken: ['MO-ochtend'],
      talen: ['nl'],
      geslacht: null,
      geboortejaar: null,
      vogGeldig: false,
      maxKoppelingen: 1,
      bezet: 0,
    });
    const g = bouwUitwisselgraaf(
      [
        { id: 'anna', vraag: vraag('va', ['tuin']), aanbod: aanbod('aa', ['computer', 'tuin']) },
        { id: 'bob', vraag: vraag('vb', ['computer']), aanbod: aanbod('ab', ['tuin']) },
        { id: 'cor', aanbod: aanbod('ac', ['tuin']) },
        { id: 'dirk', vraag: vraag('vd', ['tuin']) },
      ],
      { vogNodig: [] },
    );
    expect(g.ids).toEqual(['anna', 'bob', 'cor']);
    const randen = [...g.ids.keys()].flatMap((a) =>
      [...g.naar.subarray(g.start[a]!, g.start[a + 1]!)].map((b) => `${g.ids[a]}→${g.ids[b!]}`),
    );
    // Anna could do her own garden, but does not count as helping herself.
    expect(randen.sort()).toEqual(['anna→bob', 'bob→anna', 'cor→anna']);
  });

  it('solves in a worker thread and reports pairs only beside it', async () => {
    const g = graaf(4, [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
    const v = await stelUitwisselingVoor(g);
    expect(v.status).toBe('Optimal');
    expect(v.geholpen).toBe(3);
    expect(v.paren.geholpen).toBe(2);
    expect(isGeldig(g, v.ruilen)).toBe(true);
  }, 30_000);

  it('property: disjoint, only compatible edges, optimal, never worse than pairs only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            randen: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
              maxLength: 3 * n,
              selector: ([a, b]) => `${a},${b}`,
            }),
            alleenAanbod: fc.subarray([...Array(n).keys()], { maxLength: Math.min(2, n) }),
          }),
        ),
        ({ n, randen, alleenAanbod }) => {
          const g = graaf(
            n,
            randen.filter(([a, b]) => a !== b),
            alleenAanbod,
          );
          const ruilen = vindRuilen(g);
          for (const r of ruilen) expect(isGeldig(g, [r])).toBe(true);
          const keuze = kies(g, ruilen);
          const paren = kies(
            g,
            ruilen.filter((r) => r.soort === 'cyclus' && r.leden.length === 2),
          );
          expect(geholpenDoor(keuze)).toBe(brute(ruilen));
          expect(geholpenDoor(keuze)).toBeGreaterThanOrEqual(geholpenDoor(paren));
        },
      ),
      { numRuns: 150 },
    );
  });
});
