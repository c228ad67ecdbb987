import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HULPCATEGORIE_CODES, TIJDVAKKEN } from '../../../../shared/loket.ts';
import { afstandKm } from '../kandidaten.ts';
import { groepsvoorstellen } from './groepen.ts';
import type { OptVraag } from './instantie.ts';

const STEIN = { lat: 50.969, lon: 5.766 };
const bij = (km: number) => ({ lat: STEIN.lat + km / 111.2, lon: STEIN.lon });

const vraag = (id: string, extra: Partial<OptVraag> = {}): OptVraag => ({
  id,
  punt: STEIN,
  categorieen: ['wandelen'],
  tijdvakken: ['TU-middag', 'WE-ochtend'],
  talen: [],
  geslacht: 'geen',
  wachtDagen: 5,
  urgentie: 'kan-wachten',
  ...extra,
});

describe('group suggestions', () => {
  it('groups three people nearby who ask the same at a time that suits all', () => {
    const g = groepsvoorstellen([
      vraag('a'),
      vraag('b', { punt: bij(0.5), tijdvakken: ['WE-ochtend'] }),
      vraag('c', { punt: bij(1), tijdvakken: [] }),
      vraag('ver', { punt: bij(8) }),
      vraag('ander', { categorieen: ['computer'] }),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({
      categorie: 'wandelen',
      tijdvak: 'WE-ochtend',
      leden: ['a', 'b', 'c'],
    });
    expect(g[0]!.straalKm).toBeLessThan(1);
  });

  it('suggests nothing for two people, or when no moment suits three', () => {
    expect(groepsvoorstellen([vraag('a'), vraag('b')])).toEqual([]);
    expect(
      groepsvoorstellen([
        vraag('a', { tijdvakken: ['MO-ochtend'] }),
        vraag('b', { tijdvakken: ['TU-ochtend'] }),
        vraag('c', { tijdvakken: ['WE-ochtend'] }),
      ]),
    ).toEqual([]);
  });

  it('has no moment when nobody named one, and splits large crowds', () => {
    const veel = Array.from({ length: 7 }, (_, i) =>
      vraag(`p${i}`, { tijdvakken: [], punt: bij(i * 0.1) }),
    );
    const g = groepsvoorstellen(veel, { maxGrootte: 4 });
    expect(g.map((x) => x.leden.length)).toEqual([4, 3]);
    expect(g[0]!.tijdvak).toBeNull();
  });

  it('property: every group fits (size, category, distance, a shared moment) and is deterministic', () => {
    const arb = fc.array(
      fc.record({
        km: fc.double({ min: 0, max: 6, noNaN: true }),
        oost: fc.double({ min: 0, max: 0.05, noNaN: true }),
        categorieen: fc.subarray(HULPCATEGORIE_CODES.slice(0, 3), { minLength: 1 }),
        tijdvakken: fc.subarray(TIJDVAKKEN.slice(0, 4)),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const vragen = xs.map((x, i) =>
          vraag(`q${i}`, {
            punt: { lat: bij(x.km).lat, lon: STEIN.lon + x.oost },
            categorieen: x.categorieen,
            tijdvakken: x.tijdvakken,
          }),
        );
        const per = new Map(vragen.map((v) => [v.id, v]));
        const groepen = groepsvoorstellen(vragen);
        const gebruikt = new Set<string>();
        for (const g of groepen) {
          expect(g.leden.length).toBeGreaterThanOrEqual(3);
          const leden = g.leden.map((id) => per.get(id)!);
          for (const l of leden) {
            expect(l.categorieen).toContain(g.categorie);
            if (g.tijdvak)
              expect(l.tijdvakken.length === 0 || l.tijdvakken.includes(g.tijdvak)).toBe(true);
            else expect(l.tijdvakken).toEqual([]);
            expect(afstandKm(leden[0]!.punt, l.punt)).toBeLessThanOrEqual(2 + 1e-9);
            const sleutel = `${g.categorie}:${l.id}`;
            expect(gebruikt.has(sleutel)).toBe(false);
            gebruikt.add(sleutel);
          }
        }
        expect(groepsvoorstellen(vragen)).toEqual(groepen);
      }),
      { numRuns: 200 },
    );
  });
});
