import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gretigGlobaal, gretigOnline } from './greedy.ts';
import { doelwaarde, type Netwerk } from './instantie.ts';
import { netwerkArb } from './test-netwerken.ts';

/** r0: v0 10, v1 9; r1: v0 9.5. */
const n: Netwerk = {
  aantalVragen: 2,
  aantalAanbieders: 2,
  start: Int32Array.from([0, 2, 3]),
  aanbieder: Int32Array.from([0, 1, 0]),
  gewicht: Float64Array.from([10, 9, 9.5]),
  capaciteit: Int32Array.from([1, 1]),
  bezet: Int32Array.from([0, 0]),
  slotKosten: [],
};

describe('greedy baselines', () => {
  it('online: each request in turn takes its best free volunteer', () => {
    expect([...gretigOnline(n)]).toEqual([0, -1]);
    // Another arrival order: r1 first takes v0, then r0 takes v1.
    expect([...gretigOnline(n, [1, 0])]).toEqual([1, 0]);
  });

  it('global: pairs by weight, taken when both are free', () => {
    expect([...gretigGlobaal(n)]).toEqual([0, -1]);
  });

  it('does not take a slot that costs more than the pair is worth', () => {
    const duur = { ...n, capaciteit: Int32Array.from([2, 1]), slotKosten: [0, 20] };
    expect([...gretigGlobaal(duur)]).toEqual([0, -1]);
  });

  it('property: capacities hold and only candidate pairs are used', () => {
    fc.assert(
      fc.property(netwerkArb(), (x) => {
        expect(Number.isNaN(doelwaarde(x, gretigOnline(x)))).toBe(false);
        expect(Number.isNaN(doelwaarde(x, gretigGlobaal(x)))).toBe(false);
      }),
    );
  });
});
