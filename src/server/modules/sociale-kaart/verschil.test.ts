import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aanbodInhoudSchema } from './model.ts';
import { type Namen, verschillen } from './verschil.ts';

const namen: Namen = {
  term: (_t, c) => c.toUpperCase(),
  locatie: (id) => `Locatie ${id.slice(0, 4)}`,
};
const basis = aanbodInhoudSchema.parse({
  naam: 'Kookclub',
  soort: 'groep',
  beschrijving: 'Samen koken.',
  kosten: { soort: 'gratis' },
  roosters: [{ freq: 'WEEKLY', byday: 'TU', opensAt: '17:00', closesAt: '19:30' }],
});

describe('readable difference', () => {
  it('lists only changed fields, in words', () => {
    const nieuw = {
      ...basis,
      kosten: { soort: 'vast' as const, bedrag: 2.5, omschrijving: 'per keer' },
      levensdomeinen: ['financien'],
    };
    expect(verschillen(basis, nieuw, namen)).toEqual([
      { veld: 'kosten', label: 'Kosten', oud: 'gratis', nieuw: 'vaste prijs € 2,50 – per keer' },
      { veld: 'levensdomeinen', label: 'Levensdomeinen', oud: '(geen)', nieuw: 'FINANCIEN' },
    ]);
  });

  it('a new entry shows every field as new', () => {
    const d = verschillen(null, basis, namen);
    expect(d.find((x) => x.veld === 'roosters')).toEqual({
      veld: 'roosters',
      label: 'Wanneer',
      oud: '',
      nieuw: 'elke dinsdag 17:00–19:30',
    });
  });

  it('property: no difference with itself; a changed name is always listed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 50 }), (naam) => {
        const ander = { ...basis, naam };
        expect(verschillen(ander, ander, namen)).toEqual([]);
        expect(verschillen(basis, ander, namen).some((x) => x.veld === 'naam')).toBe(
          naam !== basis.naam,
        );
      }),
    );
  });
});
