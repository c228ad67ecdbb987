import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BEHEERDE_ORGANISATIE, maakDemoKaart } from '../src/server/demo/sociale-kaart-demo.ts';
import type {
  Aanbod,
  Bewerking,
  Historie,
  ModeratieLijst,
  Voorstel,
  ZoekResultaat,
} from '../src/server/modules/sociale-kaart/model.ts';
import { afstandKm } from '../src/server/modules/sociale-kaart/postcodes.ts';
import { amsterdamMoment, isOpen } from '../src/server/modules/sociale-kaart/rooster.ts';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls, type TestLogin } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
let stein: { id: number };
let houten: { id: number };
let orgIds: Record<string, string>;
let beheerder: TestLogin;
let andereBeheerder: TestLogin;
let redacteur: TestLogin;
let inwoner: TestLogin;
let beheerderId: string;

const STEIN = 'stein.example.nl';
const HOUTEN = 'houten.example.nl';
const STEIN_6171 = { lat: 50.9686, lon: 5.7676 };

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: [STEIN] });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: [HOUTEN],
  });
  const kaart = await t.services.socialeKaart.importeer(stein.id, maakDemoKaart());
  orgIds = kaart.organisatieIds;
  const scope = new GemeenteScope(t.database.db, stein.id);
  const maak = async (email: string, naam: string) =>
    (await t.services.accounts.create({ email, naam })).id;
  beheerderId = await maak('karin@pollepel.example', 'Karin Willems');
  const ander = await maak('piet@wandel.example', 'Piet');
  const red = await maak('tom@stein.example', 'Tom Peters');
  const inw = await maak('ans@example.nl', 'Ans');
  await t.services.accounts.grantRole(scope, beheerderId, {
    rol: 'organisatiebeheerder',
    organisatieId: orgIds[DEMO_BEHEERDE_ORGANISATIE]!,
  });
  await t.services.accounts.grantRole(scope, ander, {
    rol: 'organisatiebeheerder',
    organisatieId: orgIds['org-wandel']!,
  });
  await t.services.accounts.grantRole(scope, red, { rol: 'redacteur' });
  await t.services.accounts.grantRole(scope, inw, { rol: 'inwoner' });
  const als = (accountId: string) => loginAls(t, { gemeenteId: stein.id, accountId, host: STEIN });
  beheerder = await als(beheerderId);
  andereBeheerder = await als(ander);
  redacteur = await als(red);
  inwoner = await als(inw);
});
afterAll(() => t.close());

async function api<T = Record<string, unknown>>(
  method: string,
  url: string,
  login?: TestLogin,
  payload?: unknown,
  host = STEIN,
) {
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers: login?.headers ?? { host },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  return { status: res.statusCode, body: res.json() as T & { invalidParams?: { name: string }[] } };
}

const zoek = async (query: string) => {
  const res = await api<ZoekResultaat>('GET', `/aanbod?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const namen = (r: ZoekResultaat) => r.treffers.map((x) => x.naam);

describe('demo content', () => {
  it('has at least 150 published entries over the Stein area, re-import changes nothing', async () => {
    const alles = await zoek('paginaGrootte=1');
    expect(alles.totaal).toBeGreaterThanOrEqual(150);
    const opnieuw = await t.services.socialeKaart.importeer(stein.id, maakDemoKaart());
    expect(opnieuw.organisaties).toBe(Object.keys(orgIds).length);
    expect((await zoek('paginaGrootte=1')).totaal).toBe(alles.totaal);
  });

  it('belongs to its gemeente only', async () => {
    const res = await api<ZoekResultaat>(
      'GET',
      '/aanbod?paginaGrootte=1',
      undefined,
      undefined,
      HOUTEN,
    );
    expect(res.body.totaal).toBe(0);
  });
});

describe('search', () => {
  it('finds by Dutch stem and prefix: "fiets" finds "fietsen", "kook" finds the kookclubs', async () => {
    expect(namen(await zoek('tekst=fiets'))).toContain('Fietsmaatjes op de duofiets');
    expect(namen(await zoek('tekst=fietsen'))).toContain('Fietsmaatjes op de duofiets');
    const kook = namen(await zoek('tekst=kook&paginaGrootte=50'));
    expect(kook).toContain('Kookclub Stein');
    expect(kook).toContain('Kookclub Elsloo');
  });

  it('tolerates a small typo', async () => {
    expect(namen(await zoek('tekst=kokclub&paginaGrootte=50'))).toContain('Kookclub Stein');
    expect(namen(await zoek('tekst=wandelgroup&paginaGrootte=50'))).toContain('Wandelgroep Stein');
  });

  it('understands synonyms: "eenzaam" finds contact and meeting places', async () => {
    const r = await zoek('tekst=eenzaam&paginaGrootte=100');
    expect(r.totaal).toBeGreaterThan(5);
    expect(namen(r)).toContain('Een maatje voor samen op stap');
    expect(namen(r).some((n) => n.startsWith('Inloop en koffie'))).toBe(true);
  });

  it('ranks the name above a mention in the text', async () => {
    const r = await zoek('tekst=schulden');
    expect(r.treffers[0]?.naam).toMatch(/^Hulp bij geldzorgen/);
  });

  it('measures from a postcode, keeps the radius and sorts by distance', async () => {
    const r = await zoek('tekst=kookclub&postcode=6171&straalKm=5&paginaGrootte=50');
    expect(r.zoekpunt).toMatchObject({ plaats: 'Stein' });
    expect(r.totaal).toBeGreaterThan(2);
    const afstanden = r.treffers.map((x) => x.afstandKm!);
    expect(afstanden.every((a) => a !== null && a <= 5)).toBe(true);
    expect([...afstanden].sort((a, b) => a - b)).toEqual(afstanden);
    expect(r.treffers[0]?.naam).toBe('Kookclub Stein');
    // The distance is right (within rounding) for what the API says is the point.
    for (const x of r.treffers) {
      expect(
        Math.abs(afstandKm(STEIN_6171, { lat: x.lat!, lon: x.lon! }) - x.afstandKm!),
      ).toBeLessThan(0.1);
    }
    // Sweikhuizen is more than 5 km from Stein.
    expect(namen(r)).not.toContain('Kookclub Sweikhuizen');
    const full = await zoek('tekst=kookclub&postcode=6171%20AB&straalKm=5&paginaGrootte=50');
    expect(full.totaal).toBe(r.totaal);
  });

  it('accepts the browser location instead of a postcode', async () => {
    const r = await zoek(`tekst=kookclub&lat=${STEIN_6171.lat}&lon=${STEIN_6171.lon}&straalKm=5`);
    expect(r.treffers[0]?.naam).toBe('Kookclub Stein');
  });

  it('gives the English name and summary with a result when the entry has them', async () => {
    const r = await zoek('tekst=wandelgroep&paginaGrootte=50');
    const metEngels = r.treffers.filter((x) => x.naamEn !== null);
    expect(metEngels.length).toBeGreaterThan(0);
    for (const x of metEngels) expect(x.samenvattingEn).toEqual(expect.any(String));
    const demo = maakDemoKaart().aanbod.find((a) => a.inhoud.naam === metEngels[0]!.naam)!;
    expect(metEngels[0]!.naamEn).toBe(demo.inhoud.naamEn);
    // Without an English text: null, and the web app shows the Dutch one.
    const kook = await zoek('paginaGrootte=100');
    expect(kook.treffers.some((x) => x.naamEn === null && x.samenvattingEn === null)).toBe(true);
  });

  it('refuses an unknown postcode with problem details', async () => {
    const res = await api('GET', '/aanbod?postcode=1000');
    expect(res.status).toBe(400);
    expect(res.body.invalidParams?.map((p) => p.name)).toEqual(['query.postcode']);
  });

  it('filters (free, wheelchair, no referral, age, taxonomy) and counts facets', async () => {
    const alles = await zoek('paginaGrootte=1');
    const gratis = await zoek('kosten=gratis&paginaGrootte=1');
    expect(gratis.totaal).toBe(alles.facetten.kosten.find((k) => k.code === 'gratis')!.aantal);
    const beide = await zoek('kosten=gratis&toegankelijkheid=rolstoel&paginaGrootte=100');
    expect(beide.totaal).toBe(
      gratis.facetten.toegankelijkheid.find((k) => k.code === 'rolstoel')!.aantal,
    );
    expect(
      beide.treffers.every((x) => x.kosten === 'gratis' && x.toegankelijkheid.includes('rolstoel')),
    ).toBe(true);
    // Facet counts describe the filtered set.
    expect(beide.facetten.kosten.find((k) => k.code === 'vast')!.aantal).toBe(0);

    const zonder = await zoek('zonderVerwijzing=true&paginaGrootte=100&tekst=dagbesteding');
    expect(namen(zonder).some((n) => n.startsWith('Dagbesteding voor ouderen'))).toBe(false);
    expect(alles.facetten.zonderVerwijzing).toBeGreaterThan(100);

    const jong = await zoek('leeftijd=15&paginaGrootte=100');
    expect(namen(jong)).toContain('Jongerencentrum De Basis');
    expect(namen(jong)).not.toContain('Walking football');

    const financien = await zoek('levensdomein=financien&paginaGrootte=100');
    expect(financien.totaal).toBe(
      alles.facetten.levensdomein.find((l) => l.code === 'financien')!.aantal,
    );
    expect(alles.facetten.levensdomein.map((l) => l.code)).toHaveLength(8);
    const twee = await zoek('doelgroep=jongeren,kinderen&paginaGrootte=1');
    expect(twee.totaal).toBeGreaterThanOrEqual(3);
  });

  it('lists problems for every invalid filter at once', async () => {
    const res = await api('GET', '/aanbod?kosten=duur&toegankelijkheid=lift&paginaGrootte=500');
    expect(res.status).toBe(400);
    expect(res.body.invalidParams?.map((p) => p.name).sort()).toEqual([
      'query.kosten.0',
      'query.paginaGrootte',
      'query.toegankelijkheid.0',
    ]);
  });

  it('"nu open" and a day follow the schedules in Europe/Amsterdam time', async () => {
    const open = await zoek('nuOpen=true&paginaGrootte=100');
    // Compare with the pure implementation on every entry's schedule.
    const moment = amsterdamMoment(new Date());
    const alles = await zoek('paginaGrootte=100');
    const verwacht: string[] = [];
    for (let pagina = 1; pagina <= Math.ceil(alles.totaal / 100); pagina++) {
      const deel = await zoek(`paginaGrootte=100&pagina=${pagina}`);
      for (const x of deel.treffers) {
        const a = (await api<Aanbod>('GET', `/aanbod/${x.id}`)).body;
        if (isOpen(a.roosters, moment)) verwacht.push(a.id);
      }
    }
    expect(open.treffers.map((x) => x.id).sort()).toEqual(verwacht.sort());
    // The shelter is open day and night, so "nu open" is never empty.
    expect(open.totaal).toBeGreaterThan(0);
    const dinsdag = await zoek('dag=TU&tekst=kookclub&paginaGrootte=50');
    expect(namen(dinsdag)).toContain('Kookclub Stein');
  });

  it('never returns a confidential address, not in search and not in the detail', async () => {
    const r = await zoek('tekst=huiselijk%20geweld&postcode=6171&straalKm=10');
    const opvang = r.treffers.find((x) => x.naam === 'Opvang bij huiselijk geweld')!;
    expect(opvang).toBeDefined();
    expect(opvang.lat).toBeNull();
    expect(opvang.lon).toBeNull();
    expect(opvang.afstandKm).toBeNull();
    const detail = await api('GET', `/aanbod/${opvang.id}`);
    const tekst = JSON.stringify(detail.body);
    const echt = maakDemoKaart().locaties.find((l) => l.externId === 'loc-opvang')!;
    expect(tekst).not.toContain(echt.adres);
    expect(tekst).not.toContain(echt.postcode);
    expect(tekst).not.toContain(String(echt.lat));
    expect(tekst).toContain('0800 2000');
    expect((detail.body as unknown as Aanbod).locatie).toMatchObject({
      vertrouwelijk: true,
      adres: null,
      lat: null,
    });
    const org = await api('GET', `/aanbieders/${orgIds['org-opvang']}`);
    expect(JSON.stringify(org.body)).not.toContain(echt.adres);
  });
});

describe('detail and organisation', () => {
  it('shows the schedule in words, costs and the organisation with its partners', async () => {
    const r = await zoek('tekst=kookclub&postcode=6171');
    const detail = (await api<Aanbod>('GET', `/aanbod/${r.treffers[0]!.id}`)).body;
    expect(detail.roosters.map((x) => x.inWoorden)).toEqual(['elke dinsdag 17:00–19:30']);
    expect(detail.roosters[0]!.inWoordenEn).toBe('every Tuesday 17:00–19:30');
    expect(detail.kosten.soort).toBe('gratis');
    expect(detail.locatie?.adres).toMatch(/Kerkstraat/);
    const org = (
      await api<{ samenwerkingen: { partner: { naam: string } }[] }>(
        'GET',
        `/aanbieders/${orgIds['org-samen-stein']}`,
      )
    ).body;
    expect(org.samenwerkingen.map((s) => s.partner.naam)).toContain('Wijkteam Stein');
    // Both directions: the wijkteam sees Samen Stein as a partner too.
    const wijkteam = (
      await api<{ samenwerkingen: { partner: { naam: string } }[] }>(
        'GET',
        `/aanbieders/${orgIds['org-wijkteam']}`,
      )
    ).body;
    expect(wijkteam.samenwerkingen.map((s) => s.partner.naam)).toContain('Welzijn Samen Stein');
  });

  it('has the default taxonomies with the 8 life domains', async () => {
    const r = await api<{ taxonomieen: { code: string; termen: unknown[] }[] }>(
      'GET',
      '/taxonomieen',
    );
    expect(r.body.taxonomieen.find((x) => x.code === 'levensdomein')?.termen).toHaveLength(8);
    const h = await api<{ taxonomieen: unknown[] }>(
      'GET',
      '/taxonomieen',
      undefined,
      undefined,
      HOUTEN,
    );
    expect(h.body.taxonomieen).toHaveLength(3);
  });
});

describe('editing and moderation', () => {
  async function kookclubStein(): Promise<string> {
    const r = await zoek('tekst=kookclub&postcode=6171');
    return r.treffers[0]!.id;
  }

  it('an organisation admin edits, the editor publishes, the history shows both', async () => {
    const id = await kookclubStein();
    const bewerking = (await api<Bewerking>('GET', `/aanbod/${id}/bewerking`, beheerder)).body;
    expect(bewerking.voorstel).toBeNull();
    const nieuw = {
      ...bewerking.inhoud,
      beschrijving: `${bewerking.inhoud.beschrijving} Neem een schort mee.`,
      roosters: [{ freq: 'WEEKLY', byday: 'WE', opensAt: '17:30', closesAt: '20:00' }],
    };
    const opgeslagen = await api<Bewerking>('PUT', `/aanbod/${id}/bewerking`, beheerder, nieuw);
    expect(opgeslagen.status).toBe(200);
    expect(opgeslagen.body.voorstel?.status).toBe('concept');
    // Not public yet.
    expect((await api<Aanbod>('GET', `/aanbod/${id}`)).body.roosters[0]!.inWoorden).toBe(
      'elke dinsdag 17:00–19:30',
    );
    const ingediend = await api<Bewerking>('POST', `/aanbod/${id}/bewerking/indienen`, beheerder);
    expect(ingediend.body.voorstel?.status).toBe('ingediend');

    const rij = (await api<ModeratieLijst>('GET', '/moderatie/voorstellen', redacteur)).body;
    const voorstel = rij.voorstellen.find((v) => v.aanbodId === id)!;
    expect(voorstel.verschillen.map((v) => v.label).sort()).toEqual(['Beschrijving', 'Wanneer']);
    const wanneer = voorstel.verschillen.find((v) => v.veld === 'roosters')!;
    expect(wanneer).toMatchObject({
      oud: 'elke dinsdag 17:00–19:30',
      nieuw: 'elke woensdag 17:30–20:00',
    });

    const gepubliceerd = await api<Voorstel>(
      'POST',
      `/moderatie/voorstellen/${voorstel.id}/publiceren`,
      redacteur,
    );
    expect(gepubliceerd.status).toBe(200);
    expect(gepubliceerd.body.status).toBe('gepubliceerd');
    const publiek = (await api<Aanbod>('GET', `/aanbod/${id}`)).body;
    expect(publiek.roosters[0]!.inWoorden).toBe('elke woensdag 17:30–20:00');
    expect(publiek.beschrijving).toMatch(/Neem een schort mee\.$/);
    expect(Date.now() - Date.parse(publiek.laatstGecontroleerdOp)).toBeLessThan(60_000);

    const historie = (await api<Historie>('GET', `/aanbod/${id}/historie`, beheerder)).body.items;
    expect(historie[0]).toMatchObject({ actie: 'gepubliceerd', door: 'Tom Peters' });
    expect(historie.find((h) => h.actie === 'ingediend')).toMatchObject({ door: 'Karin Willems' });
    expect(historie.find((h) => h.veld === 'roosters')).toMatchObject({
      actie: 'gewijzigd',
      door: 'Karin Willems',
      oudeWaarde: 'elke dinsdag 17:00–19:30',
      nieuweWaarde: 'elke woensdag 17:30–20:00',
    });
  });

  it('the editor returns a change with a comment; the admin fixes and resubmits', async () => {
    const id = (await zoek('tekst=kookclub&postcode=6181')).treffers[0]!.id;
    const b = (await api<Bewerking>('GET', `/aanbod/${id}/bewerking`, beheerder)).body;
    await api('PUT', `/aanbod/${id}/bewerking`, beheerder, {
      ...b.inhoud,
      naam: 'Kookclub Elsloo aan de Maas',
    });
    const ingediend = await api<Bewerking>('POST', `/aanbod/${id}/bewerking/indienen`, beheerder);
    const voorstelId = ingediend.body.voorstel!.id;
    const leeg = await api('POST', `/moderatie/voorstellen/${voorstelId}/terugsturen`, redacteur, {
      opmerking: '',
    });
    expect(leeg.status).toBe(400);
    const terug = await api<Voorstel>(
      'POST',
      `/moderatie/voorstellen/${voorstelId}/terugsturen`,
      redacteur,
      {
        opmerking: 'Zet de tijden erbij.',
      },
    );
    expect(terug.body).toMatchObject({
      status: 'teruggestuurd',
      opmerking: 'Zet de tijden erbij.',
    });
    // Publishing a returned change is not possible.
    expect(
      (await api('POST', `/moderatie/voorstellen/${voorstelId}/publiceren`, redacteur)).status,
    ).toBe(409);
    const zicht = (await api<Bewerking>('GET', `/aanbod/${id}/bewerking`, beheerder)).body;
    expect(zicht.voorstel).toMatchObject({
      status: 'teruggestuurd',
      opmerking: 'Zet de tijden erbij.',
    });
    expect(zicht.inhoud.naam).toBe('Kookclub Elsloo aan de Maas');
    await api('PUT', `/aanbod/${id}/bewerking`, beheerder, {
      ...zicht.inhoud,
      aanmelden: 'Bel ons.',
    });
    const weer = await api<Bewerking>('POST', `/aanbod/${id}/bewerking/indienen`, beheerder);
    expect(weer.body.voorstel?.status).toBe('ingediend');
    const historie = (await api<Historie>('GET', `/aanbod/${id}/historie`, redacteur)).body.items;
    expect(historie.find((h) => h.actie === 'teruggestuurd')?.opmerking).toBe(
      'Zet de tijden erbij.',
    );
  });

  it('checks access: own organisation only, editor-only moderation, login needed', async () => {
    const id = await kookclubStein();
    expect((await api('GET', `/aanbod/${id}/bewerking`, andereBeheerder)).status).toBe(403);
    expect((await api('GET', `/aanbod/${id}/bewerking`, inwoner)).status).toBe(403);
    expect((await api('GET', `/aanbod/${id}/bewerking`)).status).toBe(401);
    expect((await api('GET', '/moderatie/voorstellen', beheerder)).status).toBe(403);
    expect((await api('GET', '/mijn-aanbod', inwoner)).status).toBe(403);
    const mijn = (
      await api<{ aanbod: { organisatie: { id: string } }[] }>('GET', '/mijn-aanbod', beheerder)
    ).body;
    expect(mijn.aanbod.length).toBe(7);
    expect(new Set(mijn.aanbod.map((a) => a.organisatie.id))).toEqual(
      new Set([orgIds[DEMO_BEHEERDE_ORGANISATIE]]),
    );
    // A location of another organisation cannot be chosen.
    const b = (await api<Bewerking>('GET', `/aanbod/${id}/bewerking`, beheerder)).body;
    const vreemd = await api('PUT', `/aanbod/${id}/bewerking`, beheerder, {
      ...b.inhoud,
      locatieId: (
        await api<Aanbod>('GET', `/aanbod/${(await zoek('tekst=jongerencentrum')).treffers[0]!.id}`)
      ).body.locatie!.id,
      levensdomeinen: ['bestaat-niet'],
    });
    expect(vreemd.status).toBe(400);
    expect(vreemd.body.invalidParams?.map((p) => p.name).sort()).toEqual([
      'body.levensdomeinen.0',
      'body.locatieId',
    ]);
  });

  it('a new entry stays hidden until published', async () => {
    const res = await api<Bewerking>('POST', '/aanbod', beheerder, {
      organisatieId: orgIds[DEMO_BEHEERDE_ORGANISATIE],
      inhoud: {
        naam: 'Soepmiddag Pollepel',
        soort: 'evenement',
        beschrijving: 'Samen soep maken en eten.',
        kosten: { soort: 'gratis' },
        roosters: [{ dtstart: '2027-01-16', opensAt: '12:00', closesAt: '14:00' }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.gepubliceerd).toBe(false);
    expect((await api('GET', `/aanbod/${res.body.aanbodId}`)).status).toBe(404);
    expect((await zoek('tekst=soepmiddag')).totaal).toBe(0);
    const ingediend = await api<Bewerking>(
      'POST',
      `/aanbod/${res.body.aanbodId}/bewerking/indienen`,
      beheerder,
    );
    const v = (
      await api<Voorstel>('GET', `/moderatie/voorstellen/${ingediend.body.voorstel!.id}`, redacteur)
    ).body;
    expect(v.nieuwAanbod).toBe(true);
    await api('POST', `/moderatie/voorstellen/${v.id}/publiceren`, redacteur);
    const gevonden = await zoek('tekst=soepmiddag');
    expect(gevonden.totaal).toBe(1);
    const detail = (await api<Aanbod>('GET', `/aanbod/${res.body.aanbodId}`)).body;
    expect(detail.roosters[0]!.inWoorden).toBe('op zaterdag 16 januari 2027 12:00–14:00');
  });

  it('writes nothing when a step fails halfway (one transaction)', async () => {
    const id = await kookclubStein();
    const voor = (await api<Historie>('GET', `/aanbod/${id}/historie`, beheerder)).body.items
      .length;
    const fout = await api('PUT', `/aanbod/${id}/bewerking`, beheerder, {
      naam: 'x',
      soort: 'groep',
      beschrijving: 'x',
      kosten: { soort: 'gratis' },
      hulpvormen: ['onbekend'],
    });
    expect(fout.status).toBe(400);
    expect(
      (await api<Bewerking>('GET', `/aanbod/${id}/bewerking`, beheerder)).body.voorstel,
    ).toBeNull();
    expect(
      (await api<Historie>('GET', `/aanbod/${id}/historie`, beheerder)).body.items,
    ).toHaveLength(voor);
  });
});

describe('freshness', () => {
  it('shows stale entries to the editor and reminds organisation admins once per six months', async () => {
    const rij = (await api<ModeratieLijst>('GET', '/moderatie/voorstellen', redacteur)).body;
    expect(rij.verouderd.length).toBeGreaterThan(0);
    const stale = rij.verouderd[0]!;
    expect(Date.now() - Date.parse(stale.laatstGecontroleerdOp)).toBeGreaterThan(180 * 86_400_000);

    // Give the stale entry's organisation an admin with an e-mail address.
    const scope = new GemeenteScope(t.database.db, stein.id);
    const admin = (await t.services.accounts.create({ email: 'oud@example.org', naam: 'Oud' })).id;
    await t.services.accounts.grantRole(scope, admin, {
      rol: 'organisatiebeheerder',
      organisatieId: stale.organisatie.id,
    });

    const voor = t.mailer.outbox!.length;
    const aantal = await t.services.socialeKaart.herinnerVerouderd(stein.id);
    expect(aantal).toBeGreaterThan(0);
    const mails = t.mailer.outbox!.slice(voor).join('\n');
    expect(mails).toContain('oud@example.org');
    expect(mails).toContain('Klopt uw informatie op de sociale kaart nog?');
    const herinneringen = await t.services.socialeKaart.herinneringen(stein.id);
    expect(herinneringen.find((h) => h.organisatie_id === stale.organisatie.id)).toMatchObject({
      per_mail: true,
    });
    // A second run does not remind again.
    expect(await t.services.socialeKaart.herinnerVerouderd(stein.id)).toBe(0);

    // "Still correct" takes it out of the stale list.
    const admLogin = await loginAls(t, { gemeenteId: stein.id, accountId: admin, host: STEIN });
    const bevestigd = await api<Aanbod>('POST', `/aanbod/${stale.id}/controles`, admLogin);
    expect(bevestigd.status).toBe(200);
    expect(bevestigd.body.verouderd).toBe(false);
    const na = (await api<ModeratieLijst>('GET', '/moderatie/voorstellen', redacteur)).body;
    expect(na.verouderd.map((v) => v.id)).not.toContain(stale.id);
    // Confirming is in the history, too.
    const h = (await api<Historie>('GET', `/aanbod/${stale.id}/historie`, admLogin)).body.items;
    expect(h[0]).toMatchObject({ actie: 'gecontroleerd', door: 'Oud' });
  });
});

describe('for the HSDS API', () => {
  it('lists published entries in full, paged', async () => {
    const eerste = await t.services.socialeKaart.lijstGepubliceerd(stein.id, {
      pagina: 1,
      paginaGrootte: 50,
    });
    expect(eerste.aanbod).toHaveLength(50);
    expect(eerste.totaal).toBeGreaterThanOrEqual(150);
    const tweede = await t.services.socialeKaart.lijstGepubliceerd(stein.id, {
      pagina: 2,
      paginaGrootte: 50,
    });
    expect(new Set([...eerste.aanbod, ...tweede.aanbod].map((a) => a.id)).size).toBe(100);
    const recent = await t.services.socialeKaart.lijstGepubliceerd(stein.id, {
      pagina: 1,
      paginaGrootte: 50,
      gewijzigdNa: new Date(Date.now() - 60_000),
    });
    expect(recent.totaal).toBeGreaterThan(0);
    expect(houten.id).toBeGreaterThan(0);
  });
});
