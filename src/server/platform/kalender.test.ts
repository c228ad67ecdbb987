import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dagenNa,
  dagenTussen,
  datumInNederland,
  maandenNa,
  naDatum,
  werkdagenNaDatum,
  werkdagenTussen,
} from './kalender.ts';

describe('calendar dates', () => {
  it('counts working days past weekends', () => {
    expect(werkdagenNaDatum('2026-12-04', 1)).toBe('2026-12-07'); // Friday → Monday
    expect(werkdagenNaDatum('2026-12-04', 5)).toBe('2026-12-11');
    expect(werkdagenNaDatum('2026-12-05', 1)).toBe('2026-12-07'); // Saturday → Monday
    expect(werkdagenNaDatum('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('adds months and keeps to the end of a short month', () => {
    expect(maandenNa('2026-03-15', 3)).toBe('2026-06-15');
    expect(maandenNa('2026-11-30', 3)).toBe('2027-02-28');
    expect(maandenNa('2027-11-30', 3)).toBe('2028-02-29');
    expect(maandenNa('2026-10-31', 1)).toBe('2026-11-30');
  });

  it('counts the working days between two dates', () => {
    expect(werkdagenTussen('2026-12-04', '2026-12-07')).toBe(1);
    expect(werkdagenTussen('2026-12-07', '2026-12-07')).toBe(0);
    expect(werkdagenTussen('2026-12-07', '2026-12-04')).toBe(-1);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => {
          const iso = d.toISOString().slice(0, 10);
          expect(werkdagenTussen(iso, werkdagenNaDatum(iso, n))).toBe(n);
        },
      ),
    );
  });

  it('adds calendar days across months, leap days and the change to summer time', () => {
    expect(dagenNa('2028-02-28', 1)).toBe('2028-02-29');
    expect(dagenNa('2026-03-28', 2)).toBe('2026-03-30');
    expect(dagenNa('2026-01-01', -1)).toBe('2025-12-31');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        (d, n) => {
          const iso = d.toISOString().slice(0, 10);
          expect(dagenTussen(iso, dagenNa(iso, n))).toBe(n);
        },
      ),
    );
  });

  it('takes the Dutch calendar day of an instant', () => {
    expect(datumInNederland(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(datumInNederland(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(datumInNederland(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('refuses what is not a date', () => {
    expect(() => werkdagenNaDatum('2026-02-30', 1)).toThrow(/not an ISO date/);
    expect(() => werkdagenNaDatum('3 december', 1)).toThrow(/not an ISO date/);
    expect(() => maandenNa('3 december', 1)).toThrow(/not an ISO date/);
    expect(() => naDatum('2026-12-01', '')).toThrow(/not an ISO date/);
  });

  it('property: n working days later is a weekday, after the start, at most n + 2·⌈n/5⌉ + 2 days on', () => {
    const dagen = fc
      .integer({ min: 0, max: 3650 })
      .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dagen, fc.integer({ min: 1, max: 40 }), (iso, n) => {
        const uit = werkdagenNaDatum(iso, n);
        const wd = new Date(`${uit}T00:00:00Z`).getUTCDay();
        expect(wd === 0 || wd === 6).toBe(false);
        expect(naDatum(uit, iso)).toBe(true);
        const verschil = (Date.parse(uit) - Date.parse(iso)) / 86_400_000;
        expect(verschil).toBeGreaterThanOrEqual(n);
        expect(verschil).toBeLessThanOrEqual(n + 2 * Math.ceil(n / 5) + 2);
      }),
    );
  });
});
