import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complexiteit, overlap } from './signalen.ts';

describe('overlap of professional providers on one life domain', () => {
  it('warns when two organisations work on the same domain, not for one with two members', () => {
    expect(
      overlap([
        {
          organisatieId: 'w',
          organisatie: 'Wijkteam',
          levensdomeinen: ['financien', 'huishouden'],
        },
        { organisatieId: 'w', organisatie: 'Wijkteam', levensdomeinen: ['financien'] },
        { organisatieId: 's', organisatie: 'Schuldhulp', levensdomeinen: ['financien'] },
        { organisatieId: 'z', organisatie: 'Zorg thuis', levensdomeinen: ['adl'] },
      ]),
    ).toEqual([{ levensdomein: 'financien', organisaties: ['Schuldhulp', 'Wijkteam'] }]);
    expect(overlap([])).toEqual([]);
  });

  it('property: a warning names at least two distinct organisations that list the domain', () => {
    const lid = fc.record({
      organisatieId: fc.constantFrom('a', 'b', 'c'),
      organisatie: fc.constant(''),
      levensdomeinen: fc.subarray(['adl', 'financien', 'gezondheid']),
    });
    fc.assert(
      fc.property(fc.array(lid, { maxLength: 8 }), (team) => {
        const t = team.map((l) => ({ ...l, organisatie: l.organisatieId.toUpperCase() }));
        for (const o of overlap(t)) {
          const orgs = new Set(
            t.filter((l) => l.levensdomeinen.includes(o.levensdomein)).map((l) => l.organisatieId),
          );
          expect(orgs.size).toBeGreaterThanOrEqual(2);
          expect(o.organisaties.length).toBe(orgs.size);
        }
      }),
    );
  });
});

describe('complexity', () => {
  it('is complex from three domains scoring 1 or 2', () => {
    const s = (onderdeel: string, score: number | null) => ({ onderdeel, score });
    expect(complexiteit([s('financien', 1), s('adl', 2), s('wonen', 3)]).complex).toBe(false);
    expect(
      complexiteit([s('financien', 1), s('adl', 2), s('gezondheid', 2), s('x', null)]),
    ).toEqual({
      complex: true,
      domeinen: ['financien', 'adl', 'gezondheid'],
    });
  });
});
