import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HULPCATEGORIE_CODES, TIJDVAKKEN } from '../../../../shared/loket.ts';
import type { OptAanbod, OptVraag, Regels } from './instantie.ts';
import { bezwaren, bouwKandidaten, kenmerken } from './kandidaten-index.ts';
import { gewicht } from './score.ts';

const STEIN = { lat: 50.969, lon: 5.766 };
/** A point `km` east of Stein. */
const oost = (km: number) => ({
  lat: STEIN.lat,
  lon: STEIN.lon + km / (111.195 * Math.cos((STEIN.lat * Math.PI) / 180)),
});

const vraag = (extra: Partial<OptVraag> = {}): OptVraag => ({
  id: 'q',
  punt: STEIN,
  categorieen: ['boodschappen'],
  tijdvakken: ['MO-ochtend'],
  talen: [],
  geslacht: 'geen',
  wachtDagen: 3,
  urgentie: 'kan-wachten',
  ...extra,
});
const aanbod = (id: string, extra: Partial<OptAanbod> = {}): OptAanbod => ({
  id,
  punt: oost(2),
  straalKm: 10,
  categorieen: ['boodschappen', 'wandelen'],
  tijdvakken: ['MO-ochtend', 'TU-middag'],
  talen: ['nl'],
  geslacht: 'vrouw',
  geboortejaar: 1960,
  vogGeldig: false,
  maxKoppelingen: 1,
  bezet: 0,
  ...extra,
});
const regels: Regels = { vogNodig: ['gezelschap', 'huishouden'] };

function ids(q: OptVraag, lijst: OptAanbod[], r: Regels = regels, k = 40): string[] {
  const n = bouwKandidaten([q], lijst, r, { k });
  return [...n.aanbieder.subarray(n.start[0]!, n.start[1]!)].map((v) => lijst[v]!.id);
}

describe('candidate pairs from the spatial index', () => {
  it('keeps a fitting volunteer and names every broken hard constraint', () => {
    const q = vraag();
    expect(ids(q, [aanbod('a')])).toEqual(['a']);
    const gevallen: [Partial<OptVraag>, Partial<OptAanbod>, string][] = [
      [{}, { categorieen: ['tuin'] }, 'categorie'],
      [{}, { straalKm: 1.5 }, 'afstand'],
      [{ straalKm: 1.5 }, {}, 'afstand'],
      [{}, { tijdvakken: ['SU-avond'] }, 'tijd'],
      [{ categorieen: ['gezelschap'] }, { categorieen: ['gezelschap'] }, 'vog'],
      [{ talen: ['ar'] }, {}, 'taal'],
      [{ geslacht: 'man' }, {}, 'geslacht'],
      [{ zelfdeLeeftijd: true, geboortejaar: 1990 }, {}, 'leeftijd'],
      [{ uren: 6 }, { urenPerWeek: 4 }, 'uren'],
      [{}, { maxKoppelingen: 2, bezet: 2 }, 'vol'],
      [{ persoonId: 'p' }, { persoonId: 'p' }, 'zelfde-persoon'],
    ];
    for (const [v, a, bezwaar] of gevallen) {
      const q2 = vraag(v);
      const a2 = aanbod('x', a);
      expect(bezwaren(q2, a2, regels), bezwaar).toEqual([bezwaar]);
      expect(ids(q2, [a2]), bezwaar).toEqual([]);
    }
    const nee: Regels = { ...regels, eerderAfgewezen: [['q', 'a']] };
    expect(bezwaren(q, aanbod('a'), regels, new Set(['q\u0000a']))).toEqual(['eerder-afgewezen']);
    expect(ids(q, [aanbod('a')], nee)).toEqual([]);
  });

  it('applies the age preference only when both gave a birth year, within 10 years', () => {
    const q = vraag({ zelfdeLeeftijd: true, geboortejaar: 1955 });
    expect(ids(q, [aanbod('a', { geboortejaar: 1965 })])).toEqual(['a']);
    expect(ids(q, [aanbod('a', { geboortejaar: 1966 })])).toEqual([]);
    expect(ids(q, [aanbod('a', { geboortejaar: null })])).toEqual(['a']);
  });

  it('lets a request without times fit any volunteer who gave times, and needs a VOG only for VOG categories', () => {
    expect(ids(vraag({ tijdvakken: [] }), [aanbod('a')])).toEqual(['a']);
    const q = vraag({ categorieen: ['boodschappen', 'huishouden'] });
    // Shares only boodschappen: no VOG needed.
    expect(ids(q, [aanbod('a')])).toEqual(['a']);
    expect(ids(q, [aanbod('b', { categorieen: ['huishouden'] })])).toEqual([]);
    expect(ids(q, [aanbod('b', { categorieen: ['huishouden'], vogGeldig: true })])).toEqual(['b']);
  });

  it('keeps the best k by weight, nearer first when all else is equal', () => {
    const lijst = [5, 1, 3, 2, 4].map((km, i) => aanbod(`a${i}`, { punt: oost(km) }));
    expect(ids(vraag(), lijst, regels, 3)).toEqual(['a1', 'a3', 'a2']);
    const n = bouwKandidaten([vraag()], lijst, regels, { k: 3 });
    expect(n.afstandKm[0]).toBeCloseTo(1, 4);
    expect(n.gewicht[0]).toBeGreaterThan(n.gewicht[1]!);
  });

  it('searches nearest rings first without losing a pair: dense volunteers, small k', () => {
    // Many fitting volunteers within 1…20 km: the best k fill up in the first ring and the
    // bound stops the search early; the result must equal checking every pair.
    let a = 7;
    const rnd = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    const lijst = Array.from({ length: 600 }, (_, i) =>
      aanbod(`a${i}`, {
        punt: { lat: STEIN.lat + (rnd() - 0.5) * 0.3, lon: STEIN.lon + (rnd() - 0.5) * 0.45 },
        straalKm: 2 + Math.floor(rnd() * 20),
        tijdvakken: rnd() < 0.5 ? ['MO-ochtend'] : ['MO-ochtend', 'TU-middag'],
      }),
    );
    for (const extra of [
      {},
      { tijdvakken: ['MO-ochtend', 'TU-middag'] as const },
      { straalKm: 7 },
    ]) {
      const q = vraag({ ...extra, doetGraag: ['wandelen'] });
      for (const k of [1, 5, 40]) {
        const verwacht = lijst
          .map((x, v) => ({ v, x }))
          .filter(({ x }) => bezwaren(q, x, regels).length === 0)
          .map(({ v, x }) => ({ v, w: gewicht(kenmerken(q, x)) }))
          .sort((p, r) => r.w - p.w || p.v - r.v)
          .slice(0, k);
        const n = bouwKandidaten([q], lijst, regels, { k });
        expect([...n.aanbieder]).toEqual(verwacht.map((x) => x.v));
      }
    }
  });

  it('rare languages, VOG categories and full volunteers: still equals checking every pair', () => {
    // Few volunteers speak ar or tr, so those get trees of their own; requests that name
    // only rare languages search those, one that also names nl the plain trees. Volunteers
    // without a VOG are left out of the VOG categories' trees, full ones out of all.
    let a = 11;
    const rnd = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    const kies = <T>(lijst: readonly T[]) => lijst.filter(() => rnd() < 0.4);
    const cats = HULPCATEGORIE_CODES.slice(0, 4);
    const lijst = Array.from({ length: 400 }, (_, i) =>
      aanbod(`a${i}`, {
        punt: { lat: STEIN.lat + (rnd() - 0.5) * 0.2, lon: STEIN.lon + (rnd() - 0.5) * 0.3 },
        straalKm: 2 + Math.floor(rnd() * 12),
        categorieen: [cats[i % 4]!, ...kies(cats)],
        tijdvakken: ['MO-ochtend', ...kies(TIJDVAKKEN.slice(1, 6))],
        talen:
          rnd() < 0.1 ? ['nl', rnd() < 0.5 ? 'ar' : 'tr'] : rnd() < 0.03 ? ['ar', 'tr'] : ['nl'],
        vogGeldig: rnd() < 0.5,
        maxKoppelingen: 2,
        bezet: rnd() < 0.1 ? 2 : rnd() < 0.2 ? 1 : 0,
        geboortejaar: rnd() < 0.2 ? null : 1940 + Math.floor(rnd() * 60),
      }),
    );
    const talen = [['ar'], ['tr'], ['ar', 'tr'], ['nl', 'ar'], ['nl'], []] as const;
    const vragen = Array.from({ length: 60 }, (_, i) =>
      vraag({
        id: `q${i}`,
        punt: { lat: STEIN.lat + (rnd() - 0.5) * 0.2, lon: STEIN.lon + (rnd() - 0.5) * 0.3 },
        categorieen: [cats[i % 4]!, ...(rnd() < 0.4 ? [cats[(i + 1) % 4]!] : [])],
        tijdvakken: rnd() < 0.2 ? [] : ['MO-ochtend', ...kies(TIJDVAKKEN.slice(1, 6))],
        talen: talen[i % talen.length]!,
        geslacht: rnd() < 0.2 ? 'vrouw' : 'geen',
        ...(rnd() < 0.2
          ? { zelfdeLeeftijd: true, geboortejaar: 1950 + Math.floor(rnd() * 40) }
          : {}),
        doetGraag: kies(cats),
      }),
    );
    const r: Regels = { vogNodig: [cats[1]!, cats[3]!] };
    for (const k of [1, 5, 40]) {
      const n = bouwKandidaten(vragen, lijst, r, { k });
      vragen.forEach((q, i) => {
        const verwacht = lijst
          .map((x, v) => ({ v, x }))
          .filter(({ x }) => bezwaren(q, x, r).length === 0)
          .map(({ v, x }) => ({ v, w: gewicht(kenmerken(q, x)) }))
          .sort((p, o) => o.w - p.w || p.v - o.v)
          .slice(0, k);
        expect([...n.aanbieder.subarray(n.start[i]!, n.start[i + 1]!)]).toEqual(
          verwacht.map((x) => x.v),
        );
      });
    }
  });

  it('property: equals checking every pair by hand (same pairs, order and weights)', () => {
    const punt = fc.record({
      lat: fc.double({ min: 50.8, max: 51.2, noNaN: true }),
      lon: fc.double({ min: 5.5, max: 6.1, noNaN: true }),
    });
    const cats = fc.subarray(HULPCATEGORIE_CODES.slice(0, 5), { minLength: 1 });
    const tijden = fc.subarray(TIJDVAKKEN.slice(0, 6));
    const vraagArb = fc.record({
      punt,
      straalKm: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      categorieen: cats,
      tijdvakken: tijden,
      talen: fc.subarray(['nl', 'en'] as const),
      geslacht: fc.constantFrom('geen', 'geen', 'vrouw', 'man' as const),
      zelfdeLeeftijd: fc.boolean(),
      geboortejaar: fc.option(fc.integer({ min: 1940, max: 2000 }), { nil: null }),
      doetGraag: fc.subarray(HULPCATEGORIE_CODES.slice(0, 5)),
      wachtDagen: fc.integer({ min: 0, max: 60 }),
      urgentie: fc.constantFrom('kan-wachten', 'binnen-een-week', 'spoed' as const),
      uren: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    });
    const aanbodArb = fc.record({
      punt,
      straalKm: fc.integer({ min: 1, max: 50 }),
      categorieen: cats,
      tijdvakken: tijden,
      talen: fc.subarray(['nl', 'en'] as const, { minLength: 1 }),
      geslacht: fc.constantFrom('vrouw', 'man', null),
      geboortejaar: fc.option(fc.integer({ min: 1940, max: 2005 }), { nil: null }),
      vogGeldig: fc.boolean(),
      maxKoppelingen: fc.integer({ min: 1, max: 3 }),
      bezet: fc.integer({ min: 0, max: 2 }),
      urenPerWeek: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      interesses: fc.option(fc.subarray(HULPCATEGORIE_CODES.slice(0, 5)), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(vraagArb, { maxLength: 8 }),
        fc.array(aanbodArb, { maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(24)), { maxLength: 6 }),
        (vs, as, k, paren) => {
          const vragen = vs.map((v, i) => ({ ...v, id: `q${i}` }) as OptVraag);
          const aanbiedingen = as.map((a, i) => ({ ...a, id: `a${i}` }) as OptAanbod);
          const r: Regels = {
            vogNodig: ['boodschappen', 'vervoer'],
            eerderAfgewezen: paren.slice(0, 3).map(([q, a]) => [`q${q}`, `a${a}`] as const),
            eerderGoed: paren.slice(3).map(([q, a]) => [`q${q}`, `a${a}`] as const),
          };
          const afgewezen = new Set(r.eerderAfgewezen!.map(([q, a]) => `${q}\u0000${a}`));
          const goed = new Set(r.eerderGoed!.map(([q, a]) => `${q}\u0000${a}`));
          const n = bouwKandidaten(vragen, aanbiedingen, r, { k });
          vragen.forEach((q, i) => {
            const verwacht = aanbiedingen
              .map((a, v) => ({ v, a }))
              .filter(({ a }) => bezwaren(q, a, r, afgewezen).length === 0)
              .map(({ v, a }) => ({ v, w: gewicht(kenmerken(q, a, goed)) }))
              .sort((x, y) => y.w - x.w || x.v - y.v)
              .slice(0, k);
            const a = n.start[i]!;
            const b = n.start[i + 1]!;
            expect([...n.aanbieder.subarray(a, b)]).toEqual(verwacht.map((x) => x.v));
            verwacht.forEach((x, j) => {
              expect(Math.abs(n.gewicht[a + j]! - x.w)).toBeLessThan(1e-9);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
