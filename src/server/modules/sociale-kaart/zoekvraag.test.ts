import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tsQuery, zoekwoorden } from './zoekvraag.ts';

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
