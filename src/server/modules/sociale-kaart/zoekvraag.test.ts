import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Kandidaat, ordenKandidaten, telFacetten, tsQuery, zoekwoorden } from './zoekvraag.ts';

describe('search words', () => {
  it('lower-cases, removes accents and punctuation', () => {
    expect(zoekwoorden('Taalcafé, Elsloo!')).toEqual(['taalcafe', 'elsloo']);
    expect(zoekwoorden("  'fiets' & (club) ")).toEqual(['fiets', 'club']);
    expect(zoekwoorden('a')).toEqual([]);
  });

  it('makes a prefix query with synonyms as alternatives', () => {
    const syn = new Map([['eenzaam', ['contact', 'ontmoeting']]]);
    expect(tsQuery(['eenzaam', 'stein'], syn)).toBe(
      '(eenzaam:* | contact:* | ontmoeting:*) & (stein:*)',
    );
    expect(tsQuery([], syn)).toBeNull();
  });

  it('property: whatever is typed, the tsquery holds only words, :*, | and &', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tekst) => {
        const q = tsQuery(zoekwoorden(tekst), new Map());
        if (q !== null) expect(q).toMatch(/^[a-z0-9:*|&() ]+$/);
      }),
    );
  });
});

const kandidaat = fc.record({
  id: fc.uuid(),
  naam: fc.string({ maxLength: 6 }),
  rang: fc.double({ min: 0, max: 2, noNaN: true }),
  afstand_m: fc.option(fc.double({ min: 0, max: 50_000, noNaN: true })),
  levensdomeinen: fc.subarray(['wonen', 'financien', 'adl']),
  hulpvormen: fc.subarray(['cursus', 'ontmoeting']),
  doelgroepen: fc.subarray(['ouderen', 'jongeren']),
  toegankelijkheid: fc.subarray(['rolstoel', 'ringleiding']),
  kosten_soort: fc.constantFrom('gratis', 'vast', 'inkomensafhankelijk'),
  zonder_verwijzing: fc.boolean(),
}) satisfies fc.Arbitrary<Kandidaat>;

describe('ranking and facets over the candidate set', () => {
  it('orders by rank, by distance (none last) or keeps the name order; a permutation', () => {
    fc.assert(
      fc.property(fc.array(kandidaat, { maxLength: 40 }), (lijst) => {
        const rang = ordenKandidaten(lijst, 'relevantie');
        for (let i = 1; i < rang.length; i++) {
          expect(rang[i - 1]!.rang).toBeGreaterThanOrEqual(rang[i]!.rang);
        }
        const afstand = ordenKandidaten(lijst, 'afstand').map(
          (k) => k.afstand_m ?? Number.POSITIVE_INFINITY,
        );
        expect(afstand).toEqual([...afstand].sort((a, b) => a - b));
        expect(ordenKandidaten(lijst, 'naam')).toEqual(lijst);
        expect(rang.map((k) => k.id).sort()).toEqual(lijst.map((k) => k.id).sort());
      }),
    );
  });

  it('breaks ties by name, then id', () => {
    const basis = {
      rang: 1,
      afstand_m: 100,
      levensdomeinen: [],
      hulpvormen: [],
      doelgroepen: [],
      toegankelijkheid: [],
      kosten_soort: 'gratis',
      zonder_verwijzing: true,
    };
    const b = { ...basis, id: '2', naam: 'B' };
    const a2 = { ...basis, id: '2', naam: 'A' };
    const a1 = { ...basis, id: '1', naam: 'A' };
    expect(ordenKandidaten([b, a2, a1], 'relevantie').map((k) => k.naam + k.id)).toEqual([
      'A1',
      'A2',
      'B2',
    ]);
  });

  it('counts every facet value once per entry', () => {
    fc.assert(
      fc.property(fc.array(kandidaat, { maxLength: 40 }), (lijst) => {
        const tel = telFacetten(lijst);
        const kosten = ['gratis', 'vast', 'inkomensafhankelijk'].reduce(
          (som, c) => som + (tel.get(`kosten:${c}`) ?? 0),
          0,
        );
        expect(kosten).toBe(lijst.length);
        expect(tel.get('toegankelijkheid:rolstoel') ?? 0).toBe(
          lijst.filter((k) => k.toegankelijkheid.includes('rolstoel')).length,
        );
        expect(tel.get('zonderVerwijzing:ja') ?? 0).toBe(
          lijst.filter((k) => k.zonder_verwijzing).length,
        );
      }),
    );
  });
});
