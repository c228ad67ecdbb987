import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.ts';

describe('retryDelayMs', () => {
  it('grows with each attempt and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.string(), (attempt, id) => {
        const d = retryDelayMs(attempt, id, 1000, 60_000);
        expect(d).toBeGreaterThanOrEqual(800);
        expect(d).toBeLessThanOrEqual(60_000);
        expect(retryDelayMs(attempt + 1, id, 1000, 60_000)).toBeGreaterThanOrEqual(d);
      }),
    );
  });

  it('is the same for the same job and attempt', () => {
    expect(retryDelayMs(3, '42')).toBe(retryDelayMs(3, '42'));
  });
});
