import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakDemoKaart } from '../src/server/demo/sociale-kaart-demo.ts';
import type { KaartImportRapport } from '../src/server/modules/hsds/model.ts';
import type { KaartImport } from '../src/server/modules/sociale-kaart/model.ts';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls, type TestLogin } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

const schema = (naam: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../src/server/modules/hsds/schemas/${naam}.json`, import.meta.url),
      'utf8',
    ),
  );
const fixture = (naam: string) =>
  readFileSync(new URL(`./fixtures/hsds/${naam}.json`, import.meta.url), 'utf8');

const ajv = new Ajv2020({ strict: false, allErrors: false });
ajvFormats.default(ajv);
for (const naam of [
  'service',
  'service_list',
  'organization',
  'organization_list',
  'service_at_location_list',
]) {
  ajv.addSchema(schema(naam), naam);
}
// the plain (not compiled) schemas refer to each other by file name
for (const naam of ['metadata', 'taxonomy', 'taxonomy_term'])
  ajv.addSchema(schema(naam), `${naam}.json`);
const paginaVan = (item: string) =>
  ajv.compile({
    type: 'object',
    required: [
      'total_items',
      'total_pages',
      'page_number',
      'size',
      'first_page',
      'last_page',
      'empty',
      'contents',
    ],
    properties: {
      total_items: { type: 'integer' },
      total_pages: { type: 'integer' },
      page_number: { type: 'integer' },
      size: { type: 'integer' },
      first_page: { type: 'boolean' },
      last_page: { type: 'boolean' },
      empty: { type: 'boolean' },
      contents: { type: 'array', items: { $ref: item } },
    },
  });
const V = {
  service: ajv.getSchema('service')!,
  organization: ajv.getSchema('organization')!,
  services: paginaVan('service_list'),
  organizations: paginaVan('organization_list'),
  serviceAtLocations: paginaVan('service_at_location_list'),
  taxonomies: paginaVan('taxonomy.json'),
  taxonomyTerms: paginaVan('taxonomy_term.json'),
  serviceListItem: ajv.getSchema('service_list')!,
};
function geldig(validate: (typeof V)['service'], body: unknown, wat: string) {
  const ok = validate(body);
  expect(ok, `${wat}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

let t: TestApp;
let stein: { id: number };
let houten: { id: number };
let redacteur: TestLogin;
let inwoner: TestLogin;
const STEIN = 'stein.example.nl';
const HOUTEN = 'houten.example.nl';
const demo = maakDemoKaart();

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: [STEIN] });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: [HOUTEN],
  });
  await t.services.socialeKaart.importeer(stein.id, demo);
  const scope = new GemeenteScope(t.database.db, stein.id);
  const red = (await t.services.accounts.create({ email: 'red@stein.example', naam: 'Red' })).id;
  const inw = (await t.services.accounts.create({ email: 'ans@stein.example', naam: 'Ans' })).id;
  await t.services.accounts.grantRole(scope, red, { rol: 'redacteur' });
  await t.services.accounts.grantRole(scope, inw, { rol: 'inwoner' });
  redacteur = await loginAls(t, { gemeenteId: stein.id, accountId: red, host: STEIN });
  inwoner = await loginAls(t, { gemeenteId: stein.id, accountId: inw, host: STEIN });
}, 60_000);
afterAll(() => t.close());

async function hsds<T = Record<string, unknown>>(pad: string, host = STEIN) {
  const res = await t.app.inject({ method: 'GET', url: `/hsds${pad}`, headers: { host } });
  return {
    status: res.statusCode,
    headers: res.headers,
    text: res.body,
    body: (res.headers['content-type']?.toString().includes('json') &&
    !res.headers['content-type'].toString().includes('ndjson')
      ? res.json()
      : null) as T,
  };
}
type Pagina = {
  total_items: number;
  total_pages: number;
  contents: Record<string, unknown>[];
  last_page: boolean;
};

describe('HSDS 3.0 API on the demo data', () => {
  it('GET /hsds/ gives the version and the OpenAPI url, with open CORS, outside /api/v1', async () => {
    const res = await hsds('/');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: '3.0' });
    expect(String(res.body.openapi_url)).toMatch(/^https:\/\/.+openapi\.json$/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const doc = await t.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: { host: STEIN },
    });
    expect(Object.keys(doc.json().paths).some((p) => p.includes('hsds'))).toBe(false);
    // the /api/v1 document does list the editor's import
    expect(Object.keys(doc.json().paths)).toContain('/kaart-imports');
  });

  it('lists every published service, paged, each page valid; each service valid in full', async () => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const res = await hsds<Pagina>(`/services?page=${page}&per_page=50`);
      expect(res.status).toBe(200);
      geldig(V.services, res.body, `services page ${page}`);
      ids.push(...res.body.contents.map((c) => String(c.id)));
      if (res.body.last_page) break;
    }
    expect(ids.length).toBe(demo.aanbod.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const res = await hsds(`/services/${id}`);
      expect(res.status).toBe(200);
      geldig(V.service, res.body, `service ${id}`);
    }
  }, 120_000);

  it('organisations, taxonomies and terms are valid; filters work', async () => {
    const orgs = await hsds<Pagina>('/organizations?per_page=100');
    geldig(V.organizations, orgs.body, 'organizations');
    expect(orgs.body.total_items).toBe(demo.organisaties.length);
    for (const o of orgs.body.contents.slice(0, 10)) {
      const res = await hsds(`/organizations/${o.id}`);
      geldig(V.organization, res.body, `organization ${o.id}`);
    }
    const tax = await hsds<Pagina>('/taxonomies');
    geldig(V.taxonomies, tax.body, 'taxonomies');
    expect(tax.body.total_items).toBe(3);
    const termen = await hsds<Pagina>('/taxonomy_terms?per_page=100');
    geldig(V.taxonomyTerms, termen.body, 'taxonomy_terms');
    const term = termen.body.contents.find((x) => x.taxonomy === 'levensdomein')!;
    const perTerm = await hsds<Pagina>(`/services?taxonomy_term_id=${term.id}&per_page=100`);
    geldig(V.services, perTerm.body, 'services by term');
    for (const s of perTerm.body.contents) {
      const vol = (await hsds<{ attributes: { taxonomy_term_id: string }[] }>(`/services/${s.id}`))
        .body;
      expect(vol.attributes.map((a) => a.taxonomy_term_id)).toContain(term.id);
    }
    const org = orgs.body.contents[0]!;
    const perOrg = await hsds<Pagina>(`/services?organization_id=${org.id}&per_page=100`);
    expect(perOrg.body.contents.every((s) => s.organization_id === org.id)).toBe(true);
    const kook = await hsds<Pagina>('/services?search=kookclub');
    expect(kook.body.total_items).toBeGreaterThan(0);
    const toekomst = await hsds<Pagina>('/services?modified_after=2999-01-01T00:00:00Z');
    expect(toekomst.body).toMatchObject({ total_items: 0, empty: true, contents: [] });
    const nu = await hsds<Pagina>('/services?modified_after=2000-01-01');
    expect(nu.body.total_items).toBe(demo.aanbod.length);
  });

  it('service_at_locations near a postcode within the proximity, also as NDJSON', async () => {
    const res = await hsds<Pagina>(
      '/service_at_locations?postcode=6171&proximity=5000&per_page=100',
    );
    expect(res.status).toBe(200);
    geldig(V.serviceAtLocations, res.body, 'service_at_locations');
    expect(res.body.total_items).toBeGreaterThan(0);
    const ver = await hsds<Pagina>('/service_at_locations?postcode=1011&proximity=5000');
    expect(ver.body.total_items).toBe(0);
    const nd = await hsds(
      '/service_at_locations?postcode=6171&proximity=5000&per_page=100&format=ndjson',
    );
    expect(nd.headers['content-type']).toContain('application/x-ndjson');
    const regels = nd.text
      .trim()
      .split('\n')
      .map((r) => JSON.parse(r));
    expect(regels.length).toBe(res.body.contents.length);
    for (const r of regels) geldig(ajv.getSchema('service_at_location_list')!, r, 'ndjson line');
  });

  it('never shows a confidential address: only the contact route', async () => {
    const geheim = demo.locaties.find((l) => l.vertrouwelijk)!;
    const aanbod = demo.aanbod.filter((a) => a.locatieExternId === geheim.externId);
    expect(aanbod.length).toBeGreaterThan(0);
    const alles: string[] = [];
    for (let page = 1; ; page++) {
      const res = await hsds<Pagina>(`/services?page=${page}&per_page=100`);
      for (const s of res.body.contents) alles.push((await hsds(`/services/${s.id}`)).text);
      if (res.body.last_page) break;
    }
    alles.push((await hsds('/service_at_locations?per_page=100')).text);
    alles.push((await hsds('/service_at_locations?per_page=100&page=2')).text);
    const tekst = alles.join('\n');
    expect(tekst).not.toContain(geheim.adres);
    // the location of the shelter: a name and the contact route, no point and no address
    const plekken = alles
      .flatMap((x) =>
        [...x.matchAll(/"location":(\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})/g)].map((m) => m[1]!),
      )
      .filter((l) => l.includes(`"name":"${geheim.naam}"`));
    expect(plekken.length).toBeGreaterThan(0);
    for (const l of plekken) {
      expect(l).not.toContain('latitude');
      expect(l).not.toContain('addresses');
    }
    expect(tekst).toContain(geheim.contactroute!.slice(0, 30));
  }, 120_000);

  it('is per gemeente by host name and 404s an unknown id', async () => {
    const h = await hsds<Pagina>('/services', HOUTEN);
    expect(h.body.total_items).toBe(0);
    const s = await hsds<Pagina>('/services?per_page=1');
    expect((await hsds(`/services/${s.body.contents[0]!.id}`, HOUTEN)).status).toBe(404);
  });
});

describe('import and export', () => {
  const importeer = (gemeenteId: number, formaat: 'hsds' | 'csv', inhoud: string, extra = {}) =>
    t.services.hsds.importeer(gemeenteId, { formaat, inhoud, ...extra }, null);

  it('imports the HSDS example files cleanly; importing again updates instead of duplicating', async () => {
    const g = await t.services.gemeenten.create({
      code: 'GM0001',
      naam: 'Voorbeeld',
      hostnamen: ['vb.example.nl'],
    });
    for (const f of [
      'service_full',
      'service_list',
      'organization_full',
      'organization_list',
      'service_at_location_full',
      'service_at_location_list',
    ]) {
      const proef = await importeer(g.id, 'hsds', fixture(f));
      expect(proef.fouten, f).toEqual([]);
      expect(proef.geimporteerd).toBe(false);
      const echt = await importeer(g.id, 'hsds', fixture(f), { proefdraai: false });
      expect(echt.geimporteerd, f).toBe(true);
    }
    const eerst = await t.app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { host: 'vb.example.nl' },
    });
    const aantal = eerst.json().total_items;
    expect(aantal).toBe(1); // every example describes the same service (same id)
    await importeer(g.id, 'hsds', fixture('service_full'), { proefdraai: false });
    const daarna = await t.app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { host: 'vb.example.nl' },
    });
    expect(daarna.json().total_items).toBe(aantal);
    const s = daarna.json().contents[0];
    const vol = await t.app.inject({
      method: 'GET',
      url: `/hsds/services/${s.id}`,
      headers: { host: 'vb.example.nl' },
    });
    geldig(V.service, vol.json(), 'imported example');
    expect(vol.json().name).toBe('Community Counselling');
    // non-service documents give a warning, not a crash
    const leeg = await importeer(g.id, 'hsds', fixture('taxonomy_list'));
    expect(leeg.rijen).toBe(0);
    expect(leeg.waarschuwingen.length).toBe(1);
  });

  it('exports CSV and HSDS; both import into another gemeente with the same entries, twice without duplicates', async () => {
    const csv = await t.services.hsds.exporteer(stein.id, 'csv');
    expect(csv.split('\r\n')[0]).toContain('aanbod_id,naam,soort');
    const geheim = demo.locaties.find((l) => l.vertrouwelijk)!;
    expect(csv).not.toContain(geheim.adres);
    // the confidential entry cannot be re-imported without its address: a row error
    const proef = await importeer(houten.id, 'csv', csv);
    expect(proef.fouten.length).toBeGreaterThan(0);
    expect(proef.fouten.every((f) => f.veld.startsWith('locatie.'))).toBe(true);
    expect(JSON.stringify(proef.fouten)).not.toContain(geheim.contactroute!);
    const deel = await importeer(houten.id, 'csv', csv, { proefdraai: false, gedeeltelijk: true });
    expect(deel.geimporteerd).toBe(true);
    const nogmaals = await importeer(houten.id, 'csv', csv, {
      proefdraai: false,
      gedeeltelijk: true,
    });
    expect(nogmaals.goed).toBe(deel.goed);
    const h = await t.app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { host: HOUTEN },
    });
    expect(h.json().total_items).toBe(deel.goed);

    const json = await t.services.hsds.exporteer(stein.id, 'hsds');
    const lijst = JSON.parse(json) as unknown[];
    expect(lijst.length).toBe(demo.aanbod.length);
    for (const s of lijst.slice(0, 20)) geldig(V.service, s, 'exported service');
    const g = await t.services.gemeenten.create({
      code: 'GM0002',
      naam: 'Kopie',
      hostnamen: ['kopie.example.nl'],
    });
    const r = await importeer(g.id, 'hsds', json, { proefdraai: false });
    expect(r.fouten).toEqual([]);
    expect(r.geimporteerd).toBe(true);
    const k = await t.app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { host: 'kopie.example.nl' },
    });
    expect(k.json().total_items).toBe(demo.aanbod.length);
  }, 120_000);

  it('a dry run reports every row-level error and imports nothing; partial import takes the good rows', async () => {
    const kop =
      'aanbod_id,naam,soort,beschrijving,kosten,levensdomeinen,rooster,organisatie_id,organisatie_naam,locatie_id,locatie_naam,adres,postcode,plaats,lat,lon';
    const csv = [
      kop,
      'a1,Kookclub Zuid,activiteit,Samen koken.,gratis,,WEEKLY TU 17:00-19:00,o1,Buurthuis,l1,Buurthuis,Straat 1,6171 AB,Stein,50.97,5.76',
      'a2,,activiteit,Zonder naam.,gratis,,,o1,Buurthuis,,,,,,,',
      'a3,Wandelen,activiteit,Lopen.,soms,,elke dinsdag,o1,Buurthuis,l2,Plek,Straat 2,ABCD,Stein,50.97,5.76',
      'a4,Fietsen,activiteit,Fietsen.,gratis,onbekend-domein,,o1,Buurthuis,,,,,,,',
    ].join('\n');
    const g = await t.services.gemeenten.create({
      code: 'GM0003',
      naam: 'Fouten',
      hostnamen: ['fout.example.nl'],
    });
    const r = await importeer(g.id, 'csv', csv, { proefdraai: false });
    expect(r.geimporteerd).toBe(false);
    expect(r.goed).toBe(1);
    const velden = r.fouten.map((f) => `${f.rij}:${f.veld}`);
    expect(velden).toContain('3:aanbod.inhoud.naam');
    expect(velden).toContain('4:aanbod.inhoud.kosten.soort');
    expect(velden).toContain('4:aanbod.inhoud.roosters');
    expect(velden).toContain('4:locatie.postcode');
    expect(velden).toContain('5:aanbod.inhoud.levensdomeinen.0');
    const leeg = await t.app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { host: 'fout.example.nl' },
    });
    expect(leeg.json().total_items).toBe(0);
    const deel = await importeer(g.id, 'csv', csv, { proefdraai: false, gedeeltelijk: true });
    expect(deel.geimporteerd).toBe(true);
    const een = await t.app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { host: 'fout.example.nl' },
    });
    expect(een.json().total_items).toBe(1);
  });

  it('the upload API is for the redacteur only', async () => {
    const body = { formaat: 'hsds', inhoud: fixture('service_full') };
    const nee = await t.app.inject({
      method: 'POST',
      url: '/api/v1/kaart-imports',
      headers: inwoner.headers,
      payload: body,
    });
    expect(nee.statusCode).toBe(403);
    const anoniem = await t.app.inject({
      method: 'POST',
      url: '/api/v1/kaart-imports',
      headers: { host: STEIN },
      payload: body,
    });
    expect(anoniem.statusCode).toBe(401);
    const ja = await t.app.inject({
      method: 'POST',
      url: '/api/v1/kaart-imports',
      headers: redacteur.headers,
      payload: body,
    });
    expect(ja.statusCode).toBe(200);
    const rapport = ja.json() as KaartImportRapport;
    expect(rapport).toMatchObject({
      proefdraai: true,
      geimporteerd: false,
      rijen: 1,
      goed: 1,
      fouten: [],
    });
  });
});

describe('random entries', () => {
  it('every randomly generated entry reads back as valid HSDS', async () => {
    const g = await t.services.gemeenten.create({
      code: 'GM0004',
      naam: 'Random',
      hostnamen: ['random.example.nl'],
    });
    const tekst = (min: number, max: number) =>
      fc
        .string({ minLength: min, maxLength: max, unit: 'grapheme' })
        .filter((s) => s.trim().length >= min);
    const rooster = fc.oneof(
      fc.record({
        freq: fc.constant('WEEKLY' as const),
        byday: fc.constantFrom('MO', 'TU,TH', 'SA'),
        opensAt: fc.constantFrom('09:00', null),
        closesAt: fc.constantFrom('17:30', null),
      }),
      fc.record({
        freq: fc.constant('MONTHLY' as const),
        byday: fc.constantFrom('1TU', '-1FR'),
        interval: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({ dtstart: fc.constantFrom('2025-06-01', '2026-12-24'), gesloten: fc.boolean() }),
    );
    const entry = fc.record({
      naam: tekst(1, 80),
      beschrijving: tekst(1, 400),
      naamEn: fc.option(tekst(1, 40)),
      soort: fc.constantFrom('dienst', 'activiteit', 'groep', 'evenement'),
      kosten: fc.record({
        soort: fc.constantFrom('gratis', 'vast', 'inkomensafhankelijk'),
        bedrag: fc.option(fc.integer({ min: 0, max: 500 })),
      }),
      toegankelijkheid: fc.uniqueArray(
        fc.constantFrom('rolstoel', 'ringleiding', 'stille-ruimte'),
        { maxLength: 3 },
      ),
      levensdomeinen: fc.uniqueArray(fc.constantFrom('sociaal-netwerk', 'financien', 'wonen'), {
        maxLength: 2,
      }),
      minimumLeeftijd: fc.option(fc.integer({ min: 0, max: 60 })),
      contact: fc.record({
        telefoon: fc.option(fc.constant('046 123 45 67')),
        email: fc.option(fc.constantFrom('info@kookclub.nl', 'a.b@example.org')),
        website: fc.option(fc.webUrl({ validSchemes: ['https'] })),
      }),
      roosters: fc.array(rooster, { maxLength: 3 }),
      vertrouwelijk: fc.boolean(),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(entry, async (e) => {
        n++;
        const { vertrouwelijk, ...inhoud } = e;
        const data: KaartImport = {
          organisaties: [
            {
              externId: `o${n}`,
              naam: `Organisatie ${n}`,
              soort: 'overig',
              email: 'x@example.org',
            },
          ],
          locaties: [
            {
              externId: `l${n}`,
              organisatieExternId: `o${n}`,
              naam: 'Plek',
              adres: `Geheimstraat ${n}`,
              postcode: '6171 AB',
              plaats: 'Stein',
              lat: 50.97,
              lon: 5.76,
              vertrouwelijk,
              contactroute: vertrouwelijk ? 'Bel 0800 2000' : null,
            },
          ],
          aanbod: [
            {
              externId: `a${n}`,
              organisatieExternId: `o${n}`,
              locatieExternId: `l${n}`,
              inhoud: inhoud as never,
            },
          ],
        };
        await t.services.socialeKaart.importeer(g.id, data);
        const lijst = await t.app.inject({
          method: 'GET',
          url: `/hsds/services?organization_id=${(await t.services.hsds.organizations(g.id, { page: 1, per_page: 100, format: 'json' })).contents.find((o) => o.name === `Organisatie ${n}`)!.id}`,
          headers: { host: 'random.example.nl' },
        });
        geldig(V.services, lijst.json(), 'random list');
        const id = lijst.json().contents[0].id;
        const vol = await t.app.inject({
          method: 'GET',
          url: `/hsds/services/${id}`,
          headers: { host: 'random.example.nl' },
        });
        geldig(V.service, vol.json(), 'random service');
        expect(vol.body.includes(`Geheimstraat ${n}`)).toBe(!vertrouwelijk);
      }),
      { numRuns: 25, seed: 4 },
    );
  }, 120_000);
});
