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

/** A request of `wie` that the coordinator checked: in the volunteer pool. */
async function inPool(wie: string, categorieen: string[]) {
  const h = await verstuurdeVraag(wie, { ...BOODSCHAPPEN, categorieen });
  await api('marieke', 'POST', `/loket/hulpvragen/${h.id}/behandeling`);
  await api('marieke', 'POST', `/loket/hulpvragen/${h.id}/beoordeling`, {
    besluit: 'naar-matching',
  });
  return h.id as string;
}

/** `wie` signs up as volunteer and the coordinator approves. */
async function biedt(wie: string, categorieen: string[]) {
  const a = await api(wie, 'POST', '/mijn/hulpaanbod', {
    ...BRAM,
    categorieen,
    contact: undefined,
  });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  const ok = await api('marieke', 'POST', `/loket/aanmeldingen/${a.body.id}/beoordeling`, {
    besluit: 'goedkeuren',
  });
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
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
    const lies = await inPool('lies', ['boodschappen']);
    const noor = await inPool('noor', ['wandelen']);
    await biedt('wim', ['boodschappen', 'wandelen']);
    await biedt('els', ['wandelen']);
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

describe('matching: the board, exchanges, groups and the match after yes (issue 7)', () => {
  const DAG = 86_400_000;
  /** The next mail to `aan` that matches, skipping earlier notices of other steps. */
  async function mailMet(aan: string, patroon: RegExp) {
    for (let i = 0; i < 6; i++) {
      const mail = await smtp.wachtOpMail(aan);
      if (patroon.test(mail.tekst)) return mail;
    }
    throw new Error(`no mail to ${aan} matching ${patroon}`);
  }
  let noorVraag = '';
  let koppeling = '';

  it('the board shows the pool at postcode-area level only, to coordinators only', async () => {
    const bord = await api('marieke', 'GET', '/loket/matchbord');
    expect(bord.status).toBe(200);
    const noor = bord.body.vragen.find((v: Json) => v.naam === 'Noor Bakker');
    expect(noor).toMatchObject({
      categorieen: ['wandelen'],
      plaats: '6171',
      urgentie: 'kan-wachten',
      koppeling: null,
    });
    expect(noor.punt.lat).toBeCloseTo(50.97, 1);
    noorVraag = noor.hulpvraagId;
    // Lies has the proposal the previous test made.
    expect(bord.body.vragen.find((v: Json) => v.naam === 'Lies Peters').koppeling).toBe(
      'goedgekeurd',
    );
    expect(bord.body.vrijwilligers.map((v: Json) => v.naam)).toEqual(
      expect.arrayContaining(['Wim Jansen', 'Els Vos']),
    );
    expect(JSON.stringify(bord.body)).not.toMatch(/6171 ?AB|06 12|@/i);
    expect((await api('ans', 'GET', '/loket/matchbord')).status).toBe(403);
  });

  it('suggests a reciprocal exchange and a group of three, beside the 1-to-1 proposals', async () => {
    const scope = new GemeenteScope(t.database.db, steinId);
    for (const [k, naam] of [
      ['rik', 'Rik Hendriks'],
      ['tess', 'Tess Willems'],
      ['gijs', 'Gijs Lemmens'],
      ['fien', 'Fien Dassen'],
    ] as const) {
      acc[k] = (await t.services.accounts.create({ email: `${k}@loket.example`, naam })).id;
      await t.services.accounts.grantRole(scope, acc[k]!, { rol: 'inwoner' });
    }
    // Rik asks for help in the garden and can help with the computer; Tess the other way round.
    await inPool('rik', ['tuin']);
    await biedt('rik', ['computer']);
    await inPool('tess', ['computer']);
    await biedt('tess', ['tuin']);
    // Gijs and Fien want to walk too, on Monday morning, near Noor.
    await inPool('gijs', ['wandelen']);
    await inPool('fien', ['wandelen']);

    const run = await api('marieke', 'POST', '/loket/optimalisaties');
    expect(run.status).toBe(200);
    const ruil = run.body.ruilvoorstellen.find((r: Json) =>
      r.schakels.some((s: Json) => s.helper === 'Rik Hendriks'),
    );
    expect(ruil).toMatchObject({ soort: 'cyclus', geholpen: 2 });
    expect(ruil.schakels.map((s: Json) => `${s.helper} → ${s.geholpen}`).sort()).toEqual([
      'Rik Hendriks → Tess Willems',
      'Tess Willems → Rik Hendriks',
    ]);
    expect(ruil.schakels[0].uitleg).toMatch(/km, allebei: (computer|tuin)/);
    expect(run.body.ruilGeholpen).toBeGreaterThanOrEqual(run.body.ruilGeholpenParen);
    expect(run.body.ruilGeholpenParen).toBeGreaterThanOrEqual(2);

    const groep = run.body.groepsvoorstellen.find((g: Json) => g.categorie === 'wandelen');
    expect(groep.leden.map((l: Json) => l.naam).sort()).toEqual([
      'Fien Dassen',
      'Gijs Lemmens',
      'Noor Bakker',
    ]);
    expect(['MO-ochtend', 'WE-middag']).toContain(groep.tijdvak);
    // This test gemeente has no sociale kaart: no place to suggest.
    expect(groep.plek).toBeNull();
    // Every proposal explains its score in parts that add up.
    for (const v of run.body.voorstellen) {
      const som = v.onderdelen.reduce((s: number, o: Json) => s + o.punten, 0);
      expect(som).toBeCloseTo(v.score, 2);
    }
  });

  it('takes a proposal over as voorstel; the coordinator approves it; nobody else sees it before', async () => {
    const els = (await api('marieke', 'GET', '/loket/matchbord')).body.vrijwilligers.find(
      (v: Json) => v.naam === 'Els Vos',
    );
    const maak = await api('marieke', 'POST', '/loket/koppelingen', {
      hulpvraagId: noorVraag,
      aanbodId: els.aanbodId,
      toelichting: 'U woont dichtbij en wandelt allebei graag.',
      bron: 'optimalisatie',
      goedkeuren: false,
    });
    expect(maak.status, JSON.stringify(maak.body)).toBe(201);
    expect(maak.body).toMatchObject({
      status: 'voorstel',
      bron: 'optimalisatie',
      wachtOp: 'coordinator',
      mogelijk: ['goedkeuren', 'afwijzen'],
    });
    expect(maak.body.score).toBeGreaterThan(3);
    koppeling = maak.body.id;
    expect((await api('els', 'GET', '/mijn/koppelingen')).body.koppelingen).toEqual([]);
    // A second proposal for the same request waits until this one is withdrawn.
    const wim = (await api('marieke', 'GET', '/loket/matchbord')).body.vrijwilligers.find(
      (v: Json) => v.naam === 'Wim Jansen',
    );
    const tweede = await api('marieke', 'POST', '/loket/koppelingen', {
      hulpvraagId: noorVraag,
      aanbodId: wim.aanbodId,
      toelichting: 'Ook goed.',
    });
    expect(tweede.status).toBe(409);
    expect(tweede.body.detail).toMatch(/loopt al een voorstel/);
    // Withdrawing needs a short reason; the volunteer cannot approve.
    const zonder = await api('marieke', 'POST', `/loket/koppelingen/${koppeling}/stappen`, {
      handeling: 'afwijzen',
    });
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams!.map((p: Json) => p.name)).toEqual(['body.toelichting']);
    expect(
      (await api('els', 'POST', `/mijn/koppelingen/${koppeling}/stappen`, { handeling: 'starten' }))
        .status,
    ).toBe(404);
    const ok = await api('marieke', 'POST', `/loket/koppelingen/${koppeling}/stappen`, {
      handeling: 'goedkeuren',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'goedgekeurd', wachtOp: 'vrijwilliger' });
    expect(ok.body.gebeurtenissen.map((g: Json) => g.status)).toEqual(['voorstel', 'goedgekeurd']);
    expect((await mailMet('els@loket.example', /voorstel voor u/)).tekst).toMatch(
      /voorstel voor u/,
    );
    // Approving twice is no step in the workflow.
    const nogEens = await api('marieke', 'POST', `/loket/koppelingen/${koppeling}/stappen`, {
      handeling: 'goedkeuren',
    });
    expect(nogEens.status).toBe(409);
  });

  it('a match that stalls: a reminder after 3 days, and "loopt vast" for the coordinator after 7', async () => {
    const scope = new GemeenteScope(t.database.db, steinId);
    await scope
      .updateTable('koppelingen')
      .set({ gewijzigd_op: new Date(Date.now() - 8 * DAG) })
      .where('id', '=', koppeling)
      .execute();
    const k = (await api('marieke', 'GET', '/loket/koppelingen')).body.koppelingen.find(
      (x: Json) => x.id === koppeling,
    );
    expect(k).toMatchObject({ wachtDagen: 8, looptVast: true });
    const eerste = await t.services.koppelingen.verwerkVoortgang(steinId, new Date());
    expect(eerste.herinneringen).toBeGreaterThanOrEqual(1);
    const mail = await smtp.wachtOpMail('els@loket.example');
    expect(mail.tekst).toMatch(/In Kring wacht iets op u/);
    expect(mail.tekst).not.toMatch(/Noor|wandel|6171/);
    // Not again the next day; again three days later.
    const dag = await t.services.koppelingen.verwerkVoortgang(steinId, new Date(Date.now() + DAG));
    const voor = smtp.mails.filter((m) => m.aan.includes('els@loket.example')).length;
    expect(dag.herinneringen).toBeLessThan(eerste.herinneringen);
    await t.services.koppelingen.verwerkVoortgang(steinId, new Date(Date.now() + 3.1 * DAG));
    await smtp.wachtOpMail('els@loket.example');
    expect(smtp.mails.filter((m) => m.aan.includes('els@loket.example')).length).toBe(voor + 1);
  });

  it('both say yes, the introduction goes well, a month later both are asked how it goes', async () => {
    expect(
      (await api('els', 'POST', `/mijn/koppelingen/${koppeling}/antwoord`, { akkoord: true }))
        .status,
    ).toBe(200);
    const ja = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/antwoord`, {
      akkoord: true,
    });
    expect(ja.body).toMatchObject({ status: 'kennismaking', mogelijk: ['starten', 'beeindigen'] });
    // Stopping needs a reason; evaluating is not asked yet.
    const stop = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/stappen`, {
      handeling: 'beeindigen',
    });
    expect(stop.status).toBe(400);
    expect(stop.body.invalidParams!.map((p: Json) => p.name)).toEqual(['body.reden']);
    const teVroeg = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/evaluatie`, {
      oordeel: 'goed',
      doorgaan: true,
    });
    expect(teVroeg.status).toBe(409);
    const start = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/stappen`, {
      handeling: 'starten',
    });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    expect(start.body).toMatchObject({
      status: 'actief',
      mogelijk: ['beeindigen'],
      evaluatie: null,
    });
    await smtp.wachtOpMail('els@loket.example');

    // The daily job, a month and a day later: both are asked, once.
    const maand = new Date(Date.now() + 32 * DAG);
    expect((await t.services.koppelingen.verwerkVoortgang(steinId, maand)).evaluaties).toBe(1);
    expect((await t.services.koppelingen.verwerkVoortgang(steinId, maand)).evaluaties).toBe(0);
    expect((await mailMet('noor@loket.example', /Hoe gaat het/)).tekst).toMatch(/Hoe gaat het/);
    expect((await mailMet('els@loket.example', /Hoe gaat het/)).tekst).toMatch(/Hoe gaat het/);
    const noorZiet = (await api('noor', 'GET', '/mijn/koppelingen')).body.koppelingen[0];
    expect(noorZiet.mogelijk).toEqual(['beeindigen', 'evalueren']);
    expect(noorZiet.evaluatie.mijnAntwoord).toBeNull();

    const fout = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/evaluatie`, {
      oordeel: 'super',
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams!.map((p: Json) => p.name).sort()).toEqual([
      'body.doorgaan',
      'body.oordeel',
    ]);
    const antwoord = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/evaluatie`, {
      oordeel: 'goed',
      doorgaan: true,
      opmerking: 'Fijn om samen te wandelen.',
    });
    expect(antwoord.status, JSON.stringify(antwoord.body)).toBe(200);
    expect(antwoord.body.evaluatie.mijnAntwoord).toMatchObject({
      kant: 'inwoner',
      oordeel: 'goed',
    });
    expect(antwoord.body.mogelijk).toEqual(['beeindigen']);
    const tweeKeer = await api('noor', 'POST', `/mijn/koppelingen/${koppeling}/evaluatie`, {
      oordeel: 'goed',
      doorgaan: true,
    });
    expect(tweeKeer.status).toBe(409);

    // A week later Els, who did not answer, is reminded once; Noor is not.
    const aantal = (aan: string) => smtp.mails.filter((m) => m.aan.includes(aan)).length;
    const rust = () => new Promise((r) => setTimeout(r, 300));
    const week = new Date(maand.getTime() + 7.1 * DAG);
    await rust();
    const voor = { els: aantal('els@loket.example'), noor: aantal('noor@loket.example') };
    await t.services.koppelingen.verwerkVoortgang(steinId, week);
    await mailMet('els@loket.example', /wacht iets op u/);
    await t.services.koppelingen.verwerkVoortgang(steinId, new Date(week.getTime() + 10 * DAG));
    await rust();
    expect(aantal('els@loket.example')).toBe(voor.els + 1);
    expect(aantal('noor@loket.example')).toBe(voor.noor);

    const k = (await api('marieke', 'GET', '/loket/koppelingen')).body.koppelingen.find(
      (x: Json) => x.id === koppeling,
    );
    expect(k.evaluatieGevraagdOp).not.toBeNull();
    expect(k.evaluaties).toEqual([
      expect.objectContaining({ kant: 'inwoner', oordeel: 'goed', doorgaan: true }),
    ]);
    expect(k.mogelijk).toEqual(['beeindigen']);
  });

  it('the coordinator ends it with a reason; both hear; no step after the end', async () => {
    const einde = await api('marieke', 'POST', `/loket/koppelingen/${koppeling}/stappen`, {
      handeling: 'beeindigen',
      reden: 'doel-bereikt',
      toelichting: 'Noor wandelt nu met de wandelgroep.',
    });
    expect(einde.status, JSON.stringify(einde.body)).toBe(200);
    expect(einde.body).toMatchObject({
      status: 'beeindigd',
      eindeReden: 'doel-bereikt',
      mogelijk: [],
    });
    expect((await mailMet('noor@loket.example', /is gestopt/)).tekst).toMatch(/is gestopt/);
    expect((await mailMet('els@loket.example', /is gestopt/)).tekst).toMatch(/is gestopt/);
    const noorZiet = (await api('noor', 'GET', '/mijn/koppelingen')).body.koppelingen[0];
    expect(noorZiet).toMatchObject({
      status: 'beeindigd',
      eindeReden: 'doel-bereikt',
      mogelijk: [],
    });
    expect(noorZiet.contact).toBeNull();
    const weer = await api('els', 'POST', `/mijn/koppelingen/${koppeling}/stappen`, {
      handeling: 'beeindigen',
      reden: 'anders',
    });
    expect(weer.status).toBe(409);
    // Inzage: Noor's match and her own evaluation.
    const gegevens = await api('noor', 'GET', '/mijn/gegevens');
    expect(gegevens.status).toBe(200);
    expect(gegevens.body.overig.koppelingen).toEqual([
      expect.objectContaining({
        alsWie: 'inwoner',
        status: 'beeindigd',
        eindeReden: 'doel-bereikt',
        mijnEvaluatie: expect.objectContaining({ oordeel: 'goed' }),
      }),
    ]);
  });

  it('a volunteer with no free place cannot be proposed', async () => {
    const bord = (await api('marieke', 'GET', '/loket/matchbord')).body;
    const vol = bord.vrijwilligers.find((v: Json) => v.lopend >= v.maxKoppelingen);
    const vrij = bord.vragen.find((v: Json) => v.koppeling === null && v.naam === 'Gijs Lemmens');
    const maak = await api('marieke', 'POST', '/loket/koppelingen', {
      hulpvraagId: vrij.hulpvraagId,
      aanbodId: vol.aanbodId,
      toelichting: 'Probeer.',
    });
    expect(maak.status).toBe(409);
    expect(maak.body.detail).toMatch(/geen plek meer/);
  });
});
