import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { apiRoutes, type MatrixContext, verwachtVoor } from './matrix.ts';
import { ALLE_RIJEN } from './rows/index.ts';
import { maakWereld, ROLLEN, type Wereld } from './wereld.ts';

/**
 * Route × role matrix (issue 3): every route of /api/v1 with every kind of caller, checking
 * the status. Access is enforced in services; this proves it from the outside. A route
 * without a row fails the first test: add one in test/matrix/rows/<module>.ts.
 */
let t: TestApp;
let w: Wereld;
let ctx: MatrixContext;
/** The matrix sends more requests than the rate limit allows one address: one address each. */
let adres = 0;
const nieuwAdres = () => {
  adres++;
  return `10.${adres >> 16}.${(adres >> 8) & 255}.${adres & 255}`;
};

beforeAll(async () => {
  t = await createTestApp();
  w = await maakWereld(t);
  const als: MatrixContext['als'] = async (rol, method, url, payload) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: await w.headers(rol),
      remoteAddress: nieuwAdres(),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  ctx = {
    t,
    w,
    als,
    async nieuwePersoon() {
      const res = await als('professional-team', 'POST', '/api/v1/personen', {
        naam: 'Nieuwe Persoon',
        grondslag: 'Wmo 2015',
        categorieen: ['contact'],
      });
      if (res.statusCode !== 201) throw new Error(`fixture: ${res.statusCode}`);
      return res.json().id;
    },
  };
});
afterAll(() => t.close());

describe('route × role matrix', () => {
  it('has a row for every route of the API, and no row for a route that is gone', () => {
    const routes = apiRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(20);
    const metRij = new Set(ALLE_RIJEN.map((r) => r.route));
    expect(
      routes.filter((r) => !metRij.has(r)),
      'routes without a matrix row',
    ).toEqual([]);
    expect(
      [...metRij].filter((r) => !routes.includes(r)),
      'matrix rows for routes that do not exist',
    ).toEqual([]);
    expect(ALLE_RIJEN.length, 'one row per route').toBe(metRij.size);
  });

  it.each(ALLE_RIJEN.map((r) => [r.route, r] as const))('%s', async (_route, rij) => {
    const [method, template] = rij.route.split(' ') as [string, string];
    const fouten: string[] = [];
    for (const rol of ROLLEN) {
      const verzoek = (await rij.verzoek?.(ctx, rol)) ?? {};
      const url = verzoek.url ?? template.replace(':id', w.persoonId);
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        headers: verzoek.headers ?? (await w.headers(rol)),
        remoteAddress: nieuwAdres(),
        ...(verzoek.payload === undefined ? {} : { payload: verzoek.payload as object }),
      });
      const verwacht = verwachtVoor(rij, rol);
      if (res.statusCode !== verwacht) {
        fouten.push(`${rol}: ${res.statusCode} (expected ${verwacht}) ${res.body.slice(0, 160)}`);
      }
      if (res.statusCode === 403) expect(res.json().code).toBe('KRING_GEEN_TOEGANG');
    }
    expect(fouten).toEqual([]);
  });
});
