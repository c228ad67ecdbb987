import fc from 'fast-check';
import type { Highs } from 'highs';
import type { Netwerk } from './instantie.ts';
import { toewijzingLp } from './toewijzing-lp.ts';

/**
 * Random small networks for the property tests (not used by the app): up to 14 requests
 * and 8 volunteers, random candidate pairs, integer or fractional weights, capacities 1–3
 * with some slots already used, and non-decreasing slot costs.
 */
export interface TestNetwerk extends Netwerk {
  /** The pairs (request, volunteer) of the network, for picking fixed ones. */
  paren: (readonly [number, number])[];
}

export const netwerkArb = (opties: { maxVragen?: number; maxAanbieders?: number } = {}) =>
  fc
    .record({
      n: fc.integer({ min: 0, max: opties.maxVragen ?? 14 }),
      m: fc.integer({ min: 1, max: opties.maxAanbieders ?? 8 }),
      geheel: fc.boolean(),
      slotStappen: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 3 }),
    })
    .chain(({ n, m, geheel, slotStappen }) =>
      fc
        .tuple(
          fc.array(fc.array(fc.boolean(), { minLength: m, maxLength: m }), {
            minLength: n,
            maxLength: n,
          }),
          fc.array(
            fc.array(
              geheel
                ? fc.integer({ min: -3, max: 20 })
                : fc.double({ min: -2, max: 10, noNaN: true, noDefaultInfinity: true }),
              { minLength: m, maxLength: m },
            ),
            { minLength: n, maxLength: n },
          ),
          fc.array(fc.integer({ min: 1, max: 3 }), { minLength: m, maxLength: m }),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
        )
        .map(([heeft, gewichten, capaciteit, bezet]): TestNetwerk => {
          const start = new Int32Array(n + 1);
          const aanbieder: number[] = [];
          const gewicht: number[] = [];
          const paren: [number, number][] = [];
          for (let r = 0; r < n; r++) {
            start[r] = aanbieder.length;
            for (let v = 0; v < m; v++) {
              if (!heeft[r]![v]) continue;
              aanbieder.push(v);
              gewicht.push(gewichten[r]![v]!);
              paren.push([r, v]);
            }
          }
          start[n] = aanbieder.length;
          let som = 0;
          const slotKosten = slotStappen.map((s) => (som += geheel ? s : s * 0.37));
          return {
            aantalVragen: n,
            aantalAanbieders: m,
            start,
            aanbieder: Int32Array.from(aanbieder),
            gewicht: Float64Array.from(gewicht),
            capaciteit: Int32Array.from(capaciteit),
            bezet: Int32Array.from(bezet.map((b, v) => Math.min(b, capaciteit[v]!))),
            slotKosten,
            paren,
          };
        }),
    );

/** The optimum of the same assignment as an LP, by HiGHS (the reference of the property tests). */
export function highsOptimum(
  highs: Highs,
  n: Netwerk,
  vast: readonly (readonly [number, number])[] = [],
): number {
  const lp = toewijzingLp(n, vast);
  if (lp.numCols === 0) return 0;
  const model = highs.createModel(lp);
  try {
    model.options.set({
      output_flag: false,
      primal_feasibility_tolerance: 1e-10,
      dual_feasibility_tolerance: 1e-10,
    });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
      throw new Error(`HiGHS: status ${model.getModelStatus()}`);
    }
    return -model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}
