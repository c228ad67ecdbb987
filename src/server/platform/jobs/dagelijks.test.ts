import { describe, expect, it } from 'vitest';
import { dagJobSleutel, volgendeDagelijkseRun } from './dagelijks.ts';

describe('daily jobs', () => {
  it('plan the next run tomorrow at the hour, across the end of a month and a year', () => {
    expect(volgendeDagelijkseRun(new Date('2026-11-23T12:00:00Z'), 6).toISOString()).toBe(
      '2026-11-24T06:00:00.000Z',
    );
    expect(volgendeDagelijkseRun(new Date('2026-12-31T23:59:00Z'), 3).toISOString()).toBe(
      '2027-01-01T03:00:00.000Z',
    );
  });

  it('key one run per job and UTC day', () => {
    const dag = new Date('2026-11-23T22:30:00Z');
    expect(dagJobSleutel('privacy.bewaartermijnen', dag)).toBe(
      'privacy.bewaartermijnen:2026-11-23',
    );
    expect(dagJobSleutel('a', dag)).not.toBe(dagJobSleutel('b', dag));
  });
});
