import { describe, expect, it } from 'vitest';
import { vogGeldig } from './vog.ts';

const nu = new Date('2026-12-02T10:00:00Z');

describe('a valid VOG', () => {
  it.each([
    ['ontvangen', '2026-01-15', true],
    ['ontvangen', '2023-12-02', true],
    ['ontvangen', '2023-12-01', false],
    ['ontvangen', '2027-01-01', false],
    ['ontvangen', null, false],
    ['aangevraagd', '2026-01-15', false],
    ['geen', null, false],
  ] as const)('%s on %s → %s', (status, datum, geldig) => {
    expect(vogGeldig(status, datum, nu)).toBe(geldig);
  });
});
