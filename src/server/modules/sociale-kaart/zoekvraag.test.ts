import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternatieven, zoekGroepen, zoekwoorden } from './zoekvraag.ts';

describe('search words', () => {
  it('lower-cases, removes accents and punctuation', () => {
    expect(zoekwoorden('Taalcafé, Elsloo!')).toEqual(['taalcafe', 'elsloo']);
    expect(zoekwoorden("  'fiets' & (club) ")).toEqual(['fiets', 'club']);
    expect(zoekwoorden('a')).toEqual([]);
  });

  it('property: whatever is typed, the words hold only a–z and 0–9, at most 8 of them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tekst) => {
        const woorden = zoekwoorden(tekst);
        expect(woorden.length).toBeLessThanOrEqual(8);
        for (const w of woorden) expect(w).toMatch(/^[a-z0-9]{2,40}$/);
      }),
    );
  });
});

describe('search groups', () => {
  const syn = new Map([['eenzaam', ['contact', 'ontmoeting zoeken']]]);
  const stammen = new Map([
    ['eenzaam', ['eenzam']],
    ['contact', ['contact']],
    ['ontmoeting', ['ontmoet']],
    ['zoeken', ['zoek']],
    ['stein', ['stein']],
    ['de', []],
  ]);

  it('takes synonyms (split into words) as alternatives of the word', () => {
    expect(alternatieven('eenzaam', syn)).toEqual(['eenzaam', 'contact', 'ontmoeting', 'zoeken']);
    expect(alternatieven('stein', syn)).toEqual(['stein']);
  });

  it('makes one group per word with the stems of the word and its synonyms', () => {
    expect(zoekGroepen(['eenzaam', 'stein'], syn, stammen)).toEqual([
      { woord: 'eenzaam', stammen: ['eenzam', 'contact', 'ontmoet', 'zoek'] },
      { woord: 'stein', stammen: ['stein'] },
    ]);
  });

  it('leaves out stop words, unless there is nothing else (then for typos only)', () => {
    expect(zoekGroepen(['de', 'stein'], syn, stammen)).toEqual([
      { woord: 'stein', stammen: ['stein'] },
    ]);
    expect(zoekGroepen(['de'], syn, stammen)).toEqual([{ woord: 'de', stammen: [] }]);
    expect(zoekGroepen([], syn, stammen)).toEqual([]);
  });
});
