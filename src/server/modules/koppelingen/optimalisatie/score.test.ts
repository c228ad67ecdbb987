import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getal, gewicht, type Kenmerken, STANDAARD_GEWICHTEN, uitleg } from './score.ts';

const paar: Kenmerken = {
  afstandKm: 2.14,
  gedeeldeCategorieen: ['boodschappen'],
  categorieDekking: 1,
  gedeeldeTijdvakken: 2,
  tijdDekking: 1,
  gedeeldeInteresses: [],
  interesseDekking: 0,
  wachtDagen: 12,
  urgentie: 'kan-wachten',
  eerderGoed: false,
};

describe('the score of a pair and its explanation', () => {
  it('explains a proposal in one Dutch sentence with a decimal comma', () => {
    const u = uitleg(paar);
    expect(u.zin).toBe('2,1 km, allebei: boodschappen, wacht al 12 dagen');
    expect(u.totaal).toBeCloseTo(gewicht(paar), 12);
    expect(u.onderdelen.map((o) => o.soort)).toEqual([
      'basis',
      'afstand',
      'dekking',
      'interesse',
      'wachten',
      'urgentie',
      'continuiteit',
      'slot',
    ]);
  });

  it('names shared interests, partial times, urgency, a good earlier pair and a second slot', () => {
    const u = uitleg(
      {
        ...paar,
        gedeeldeCategorieen: ['boodschappen', 'vervoer'],
        gedeeldeTijdvakken: 1,
        tijdDekking: 0.5,
        gedeeldeInteresses: ['wandelen', 'tuin', 'computer'],
        interesseDekking: 1,
        urgentie: 'spoed',
        eerderGoed: true,
        wachtDagen: 0,
      },
      STANDAARD_GEWICHTEN,
      { slot: 2, naam: (c) => (c === 'tuin' ? 'de tuin' : c) },
    );
    expect(u.zin).toBe(
      '2,1 km, allebei: boodschappen en vervoer, kan op 1 moment, houden allebei van wandelen, de tuin en computer, het is dringend, ging eerder goed samen, wordt de tweede koppeling van deze vrijwilliger',
    );
    const slot = u.onderdelen.find((o) => o.soort === 'slot')!;
    expect(slot.punten).toBe(-STANDAARD_GEWICHTEN.slotKosten[1]!);
  });

  it('writes numbers the Dutch way', () => {
    expect(getal(2.14)).toBe('2,1');
    expect(getal(12, 0)).toBe('12');
    expect(getal(0.05)).toBe('0,1');
  });

  it('property: nearer, better covered, longer waiting is never worth less; parts add up', () => {
    const kenmerk = fc.record({
      afstandKm: fc.double({ min: 0, max: 50, noNaN: true }),
      categorieDekking: fc.double({ min: 0, max: 1, noNaN: true }),
      tijdDekking: fc.double({ min: 0, max: 1, noNaN: true }),
      interesseDekking: fc.double({ min: 0, max: 1, noNaN: true }),
      wachtDagen: fc.integer({ min: 0, max: 400 }),
      urgentie: fc.constantFrom('kan-wachten', 'binnen-een-week', 'spoed' as const),
      eerderGoed: fc.boolean(),
    });
    fc.assert(
      fc.property(kenmerk, fc.double({ min: 0, max: 5, noNaN: true }), (k, meer) => {
        const basis: Kenmerken = {
          ...k,
          gedeeldeCategorieen: [],
          gedeeldeTijdvakken: null,
          gedeeldeInteresses: [],
        };
        const w = gewicht(basis);
        expect(gewicht({ ...basis, afstandKm: basis.afstandKm + meer })).toBeLessThanOrEqual(w);
        expect(gewicht({ ...basis, wachtDagen: basis.wachtDagen + 1 })).toBeGreaterThanOrEqual(w);
        expect(
          gewicht({ ...basis, categorieDekking: Math.min(1, basis.categorieDekking + meer) }),
        ).toBeGreaterThanOrEqual(w);
        expect(w).toBeGreaterThanOrEqual(STANDAARD_GEWICHTEN.basis);
        expect(uitleg(basis).totaal).toBeCloseTo(w, 9);
      }),
    );
  });
});
