import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagenNa, dagenTussen, maandenNa } from '../../platform/kalender.ts';
import {
  datumsInVenster,
  type Herhaling,
  keer,
  MAX_KEREN,
  volgendeWeekdag,
  weekdag,
} from './herhaling.ts';

const datum = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const herhaling = fc.constantFrom<Herhaling>('geen', 'wekelijks', 'tweewekelijks', 'maandelijks');

describe('herhaling', () => {
  it('expands a weekly appointment into the window', () => {
    expect(
      datumsInVenster(
        { datum: '2026-12-03', herhaling: 'wekelijks', tot: null },
        '2026-12-01',
        '2026-12-31',
      ),
    ).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31']);
  });

  it('stops at the end date', () => {
    expect(
      datumsInVenster(
        { datum: '2026-12-03', herhaling: 'tweewekelijks', tot: '2026-12-20' },
        '2026-11-01',
        '2027-01-31',
      ),
    ).toEqual(['2026-12-03', '2026-12-17']);
  });

  it('a monthly appointment on the 31st falls on the last day of shorter months', () => {
    expect(
      datumsInVenster(
        { datum: '2027-01-31', herhaling: 'maandelijks', tot: null },
        '2027-01-01',
        '2027-04-30',
      ),
    ).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(maandenNa('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('a one-off appointment only inside the window', () => {
    const r = { datum: '2026-12-05', herhaling: 'geen' as const, tot: null };
    expect(datumsInVenster(r, '2026-12-01', '2026-12-31')).toEqual(['2026-12-05']);
    expect(datumsInVenster(r, '2026-12-06', '2026-12-31')).toEqual([]);
  });

  it('weekdays: 1 Monday … 7 Sunday', () => {
    expect(weekdag('2026-12-03')).toBe(4); // a Thursday
    expect(weekdag('2026-12-06')).toBe(7);
    expect(volgendeWeekdag('2026-12-03', 4)).toBe('2026-12-03');
    expect(volgendeWeekdag('2026-12-04', 4)).toBe('2026-12-10');
  });

  it('property: every date is in the window, after the start, before the end, sorted, no repeats', () => {
    fc.assert(
      fc.property(
        datum,
        herhaling,
        fc.option(datum, { nil: null }),
        datum,
        fc.integer({ min: 0, max: 400 }),
        (start, h, tot, van, lengte) => {
          const eind = dagenNa(van, lengte);
          const uit = datumsInVenster({ datum: start, herhaling: h, tot }, van, eind);
          expect(uit.length).toBeLessThanOrEqual(MAX_KEREN);
          for (const [i, d] of uit.entries()) {
            expect(d >= van && d <= eind).toBe(true);
            expect(d >= start).toBe(true);
            if (tot) expect(d <= tot).toBe(true);
            if (i > 0) expect(d > uit[i - 1]!).toBe(true);
          }
        },
      ),
    );
  });

  it('property: the expansion finds exactly the series dates that fall in the window', () => {
    fc.assert(
      fc.property(
        datum,
        herhaling,
        datum,
        fc.integer({ min: 0, max: 120 }),
        (start, h, van, lengte) => {
          const eind = dagenNa(van, lengte);
          const verwacht: string[] = [];
          for (let n = 0; n < 1000; n++) {
            const d = keer({ datum: start, herhaling: h, tot: null }, n);
            if (d > eind) break;
            if (d >= van && !verwacht.includes(d)) verwacht.push(d);
            if (h === 'geen') break;
          }
          expect(datumsInVenster({ datum: start, herhaling: h, tot: null }, van, eind)).toEqual(
            verwacht,
          );
        },
      ),
    );
  });

  it('property: weekly dates keep the weekday and are seven days apart', () => {
    fc.assert(
      fc.property(datum, datum, (start, van) => {
        const uit = datumsInVenster(
          { datum: start, herhaling: 'wekelijks', tot: null },
          van,
          dagenNa(van, 90),
        );
        for (const [i, d] of uit.entries()) {
          expect(weekdag(d)).toBe(weekdag(start));
          if (i > 0) expect(dagenTussen(uit[i - 1]!, d)).toBe(7);
        }
      }),
    );
  });
});
