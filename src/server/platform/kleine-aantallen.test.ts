import { describe, expect, it } from 'vitest';
import { onderdruk } from './kleine-aantallen.ts';

describe('onderdruk', () => {
  it.each([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [900, 900],
  ])('%i is shown as %s', (n, verwacht) => {
    expect(onderdruk(n)).toBe(verwacht);
  });
});
