import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls } from './helpers/login.ts';
import { startTestSmtp, type TestSmtp } from './helpers/smtp.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * Eén loket (issue 5) through the HTTP app: a resident asks for help once, the gemeente's
 * rules route it, the coordinator checks it and proposes a volunteer, both say yes and only
 * then see each other's contact details; a request on three life domains goes to the
 * wijkteam; messages with an e-mail notice; making and deleting an account.
 */
const STEIN = 'stein.example.nl';

let t: TestApp;
let smtp: TestSmtp;
let steinId: number;
const org: Record<string, string> = {};
const acc: Record<string, string> = {};
let adres = 0;

type Json = Record<string, unknown> & {
  code?: string;
  invalidParams?: { name: string; reason: string }[];
  // biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
  [k: string]: any;
};

async function headers(wie: string): Promise<Record<string, string>> {
  return (await loginAls(t, { gemeenteId: steinId, accountId: acc[wie]!, host: STEIN })).headers;
}

async function api(wie: string | undefined, method: string, url: string, payload?: unknown) {
  adres++;
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers: wie ? await headers(wie) : { host: STEIN },
    remoteAddress: `10.9.${adres >> 8}.${adres & 255}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json, res };
}

const BOODSCHAPPEN = {
  voorWie: 'mijzelf',
  categorieen: ['boodschappen'],
  hoeVaak: 'elke-week',
  tijdvakken: ['MO-ochtend', 'WE-middag'],
  postcode: '6171 ab',
  urgentie: 'kan-wachten',
  zorgen: false,
  voorkeuren: { talen: ['nl'], geslacht: 'geen', zelfdeLeeftijd: false },
};

const BRAM = {
  categorieen: ['boodschappen', 'gezelschap'],
  postcode: '6171 AC',
  straalKm: 5,
  tijdvakken: ['MO-ochtend'],
  urenPerWeek: 3,
  talen: ['nl'],
  soort: 'regelmatig',
  vogStatus: 'geen',
  contact: { telefoonnummer: '06 12 34 56 78', eMailadres: 'bram@voorbeeld.nl' },
  toestemming: true,
};

async function verstuurdeVraag(wie: string, antwoorden: object = BOODSCHAPPEN) {
  const concept = await api(wie, 'POST', '/mijn/hulpvragen', {
    antwoorden,
    verhaal: { gaatGoed: 'Ik kook nog zelf.', kanBieden: ['taal'], doetGraag: 'Puzzelen' },
    contact: { telefoonnummer: '046 765 43 21' },
  });
  expect(concept.status, JSON.stringify(concept.body)).toBe(201);
  const sent = await api(wie, 'POST', `/mijn/hulpvragen/${concept.body.id}/verzending`, {
    toestemming: true,
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ smtpUrl: smtp.url });
  const stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: [STEIN],
  });
  steinId = stein.id;
  const scope = new GemeenteScope(t.database.db, steinId);
  for (const [k, naam, soort] of [
    ['vrijwilligers', 'Vrijwilligerscentrale Stein', 'vrijwilligersorganisatie'],
    ['wijkteam', 'Wijkteam Stein', 'wijkteam'],
  ] as const) {
    org[k] = (
      await t.database.db
        .insertInto('organisaties')
        .values({ gemeente_id: steinId, naam, soort })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const maak = async (k: string, naam: string, rol?: object) => {
    acc[k] = (await t.services.accounts.create({ email: `${k}@loket.example`, naam })).id;
    await t.services.accounts.grantRole(scope, acc[k]!, (rol ?? { rol: 'inwoner' }) as never);
  };
  await maak('ans', 'Ans Janssen');
  await maak('bram', 'Bram de Vries');
  await maak('kees', 'Kees Smeets');
  await maak('marieke', 'Marieke Hermans', {
    rol: 'professional',
    functie: 'vrijwilligerscoordinator',
    organisatieId: org.vrijwilligers,
  });
  await maak('joost', 'Joost Custers', {
    rol: 'professional',
    functie: 'vrijwilligerscoordinator',
    organisatieId: org.vrijwilligers,
  });
  await maak('sanne', 'Sanne Bakker', {
    rol: 'professional',
    functie: 'wijkteam',
    organisatieId: org.wijkteam,
  });
  await maak('ruud', 'Ruud Claessen', { rol: 'functioneel-beheerder' });
});
afterAll(async () => {
  if (process.env.KRING_TEST_LOGS)
    console.log(t.logs.filter((l) => l.includes('"err"')).join('\n'));
  await t.close();
  await smtp.close();
});

describe('the routing rules', () => {
  it('a gemeente without receivers says so when a resident sends', async () => {
    const concept = await api('kees', 'POST', '/mijn/hulpvragen', { antwoorden: BOODSCHAPPEN });
    const sent = await api('kees', 'POST', `/mijn/hulpvragen/${concept.body.id}/verzending`, {
      toestemming: true,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(409);
    expect(sent.body.detail).toMatch(/Bel of bezoek het loket/);
    // Nothing half-written: still a concept, no consent.
    expect((await api('kees', 'GET', '/mijn/hulpvragen')).body.hulpvragen[0].status).toBe(
      'concept',
    );
    expect((await api('kees', 'GET', '/mijn/toestemmingen')).body.toestemmingen).toEqual([]);
  });

  it('the functioneel beheerder sets them; unknown organisations are refused per field', async () => {
    const fout = await api('ruud', 'PUT', '/gemeente/loketregels', {
      vrijwilligersOrganisatieId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams?.[0]?.name).toBe('body.vrijwilligersOrganisatieId');
    const goed = await api('ruud', 'PUT', '/gemeente/loketregels', {
      vrijwilligersOrganisatieId: org.vrijwilligers,
      wijkteamOrganisatieId: org.wijkteam,
      categorieen: { gezelschap: { vogVerplicht: true } },
    });
    expect(goed.status).toBe(200);
    expect(goed.body.intakeVanafLevensdomeinen).toBe(2);
    expect((await api('marieke', 'GET', '/gemeente/loketregels')).status).toBe(403);
  });

  it('previews where a request goes and by when, without storing anything', async () => {
    const eenvoudig = await api(undefined, 'POST', '/hulpvraag-routeringen', {
      categorieen: ['boodschappen'],
    });
    expect(eenvoudig.body).toMatchObject({
      route: 'vrijwilligers',
      organisatie: { id: org.vrijwilligers, naam: 'Vrijwilligerscentrale Stein' },
      reactieWerkdagen: 5,
    });
    expect(eenvoudig.body.reactieVoor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const zwaar = await api(undefined, 'POST', '/hulpvraag-routeringen', {
      categorieen: ['boodschappen', 'geldzorgen', 'somber'],
    });
    expect(zwaar.body).toMatchObject({
      route: 'wijkteam',
      organisatie: { naam: 'Wijkteam Stein' },
      levensdomeinen: ['huishouden', 'financien', 'gezondheid'],
    });
    const cat = await api(undefined, 'GET', '/hulpcategorieen');
    expect(cat.body.categorieen.find((c: Json) => c.code === 'gezelschap').vogVerplicht).toBe(true);
  });
});

describe('asking for help once', () => {
  it('lists every missing answer at once and leaves the concept as it was', async () => {
    const concept = await api('ans', 'POST', '/mijn/hulpvragen', {
      antwoorden: { voorWie: 'naaste', categorieen: [] },
    });
    expect(concept.status).toBe(201);
    expect(concept.body.status).toBe('concept');
    const zonder = await api('ans', 'POST', `/mijn/hulpvragen/${concept.body.id}/verzending`, {});
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams?.map((p) => p.name)).toEqual(['body.toestemming']);
    const leeg = await api('ans', 'POST', `/mijn/hulpvragen/${concept.body.id}/verzending`, {
      toestemming: true,
    });
    expect(leeg.status).toBe(400);
    expect(leeg.body.invalidParams?.map((p) => p.name)).toEqual([
      'antwoorden.naaste.naam',
      'antwoorden.categorieen',
      'antwoorden.hoeVaak',
      'antwoorden.postcode',
      'antwoorden.urgentie',
    ]);
    expect((await api('ans', 'DELETE', `/mijn/hulpvragen/${concept.body.id}`)).status).toBe(204);
  });

  it('refuses bad answers per field (postcode, category, grid cell)', async () => {
    const fout = await api('ans', 'POST', '/mijn/hulpvragen', {
      antwoorden: { postcode: '123', categorieen: ['dansen'], tijdvakken: ['MA-ochtend'] },
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams?.map((p) => p.name).sort()).toEqual([
      'body.antwoorden.categorieen.0',
      'body.antwoorden.postcode',
      'body.antwoorden.tijdvakken.0',
    ]);
  });

  it('sends a simple request to the volunteer pool with consent, and keeps the story once', async () => {
    const h = await verstuurdeVraag('ans');
    expect(h).toMatchObject({
      status: 'ingediend',
      antwoorden: { postcode: '6171 AB', categorieen: ['boodschappen'] },
      routering: { route: 'vrijwilligers', organisatie: { naam: 'Vrijwilligerscentrale Stein' } },
    });
    const mijn = await api('ans', 'GET', '/mijn/hulpvragen');
    expect(mijn.body.verhaal).toEqual({
      gaatGoed: 'Ik kook nog zelf.',
      kanBieden: ['taal'],
      kanBiedenToelichting: '',
      doetGraag: 'Puzzelen',
    });
    expect(mijn.body.contact).toMatchObject({
      telefoonnummer: '046 765 43 21',
      postcode: '6171 AB',
    });
    const toestemmingen = (await api('ans', 'GET', '/mijn/toestemmingen')).body.toestemmingen;
    expect(toestemmingen).toMatchObject([
      {
        organisatie: 'Vrijwilligerscentrale Stein',
        categorieen: ['contact', 'intake'],
        actief: true,
      },
    ]);
    // Sent once: it cannot be changed or sent again.
    expect((await api('ans', 'PUT', `/mijn/hulpvragen/${h.id}`, { antwoorden: {} })).status).toBe(
      409,
    );
    // Someone else's request does not exist for another resident.
    expect((await api('kees', 'DELETE', `/mijn/hulpvragen/${h.id}`)).status).toBe(404);
  });

  it('a request on three life domains becomes an intake request for the wijkteam only', async () => {
    const h = await verstuurdeVraag('kees', {
      ...BOODSCHAPPEN,
      categorieen: ['boodschappen', 'geldzorgen', 'somber'],
    });
    expect(h.routering).toMatchObject({
      route: 'wijkteam',
      redenen: ['levensdomeinen', 'niet-eenvoudig'],
    });
    const wijkteam = await api('sanne', 'GET', '/loket/hulpvragen?route=wijkteam');
    expect(wijkteam.body.hulpvragen.map((v: Json) => v.id)).toContain(h.id);
    const item = wijkteam.body.hulpvragen.find((v: Json) => v.id === h.id);
    expect(item).toMatchObject({ naam: 'Kees Smeets', route: 'wijkteam', status: 'ingediend' });
    expect(item.levensdomeinen).toEqual(['huishouden', 'financien', 'gezondheid']);
    // The volunteer centre does not see it: the consent is to the wijkteam.
    const coordinator = await api('marieke', 'GET', '/loket/hulpvragen?status=alle');
    expect(coordinator.body.hulpvragen.map((v: Json) => v.id)).not.toContain(h.id);
    expect((await api('marieke', 'POST', `/loket/hulpvragen/${h.id}/behandeling`)).status).toBe(
      403,
    );
    // An intake request never goes to the volunteer pool.
    expect((await api('sanne', 'POST', `/loket/hulpvragen/${h.id}/behandeling`)).status).toBe(200);
    const naarPool = await api('sanne', 'POST', `/loket/hulpvragen/${h.id}/beoordeling`, {
      besluit: 'naar-matching',
    });
    expect(naarPool.status).toBe(409);
  });

  it('residents and volunteers may not read the queue', async () => {
    expect((await api('ans', 'GET', '/loket/hulpvragen')).status).toBe(403);
    expect((await api(undefined, 'GET', '/loket/hulpvragen')).status).toBe(401);
  });
});

describe('from a volunteer sign-up to a match both said yes to', () => {
  let hulpvraagId: string;
  let aanbodId: string;
  let koppelingId: string;

  it('the coordinator picks up the request; a colleague cannot decide on it', async () => {
    const h = (await api('ans', 'GET', '/mijn/hulpvragen')).body.hulpvragen.find(
      (v: Json) => v.status === 'ingediend',
    );
    hulpvraagId = h.id;
    const queue = await api('marieke', 'GET', '/loket/hulpvragen');
    expect(queue.body.hulpvragen.find((v: Json) => v.id === hulpvraagId)).toMatchObject({
      naam: 'Ans Janssen',
      contact: { telefoonnummer: '046 765 43 21' },
      verhaal: { doetGraag: 'Puzzelen' },
    });
    const opgepakt = await api('marieke', 'POST', `/loket/hulpvragen/${hulpvraagId}/behandeling`);
    expect(opgepakt.status).toBe(200);
    expect(opgepakt.body).toMatchObject({
      status: 'in-behandeling',
      behandelaar: { naam: 'Marieke Hermans' },
    });
    // Her colleague can read it (consent) but not pick it up twice or decide.
    const tweede = await api('joost', 'POST', `/loket/hulpvragen/${hulpvraagId}/behandeling`);
    expect(tweede.status).toBe(409);
    expect(tweede.body.detail).toMatch(/Marieke Hermans heeft deze hulpvraag al opgepakt/);
    expect(
      (
        await api('joost', 'POST', `/loket/hulpvragen/${hulpvraagId}/beoordeling`, {
          besluit: 'afronden',
        })
      ).status,
    ).toBe(403);
    const klaar = await api('marieke', 'POST', `/loket/hulpvragen/${hulpvraagId}/beoordeling`, {
      besluit: 'naar-matching',
      notitie: 'Eenvoudige vraag.',
    });
    expect(klaar.body.status).toBe('in-matching');
    // Ans sees who handles her request.
    const mijn = await api('ans', 'GET', '/mijn/hulpvragen');
    expect(mijn.body.hulpvragen.find((v: Json) => v.id === hulpvraagId).behandelaar).toEqual({
      naam: 'Marieke Hermans',
      organisatie: 'Vrijwilligerscentrale Stein',
    });
  });

  it('a volunteer signs up; approval needs a VOG for one-to-one work at home', async () => {
    const fout = await api('bram', 'POST', '/mijn/hulpaanbod', { ...BRAM, vogStatus: 'ontvangen' });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams?.[0]?.name).toBe('body.vogDatum');
    const aangemeld = await api('bram', 'POST', '/mijn/hulpaanbod', BRAM);
    expect(aangemeld.status).toBe(201);
    expect(aangemeld.body).toMatchObject({ status: 'aangemeld', vogGeldig: false });
    aanbodId = aangemeld.body.id;
    const lijst = await api('marieke', 'GET', '/loket/aanmeldingen?status=aangemeld');
    expect(lijst.body.aanmeldingen).toMatchObject([
      {
        id: aanbodId,
        naam: 'Bram de Vries',
        vogNodigVoor: ['gezelschap'],
        telefoonnummer: '06 12 34 56 78',
      },
    ]);
    const zonderVog = await api('marieke', 'POST', `/loket/aanmeldingen/${aanbodId}/beoordeling`, {
      besluit: 'goedkeuren',
    });
    expect(zonderVog.status).toBe(400);
    expect(zonderVog.body.invalidParams?.[0]?.name).toBe('body.vogStatus');
    expect((await api('bram', 'GET', '/mijn/hulpaanbod')).body.aanbod[0].status).toBe('aangemeld');
    const afwijzenZonderReden = await api(
      'marieke',
      'POST',
      `/loket/aanmeldingen/${aanbodId}/beoordeling`,
      {
        besluit: 'afwijzen',
      },
    );
    expect(afwijzenZonderReden.status).toBe(400);
    const goed = await api('marieke', 'POST', `/loket/aanmeldingen/${aanbodId}/beoordeling`, {
      besluit: 'goedkeuren',
      intakeNotitie: 'Fijn gesprek gehad.',
      vogStatus: 'ontvangen',
      vogDatum: '2026-01-10',
    });
    expect(goed.status).toBe(200);
    expect(goed.body).toMatchObject({
      status: 'goedgekeurd',
      vogGeldig: true,
      intakeNotitie: 'Fijn gesprek gehad.',
    });
    const rollen = await t.services.accounts.rolesOf(
      new GemeenteScope(t.database.db, steinId),
      acc.bram!,
    );
    expect(rollen.map((r) => r.rol).sort()).toEqual(['inwoner', 'vrijwilliger']);
    expect((await api('bram', 'GET', '/mijn/hulpaanbod')).body.aanbod[0].beoordeling).toMatchObject(
      {
        door: 'Marieke Hermans',
      },
    );
  });

  it('lists Bram as a fitting candidate and lets the coordinator propose him', async () => {
    const k = await api('marieke', 'GET', `/loket/hulpvragen/${hulpvraagId}/kandidaten`);
    expect(k.status).toBe(200);
    expect(k.body.kandidaten[0]).toMatchObject({
      aanbodId,
      naam: 'Bram de Vries',
      passend: true,
      gedeeldeCategorieen: ['boodschappen'],
      gedeeldeTijdvakken: 1,
    });
    const maak = await api('marieke', 'POST', '/loket/koppelingen', {
      hulpvraagId,
      aanbodId,
      toelichting: 'Bram woont dichtbij en doet graag boodschappen.',
    });
    expect(maak.status).toBe(201);
    expect(maak.body).toMatchObject({
      status: 'goedgekeurd',
      inwoner: 'Ans Janssen',
      vrijwilliger: 'Bram de Vries',
    });
    expect(maak.body.gebeurtenissen.map((g: Json) => g.status)).toEqual([
      'voorstel',
      'goedgekeurd',
    ]);
    koppelingId = maak.body.id;
    const nogEens = await api('marieke', 'POST', '/loket/koppelingen', {
      hulpvraagId,
      aanbodId,
      toelichting: 'Nog eens.',
    });
    expect(nogEens.status).toBe(409);
    // The proposal is mailed to Bram, without any detail of the request.
    const mail = await smtp.wachtOpMail('bram@loket.example');
    expect(mail.tekst).toMatch(/Er is een voorstel voor u in Kring/);
    expect(mail.tekst).not.toMatch(/Ans|boodschappen|6171/);
  });

  it('the volunteer answers first, then the resident; contact details only after both', async () => {
    // Ans does not see the proposal until Bram said yes, and cannot answer out of turn.
    expect((await api('ans', 'GET', '/mijn/koppelingen')).body.koppelingen).toEqual([]);
    expect(
      (await api('ans', 'POST', `/mijn/koppelingen/${koppelingId}/antwoord`, { akkoord: true }))
        .status,
    ).toBe(409);
    const bramZiet = (await api('bram', 'GET', '/mijn/koppelingen')).body.koppelingen[0];
    expect(bramZiet).toMatchObject({
      mijnKant: 'vrijwilliger',
      wachtOp: 'vrijwilliger',
      andereKant: { voornaam: null },
      hulpvraag: { categorieen: ['boodschappen'], plaats: '6171' },
      contact: null,
    });
    const nee = await api('bram', 'POST', `/mijn/koppelingen/${koppelingId}/antwoord`, {
      akkoord: false,
    });
    expect(nee.status).toBe(400);
    expect(nee.body.invalidParams?.[0]?.name).toBe('body.reden');
    const ja = await api('bram', 'POST', `/mijn/koppelingen/${koppelingId}/antwoord`, {
      akkoord: true,
    });
    expect(ja.status).toBe(200);
    expect(ja.body).toMatchObject({
      status: 'vrijwilliger-akkoord',
      wachtOp: 'inwoner',
      contact: null,
    });

    const ansZiet = (await api('ans', 'GET', '/mijn/koppelingen')).body.koppelingen[0];
    expect(ansZiet).toMatchObject({
      mijnKant: 'inwoner',
      andereKant: { voornaam: 'Bram' },
      toelichting: 'Bram woont dichtbij en doet graag boodschappen.',
      contact: null,
    });
    const ansJa = await api('ans', 'POST', `/mijn/koppelingen/${koppelingId}/antwoord`, {
      akkoord: true,
    });
    expect(ansJa.body).toMatchObject({
      status: 'kennismaking',
      contact: {
        naam: 'Bram de Vries',
        telefoonnummer: '06 12 34 56 78',
        eMailadres: 'bram@voorbeeld.nl',
      },
    });
    expect((await smtp.wachtOpMail('bram@loket.example')).tekst).toMatch(/allebei ja/);
    const bramNu = (await api('bram', 'GET', '/mijn/koppelingen')).body.koppelingen[0];
    expect(bramNu.contact).toEqual({
      naam: 'Ans Janssen',
      telefoonnummer: '046 765 43 21',
      eMailadres: null,
    });
    expect(bramNu.gebeurtenissen.map((g: Json) => g.status)).toEqual([
      'voorstel',
      'goedgekeurd',
      'vrijwilliger-akkoord',
      'kennismaking',
    ]);
    // No more answers once it is done.
    expect(
      (await api('bram', 'POST', `/mijn/koppelingen/${koppelingId}/antwoord`, { akkoord: true }))
        .status,
    ).toBe(409);
    expect(
      (await api('ans', 'GET', '/mijn/hulpvragen')).body.hulpvragen.find(
        (v: Json) => v.id === hulpvraagId,
      ).status,
    ).toBe('gekoppeld');
  });

  it('Ans sees in her access log that the volunteer looked at her contact details', async () => {
    const log = await api('ans', 'GET', '/mijn/toegangslog?paginaGrootte=100');
    const regels = log.body.regels as Json[];
    expect(
      regels.some(
        (r) =>
          r.rol === 'vrijwilliger' && r.categorie === 'contact' && r.grondslag === 'toestemming',
      ),
    ).toBe(true);
    expect(regels.some((r) => r.rol === 'professional' && r.categorie === 'intake')).toBe(true);
  });

  it('the two can send each other messages; the other gets a mail without the text', async () => {
    const g = await api('ans', 'POST', '/gesprekken', { koppelingId });
    expect(g.status).toBe(201);
    expect(g.body.deelnemers).toEqual(['Bram de Vries']);
    expect((await api('ans', 'POST', '/gesprekken', { koppelingId })).status).toBe(200);
    expect((await api('kees', 'GET', `/gesprekken/${g.body.id}`)).status).toBe(404);
    expect(
      (await api('ans', 'POST', `/gesprekken/${g.body.id}/berichten`, { tekst: ' ' })).status,
    ).toBe(400);
    const b = await api('ans', 'POST', `/gesprekken/${g.body.id}/berichten`, {
      tekst: 'Komt u maandag om tien uur?',
    });
    expect(b.status).toBe(201);
    const mail = await smtp.wachtOpMail('bram@loket.example');
    expect(mail.tekst).toMatch(/nieuw bericht/);
    expect(mail.tekst).not.toMatch(/maandag/);
    const lijst = await api('bram', 'GET', '/mijn/gesprekken');
    expect(lijst.body.gesprekken[0]).toMatchObject({ id: g.body.id, ongelezen: 1 });
    const lees = await api('bram', 'GET', `/gesprekken/${g.body.id}`);
    expect(lees.body.berichten).toMatchObject([
      { vanMij: false, naam: 'Ans Janssen', tekst: 'Komt u maandag om tien uur?' },
    ]);
    expect((await api('bram', 'GET', '/mijn/gesprekken')).body.gesprekken[0].ongelezen).toBe(0);
  });

  it('inzage holds the requests, the offer and the messages', async () => {
    const ans = (await api('ans', 'GET', '/mijn/gegevens')).body;
    expect(ans.overig.hulpvragen.hulpvragen.length).toBeGreaterThan(0);
    expect(ans.overig.berichten[0].tekst).toBe('Komt u maandag om tien uur?');
    const bram = (await api('bram', 'GET', '/mijn/gegevens')).body;
    expect(bram.overig.hulpaanbod[0].categorieen).toEqual(['boodschappen', 'gezelschap']);
  });
});

describe('making and deleting an account', () => {
  it('makes a resident account, logs in, and mails a confirmation link', async () => {
    const zwak = await api(undefined, 'POST', '/registraties', {
      naam: 'Lies',
      email: 'lies@voorbeeld.nl',
      wachtwoord: 'kort',
    });
    expect(zwak.status).toBe(400);
    expect(zwak.body.invalidParams?.[0]?.name).toBe('body.wachtwoord');
    const r = await api(undefined, 'POST', '/registraties', {
      naam: 'Lies Peters',
      email: 'Lies@Voorbeeld.nl',
      wachtwoord: 'een lange zin als wachtwoord',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ rollen: [{ rol: 'inwoner' }], tweedeFactor: 'niet-nodig' });
    const cookie = String(r.res.headers['set-cookie']).split(';')[0]!;
    const mijn = await t.app.inject({
      url: '/api/v1/mijn/hulpvragen',
      headers: { host: STEIN, cookie },
    });
    expect(mijn.json().contact).toMatchObject({
      naam: 'Lies Peters',
      eMailadres: 'lies@voorbeeld.nl',
    });
    const mail = await smtp.wachtOpMail('lies@voorbeeld.nl');
    expect(mail.tekst).toMatch(/email-bevestigen/);
    const dubbel = await api(undefined, 'POST', '/registraties', {
      naam: 'Lies',
      email: 'lies@voorbeeld.nl',
      wachtwoord: 'een lange zin als wachtwoord',
    });
    expect(dubbel.status).toBe(409);
  });

  it('a resident deletes their account: data erased as retention allows, login gone', async () => {
    const r = await api(undefined, 'POST', '/registraties', {
      naam: 'Piet Weg',
      email: 'piet@voorbeeld.nl',
      wachtwoord: 'een lange zin als wachtwoord',
    });
    const cookie = String(r.res.headers['set-cookie']).split(';')[0]!;
    const h = { host: STEIN, cookie, 'x-csrf-token': r.body.csrfToken as string };
    const concept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/mijn/hulpvragen',
      headers: h,
      payload: { antwoorden: { categorieen: ['tuin'] }, verhaal: { doetGraag: 'Vissen' } },
    });
    expect(concept.statusCode).toBe(201);
    const weg = await t.app.inject({ method: 'DELETE', url: '/api/v1/account', headers: h });
    expect(weg.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/mijn/hulpvragen', headers: h })).statusCode).toBe(
      401,
    );
    const inloggen = await api(undefined, 'POST', '/sessies', {
      email: 'piet@voorbeeld.nl',
      wachtwoord: 'een lange zin als wachtwoord',
    });
    expect(inloggen.status).toBe(401);
    const scope = new GemeenteScope(t.database.db, steinId);
    expect(
      await scope
        .selectFrom('hulpvragen')
        .select('id')
        .where('id', '=', concept.json().id)
        .execute(),
    ).toEqual([]);
    expect(
      await scope.selectFrom('verhalen').selectAll().where('doet_graag', '=', 'Vissen').execute(),
    ).toEqual([]);
    const account = await t.services.accounts.findByEmail('piet@voorbeeld.nl');
    expect(account).toBeUndefined();
    // Staff do not delete their own account here.
    expect((await api('marieke', 'DELETE', '/account')).status).toBe(403);
  });
});

describe('the optimiser over the pool', () => {
  it('proposes the best assignment with reasons in words; nothing is proposed until chosen', async () => {
    const scope = new GemeenteScope(t.database.db, steinId);
    // Two more residents in the pool, two more volunteers (one for walking only).
    for (const [k, naam] of [
      ['lies', 'Lies Peters'],
      ['noor', 'Noor Bakker'],
      ['wim', 'Wim Jansen'],
      ['els', 'Els Vos'],
    ] as const) {
      acc[k] = (await t.services.accounts.create({ email: `${k}@loket.example`, naam })).id;
      await t.services.accounts.grantRole(scope, acc[k]!, { rol: 'inwoner' });
    }
    const inPool = async (wie: string, categorieen: string[]) => {
      const h = await verstuurdeVraag(wie, { ...BOODSCHAPPEN, categorieen });
      await api('marieke', 'POST', `/loket/hulpvragen/${h.id}/behandeling`);
      await api('marieke', 'POST', `/loket/hulpvragen/${h.id}/beoordeling`, {
        besluit: 'naar-matching',
      });
      return h.id as string;
    };
    const lies = await inPool('lies', ['boodschappen']);
    const noor = await inPool('noor', ['wandelen']);
    for (const [wie, categorieen] of [
      ['wim', ['boodschappen', 'wandelen']],
      ['els', ['wandelen']],
    ] as const) {
      const a = await api(wie, 'POST', '/mijn/hulpaanbod', {
        ...BRAM,
        categorieen,
        contact: undefined,
      });
      await api('marieke', 'POST', `/loket/aanmeldingen/${a.body.id}/beoordeling`, {
        besluit: 'goedkeuren',
      });
    }
    const run = await api('marieke', 'POST', '/loket/optimalisaties');
    expect(run.status).toBe(200);
    // Ans's request is gekoppeld already: not in the pool.
    expect(run.body.voorstellen.map((v: Json) => v.hulpvraagId).sort()).toEqual(
      [lies, noor].sort(),
    );
    const perVraag = Object.fromEntries(run.body.voorstellen.map((v: Json) => [v.hulpvraagId, v]));
    // Wim is the only one for shopping, so walking goes to Els: both helped.
    expect(perVraag[lies], JSON.stringify(run.body)).toMatchObject({
      vrijwilliger: 'Wim Jansen',
      inwoner: 'Lies Peters',
    });
    expect(perVraag[noor]).toMatchObject({ vrijwilliger: 'Els Vos' });
    expect(perVraag[lies].uitleg).toMatch(/km, allebei: boodschappen/);
    expect(run.body.geholpen).toBe(2);
    expect(run.body.geholpen).toBeGreaterThanOrEqual(run.body.geholpenGretig);
    expect(run.body.geholpenHandmatig).toBe(0);
    expect((await api('marieke', 'GET', '/loket/koppelingen')).body.koppelingen).toHaveLength(1);
    // The coordinator proposes one of them with its explanation.
    const maak = await api('marieke', 'POST', '/loket/koppelingen', {
      hulpvraagId: lies,
      aanbodId: perVraag[lies].aanbodId,
      toelichting: perVraag[lies].uitleg,
    });
    expect(maak.status).toBe(201);
    expect((await api('ans', 'POST', '/loket/optimalisaties')).status).toBe(403);
  });
});
