import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Antwoord,
  type Drempels,
  SCHAAL,
  STANDAARD_DREMPELS,
  STANDAARD_VRAGEN,
} from './instrument.ts';
import { BANDEN, band, richting, scoor } from './score.ts';

const alles = (last: Antwoord, kracht: Antwoord) =>
  Object.fromEntries(STANDAARD_VRAGEN.map((v) => [v.id, v.deel === 'last' ? last : kracht]));

describe('scoor', () => {
  it.each([
    { last: 0, kracht: 3, belasting: 0, band: 'geen' },
    { last: 1, kracht: 3, belasting: 17, band: 'geen' },
    { last: 1, kracht: 2, belasting: 33, band: 'licht' },
    { last: 2, kracht: 2, belasting: 50, band: 'matig' },
    { last: 2, kracht: 1, belasting: 67, band: 'zwaar' },
    { last: 3, kracht: 0, belasting: 100, band: 'zwaar' },
    { last: 0, kracht: 0, belasting: 50, band: 'matig' },
    { last: 3, kracht: 3, belasting: 50, band: 'matig' },
  ] as const)('last $last, kracht $kracht → $belasting, $band', (r) => {
    const u = scoor(STANDAARD_VRAGEN, alles(r.last, r.kracht), STANDAARD_DREMPELS);
    expect(u.belasting).toBe(r.belasting);
    expect(u.band).toBe(r.band);
    expect(u.last).toBe(Math.round((r.last / 3) * 100));
    expect(u.kracht).toBe(Math.round((r.kracht / 3) * 100));
  });

  it.each([
    [0, 'geen'],
    [24, 'geen'],
    [25, 'licht'],
    [44, 'licht'],
    [45, 'matig'],
    [64, 'matig'],
    [65, 'zwaar'],
    [100, 'zwaar'],
  ] as const)('band(%i) with the default thresholds is %s', (b, verwacht) => {
    expect(band(b, STANDAARD_DREMPELS)).toBe(verwacht);
  });

  it('uses the gemeente’s own thresholds', () => {
    const streng: Drempels = { licht: 10, matig: 20, zwaar: 30 };
    expect(scoor(STANDAARD_VRAGEN, alles(1, 2), streng).band).toBe('zwaar');
    expect(scoor(STANDAARD_VRAGEN, alles(1, 2), STANDAARD_DREMPELS).band).toBe('licht');
  });

  it('says how the band moved', () => {
    expect(richting(null, 'licht')).toBe('eerste');
    expect(richting('licht', 'zwaar')).toBe('zwaarder');
    expect(richting('zwaar', 'geen')).toBe('lichter');
    expect(richting('matig', 'matig')).toBe('gelijk');
  });
});

const antwoord = fc.constantFrom(...SCHAAL);
const antwoorden = fc.tuple(...STANDAARD_VRAGEN.map(() => antwoord));
const drempels = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 })
  .map((xs) => xs.sort((a, b) => a - b))
  .map(([licht, matig, zwaar]) => ({ licht: licht!, matig: matig!, zwaar: zwaar! }));
const rang = (b: string) => BANDEN.indexOf(b as (typeof BANDEN)[number]);
const alsRecord = (xs: readonly Antwoord[]) =>
  Object.fromEntries(STANDAARD_VRAGEN.map((v, i) => [v.id, xs[i]!]));

describe('scoor — properties', () => {
  it('more load never gives a lighter band; more capacity never a heavier one', () => {
    fc.assert(
      fc.property(antwoorden, fc.nat(STANDAARD_VRAGEN.length - 1), drempels, (xs, i, d) => {
        const vraag = STANDAARD_VRAGEN[i]!;
        const voor = scoor(STANDAARD_VRAGEN, alsRecord(xs), d);
        const hoger = [...xs];
        hoger[i] = Math.min(3, xs[i]! + 1) as Antwoord;
        const na = scoor(STANDAARD_VRAGEN, alsRecord(hoger), d);
        if (vraag.deel === 'last') {
          expect(na.belasting).toBeGreaterThanOrEqual(voor.belasting);
          expect(rang(na.band)).toBeGreaterThanOrEqual(rang(voor.band));
        } else {
          expect(na.belasting).toBeLessThanOrEqual(voor.belasting);
          expect(rang(na.band)).toBeLessThanOrEqual(rang(voor.band));
        }
      }),
    );
  });

  it('keeps every score within 0–100 and the band consistent with the thresholds', () => {
    fc.assert(
      fc.property(antwoorden, drempels, (xs, d) => {
        const u = scoor(STANDAARD_VRAGEN, alsRecord(xs), d);
        for (const s of [u.last, u.kracht, u.belasting]) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
        expect(u.band === 'zwaar').toBe(u.belasting >= d.zwaar);
        expect(u.band === 'geen').toBe(u.belasting < d.licht);
      }),
    );
  });

  it('a lower threshold never gives a lighter band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), drempels, (b, d) => {
        const lager = { ...d, zwaar: Math.max(d.matig + 1, d.zwaar - 5) };
        expect(rang(band(b, lager))).toBeGreaterThanOrEqual(rang(band(b, d)));
      }),
    );
  });
});
