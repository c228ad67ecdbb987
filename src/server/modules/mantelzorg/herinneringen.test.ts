import { describe, expect, it } from 'vitest';
import { herinneringNodig } from './herinneringen.ts';

describe('herinneringNodig', () => {
  it.each([
    // deadline, today, sent, due
    ['2026-12-31', '2026-12-01', [], null], // 30 days left: nothing yet
    ['2026-12-31', '2026-12-17', [], 'eerste'], // exactly 14 days
    ['2026-12-31', '2026-12-20', [], 'eerste'], // a missed day is caught up
    ['2026-12-31', '2026-12-20', ['eerste'], null],
    ['2026-12-31', '2026-12-28', ['eerste'], 'laatste'], // 3 days
    ['2026-12-31', '2026-12-30', [], 'laatste'], // late registration: only the last one
    ['2026-12-31', '2026-12-31', ['eerste', 'laatste'], null],
    ['2026-12-31', '2026-12-31', ['eerste'], 'laatste'], // on the deadline day itself
    ['2026-12-31', '2027-01-01', [], null], // closed
  ] as const)('deadline %s, today %s, sent %j → %s', (deadline, vandaag, verstuurd, verwacht) => {
    expect(herinneringNodig(deadline, vandaag, verstuurd)).toBe(verwacht);
  });
});
