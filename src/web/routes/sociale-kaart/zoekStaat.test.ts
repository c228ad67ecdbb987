import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAGEN,
  KOSTEN_SOORTEN,
  TOEGANKELIJKHEID,
  zoekQuerySchema,
} from '../../../server/modules/sociale-kaart/model.ts';
import {
  apiQuery,
  bewaarPersoonlijk,
  DAG_CODES,
  type Filters,
  filtersNaarUrl,
  filtersUitUrl,
  formatAfstand,
  formatBedrag,
  KOSTEN_CODES,
  LEEG_PERSOONLIJK,
  LEGE_FILTERS,
  leesPersoonlijk,
  routeLink,
  STRALEN_KM,
  TOEGANKELIJKHEID_CODES,
} from './zoekStaat.ts';

const code = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const filters: fc.Arbitrary<Filters> = fc.record({
  straalKm: fc.constantFrom(...STRALEN_KM),
  levensdomein: fc.uniqueArray(code, { maxLength: 3 }),
  hulpvorm: fc.uniqueArray(code, { maxLength: 3 }),
  doelgroep: fc.uniqueArray(code, { maxLength: 3 }),
  kosten: fc.uniqueArray(fc.constantFrom(...KOSTEN_CODES)),
  toegankelijkheid: fc.uniqueArray(fc.constantFrom(...TOEGANKELIJKHEID_CODES)),
  nuOpen: fc.boolean(),
  dag: fc.option(fc.constantFrom(...DAG_CODES), { nil: null }),
  zonderVerwijzing: fc.boolean(),
  pagina: fc.integer({ min: 1, max: 1000 }),
});

describe('sociale kaart search state', () => {
  it('uses the same codes as the server', () => {
    expect([...KOSTEN_CODES]).toEqual([...KOSTEN_SOORTEN]);
    expect([...TOEGANKELIJKHEID_CODES]).toEqual([...TOEGANKELIJKHEID]);
    expect([...DAG_CODES]).toEqual([...DAGEN]);
  });

  it('reads back every filter it writes to the address', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(filtersUitUrl(new URLSearchParams(filtersNaarUrl(f).toString()))).toEqual(f);
      }),
    );
  });

  it('never puts the personal part in the page address', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const url = filtersNaarUrl(f);
        for (const sleutel of ['tekst', 'postcode', 'lat', 'lon', 'leeftijd']) {
          expect(url.has(sleutel)).toBe(false);
        }
      }),
    );
    expect(filtersNaarUrl(LEGE_FILTERS).toString()).toBe('');
  });

  it('ignores odd values in the address', () => {
    const f = filtersUitUrl(
      new URLSearchParams('straalKm=7&kosten=duur,gratis&dag=XX&pagina=-1&levensdomein=A;B'),
    );
    expect(f).toEqual({ ...LEGE_FILTERS, kosten: ['gratis'] });
  });

  it('builds an API query the server accepts, with the place and the radius', () => {
    fc.assert(
      fc.property(filters, fc.string({ maxLength: 50 }), (f, tekst) => {
        const query = apiQuery(f, { ...LEEG_PERSOONLIJK, tekst, postcode: '6171 AB' });
        const params = new URLSearchParams(query);
        const raw: Record<string, string | string[]> = {};
        for (const [k, v] of params) raw[k] = params.getAll(k).length > 1 ? params.getAll(k) : v;
        expect(zoekQuerySchema.safeParse(raw).success).toBe(true);
        expect(params.get('postcode')).toBe('6171 AB');
        expect(params.get('straalKm')).toBe(String(f.straalKm));
      }),
    );
    const zonderPlaats = new URLSearchParams(
      apiQuery({ ...LEGE_FILTERS, straalKm: 10 }, { ...LEEG_PERSOONLIJK, tekst: 'kookclub' }),
    );
    expect(zonderPlaats.has('straalKm')).toBe(false);
    expect(zonderPlaats.get('tekst')).toBe('kookclub');
    const punt = new URLSearchParams(
      apiQuery(LEGE_FILTERS, {
        ...LEEG_PERSOONLIJK,
        postcode: '6171',
        punt: { lat: 50.968612, lon: 5.76521 },
        leeftijd: '70',
      }),
    );
    expect(punt.get('lat')).toBe('50.9686');
    expect(punt.has('postcode')).toBe(false);
    expect(punt.get('leeftijd')).toBe('70');
  });

  it('shows distances the Dutch way', () => {
    expect(formatAfstand(2.1, 'nl')).toBe('2,1 km');
    expect(formatAfstand(2.1, 'en')).toBe('2.1 km');
    expect(formatAfstand(12, 'nl')).toBe('12,0 km');
    expect(formatAfstand(0.2, 'nl')).toBe('200 m');
    expect(formatAfstand(0, 'nl')).toBe('100 m');
    expect(formatBedrag(2.5, 'nl').replace(/\s/g, ' ')).toBe('€ 2,50');
  });

  it('links to a route planner by point only', () => {
    expect(routeLink(50.9686, 5.7652)).toBe(
      'https://www.openstreetmap.org/directions?route=%3B50.96860%2C5.76520#map=17/50.96860/5.76520',
    );
  });

  it('keeps the personal part in session storage and survives broken storage', () => {
    const opslag = new Map<string, string>();
    const storage = {
      getItem: (k: string) => opslag.get(k) ?? null,
      setItem: (k: string, v: string) => void opslag.set(k, v),
    };
    const p = { tekst: 'eenzaam', postcode: '6171', punt: { lat: 51, lon: 5.7 }, leeftijd: '70' };
    bewaarPersoonlijk(storage, p);
    expect(leesPersoonlijk(storage)).toEqual(p);
    opslag.set('kring.socialeKaart.zoekvraag', '{kapot');
    expect(leesPersoonlijk(storage)).toEqual(LEEG_PERSOONLIJK);
    expect(leesPersoonlijk(undefined)).toEqual(LEEG_PERSOONLIJK);
    bewaarPersoonlijk(
      {
        setItem: () => {
          throw new Error('quota');
        },
      },
      p,
    );
  });
});
