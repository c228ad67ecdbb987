import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HULPCATEGORIEEN, TIJDVAKKEN } from '../../../shared/loket.ts';
import {
  hoeVaakVoorLoket,
  omschrijvingVoorLoket,
  RESPIJT_DAGDELEN,
  RESPIJT_FREQUENTIES,
  RESPIJT_SOORTEN,
  routeVan,
  SOORTEN,
  tijdvakkenVoor,
  urgentieVoor,
  weekdag,
} from './soorten.ts';

describe('kinds of respite', () => {
  it.each([
    ['vervangende-zorg', 'matching'],
    ['maatje', 'matching'],
    ['dagactiviteit', 'aanbieder'],
    ['logeren', 'aanbieder'],
  ] as const)('%s goes to %s', (soort, route) => {
    expect(routeVan(soort)).toBe(route);
  });

  it('volunteer kinds use one simple loket category (so the loket routes them to volunteers)', () => {
    for (const s of RESPIJT_SOORTEN) {
      const info = SOORTEN[s];
      if (info.route !== 'matching') {
        expect(info.kaart.hulpvorm.length).toBeGreaterThan(0);
        continue;
      }
      const c = HULPCATEGORIEEN.find((x) => x.code === info.hulpcategorie);
      expect(c?.eenvoudig).toBe(true);
    }
  });

  it.each([
    ['eenmalig', 'een-keer'],
    ['wekelijks', 'elke-week'],
    ['tweewekelijks', 'elke-week'],
    ['maandelijks', 'elke-maand'],
  ] as const)('%s is %s at the loket', (f, h) => {
    expect(hoeVaakVoorLoket(f)).toBe(h);
  });

  it.each([
    ['2026-12-07', 'MO'],
    ['2026-12-05', 'SA'],
    ['2026-12-06', 'SU'],
    ['2024-02-29', 'TH'],
  ] as const)('%s is a %s', (d, w) => {
    expect(weekdag(d)).toBe(w);
  });

  it('turns a date and part of the day into cells of the weekly grid', () => {
    expect(tijdvakkenVoor('2026-12-07', 'middag')).toEqual(['MO-middag']);
    expect(tijdvakkenVoor('2026-12-05', 'hele-dag')).toEqual([
      'SA-ochtend',
      'SA-middag',
      'SA-avond',
    ]);
  });

  it('property: the cells are always valid cells of the grid', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.constantFrom(...RESPIJT_DAGDELEN),
        (d, deel) => {
          const vakken = tijdvakkenVoor(d.toISOString().slice(0, 10), deel);
          expect(vakken.length).toBeGreaterThan(0);
          for (const v of vakken) expect(TIJDVAKKEN).toContain(v);
        },
      ),
    );
  });

  it('is never urgent enough for the wijkteam', () => {
    expect(urgentieVoor('2026-12-04', '2026-12-03')).toBe('binnen-een-week');
    expect(urgentieVoor('2026-12-10', '2026-12-03')).toBe('binnen-een-week');
    expect(urgentieVoor('2026-12-11', '2026-12-03')).toBe('kan-wachten');
  });

  it('writes the request for the coordinator, within the loket limit', () => {
    const tekst = omschrijvingVoorLoket({
      soort: 'maatje',
      datum: '2026-12-10',
      dagdeel: 'ochtend',
      hoeVaak: 'eenmalig',
      toelichting: 'Mijn moeder moet naar de huisarts.',
    });
    expect(tekst).toContain('maatje');
    expect(tekst).toContain('Vanaf 2026-12-10, ochtend, één keer.');
    expect(tekst).toContain('huisarts');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.constantFrom(...RESPIJT_FREQUENTIES),
        (t, f) => {
          const o = omschrijvingVoorLoket({
            soort: 'vervangende-zorg',
            datum: '2026-12-10',
            dagdeel: 'avond',
            hoeVaak: f,
            toelichting: t,
          });
          expect(o.length).toBeLessThanOrEqual(2000);
        },
      ),
    );
  });
});
