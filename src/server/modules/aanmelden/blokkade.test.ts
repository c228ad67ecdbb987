import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blokkadeduurMs,
  blokkeerTot,
  DREMPEL,
  EERSTE_BLOKKADE_MS,
  isGeblokkeerd,
  LANGSTE_BLOKKADE_MS,
} from './blokkade.ts';

describe('blokkade (progressive lockout)', () => {
  it('does not lock before the fifth failure', () => {
    for (let n = 0; n < DREMPEL; n++) expect(blokkadeduurMs(n)).toBe(0);
  });

  it('locks 1 minute at five failures, doubling to at most an hour', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => blokkadeduurMs(n) / 60_000)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
  });

  it('property: never shorter after one more failure, always within the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: DREMPEL, max: 10_000 }), (n) => {
        expect(blokkadeduurMs(n + 1)).toBeGreaterThanOrEqual(blokkadeduurMs(n));
        expect(blokkadeduurMs(n)).toBeGreaterThanOrEqual(EERSTE_BLOKKADE_MS);
        expect(blokkadeduurMs(n)).toBeLessThanOrEqual(LANGSTE_BLOKKADE_MS);
      }),
    );
  });

  it('is locked until the moment passes', () => {
    const nu = new Date('2026-11-23T09:00:00Z');
    const tot = blokkeerTot(5, nu);
    expect(tot?.toISOString()).toBe('2026-11-23T09:01:00.000Z');
    expect(isGeblokkeerd(tot, new Date('2026-11-23T09:00:59Z'))).toBe(true);
    expect(isGeblokkeerd(tot, new Date('2026-11-23T09:01:00Z'))).toBe(false);
    expect(isGeblokkeerd(null, nu)).toBe(false);
    expect(blokkeerTot(4, nu)).toBeNull();
  });
});
