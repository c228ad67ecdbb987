import { describe, expect, it } from 'vitest';
import {
  antwoordFouten,
  type Instrument,
  STANDAARD_INSTRUMENT,
  STANDAARD_VRAGEN,
  valideerInstrument,
} from './instrument.ts';

const met = (w: Partial<Instrument>): Instrument => ({ ...STANDAARD_INSTRUMENT, ...w });

describe('the default instrument', () => {
  it('is valid, short, and has both parts', () => {
    expect(valideerInstrument(STANDAARD_INSTRUMENT)).toEqual([]);
    expect(STANDAARD_VRAGEN.length).toBeGreaterThanOrEqual(8);
    expect(STANDAARD_VRAGEN.length).toBeLessThanOrEqual(10);
    expect(STANDAARD_VRAGEN.filter((v) => v.deel === 'last').length).toBeGreaterThan(0);
    expect(STANDAARD_VRAGEN.filter((v) => v.deel === 'kracht').length).toBeGreaterThan(0);
  });

  it('keeps every question short (B1: one sentence)', () => {
    for (const v of STANDAARD_VRAGEN) expect(v.tekst.split(' ').length).toBeLessThanOrEqual(12);
  });
});

describe('valideerInstrument', () => {
  it.each([
    [
      'no load question',
      met({ vragen: STANDAARD_VRAGEN.filter((v) => v.deel === 'kracht') }),
      'vragen',
    ],
    [
      'no capacity question',
      met({ vragen: STANDAARD_VRAGEN.filter((v) => v.deel === 'last') }),
      'vragen',
    ],
    [
      'a duplicate id',
      met({ vragen: [...STANDAARD_VRAGEN, { ...STANDAARD_VRAGEN[0]! }] }),
      `vragen.${STANDAARD_VRAGEN.length}.id`,
    ],
    [
      'a bad id',
      met({ vragen: [{ id: 'Moe!', deel: 'last', tekst: 'Ik ben moe.' }, STANDAARD_VRAGEN[6]!] }),
      'vragen.0.id',
    ],
    [
      'a text too short',
      met({ vragen: [{ id: 'a', deel: 'last', tekst: 'Moe' }, STANDAARD_VRAGEN[6]!] }),
      'vragen.0.tekst',
    ],
    [
      'thresholds not increasing',
      met({ drempels: { licht: 40, matig: 30, zwaar: 60 } }),
      'drempels.matig',
    ],
    ['a threshold equal', met({ drempels: { licht: 20, matig: 50, zwaar: 50 } }), 'drempels.zwaar'],
    [
      'a threshold out of range',
      met({ drempels: { licht: 0, matig: 50, zwaar: 60 } }),
      'drempels.licht',
    ],
  ])('refuses %s', (_, instrument, pad) => {
    expect(valideerInstrument(instrument).map((f) => f.pad)).toContain(pad);
  });

  it('refuses more than 20 questions', () => {
    const vragen = Array.from({ length: 21 }, (_, i) => ({
      id: `v${i}`,
      deel: i % 2 ? ('last' as const) : ('kracht' as const),
      tekst: 'Een goede vraag.',
    }));
    expect(valideerInstrument(met({ vragen })).map((f) => f.pad)).toContain('vragen');
  });
});

describe('antwoordFouten', () => {
  const volledig = Object.fromEntries(STANDAARD_VRAGEN.map((v) => [v.id, 1]));
  it('accepts a complete set', () => {
    expect(antwoordFouten(STANDAARD_VRAGEN, volledig)).toEqual([]);
  });
  it('names the missing, the off-scale and the unknown', () => {
    const { moe: _, ...zonder } = volledig;
    const fouten = antwoordFouten(STANDAARD_VRAGEN, { ...zonder, slapen: 4, onbekend: 1 });
    expect(fouten.map((f) => f.vraagId).sort()).toEqual(['moe', 'onbekend', 'slapen']);
  });
});
