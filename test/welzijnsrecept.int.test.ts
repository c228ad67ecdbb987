import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAls } from './helpers/login.ts';
import { maakReceptWereld } from './helpers/recept-wereld.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * Welzijn op Recept (issue 8) through the HTTP app: the GP writes a recipe with the person's
 * consent, the coach of the receiving organisation accepts, logs contactmomenten (the first
 * starts the work), links an activity from the sociale kaart and measures wellbeing; the
 * daily job makes the follow-up task three months after the start; the GP sees the status
 * and the reports back but not the coach's notes; the evaluation suppresses small counts.
 */
const HOST = 'vianen.example.nl';

let t: TestApp;
let gemeenteId: number;
let org: Record<string, string>;
let acc: Record<string, string>;
let aanbodId: string;
let adres = 0;

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Json = Record<string, any>;

async function api(wie: string, method: string, url: string, payload?: unknown) {
  adres++;
  const headers = (await loginAls(t, { gemeenteId, accountId: acc[wie]!, host: HOST })).headers;
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers,
    remoteAddress: `10.8.${adres >> 8}.${adres & 255}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return {
    status: res.statusCode,
    type: String(res.headers['content-type'] ?? ''),
    text: res.body,
    body: (res.body && res.headers['content-type']?.toString().includes('json')
      ? res.json()
      : {}) as Json,
  };
}

const RECEPT = () => ({
  persoon: { voornaam: 'Annie', achternaam: 'de Graaf', telefoonnummer: '030 123 45 67' },
  toestemming: true,
  reden: 'Mevrouw is sinds het overlijden van haar man veel alleen en komt weinig buiten.',
  watIkBelangrijkVind: 'Weer mensen zien en iets met mijn handen doen.',
  contactVoorkeur: 'telefoon',
  ontvangerId: org.welzijn,
});

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakReceptWereld(t, {
    code: 'GM1961',
    naam: 'Vianen',
    host: HOST,
    domein: 'recept.example',
  });
  ({ gemeenteId, org, acc } = w);
  aanbodId = (
    await t.database.db
      .insertInto('aanbod')
      .values({
        gemeente_id: gemeenteId,
        organisatie_id: org.welzijn!,
        status: 'gepubliceerd',
        soort: 'groep',
        naam: 'Kookclub De Pan',
        beschrijving: 'Samen koken en eten, elke dinsdag.',
        kosten_soort: 'gratis',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

describe('Welzijn op Recept: the closed loop', () => {
  let id: string;

  it('the GP sees where the practice can refer to, and a form with errors is refused whole', async () => {
    const o = await api('huisarts', 'GET', '/welzijnsrecepten/ontvangers');
    expect(o.body.ontvangers).toEqual([{ id: org.welzijn, naam: 'Org welzijn' }]);
    const ander = await api('andereHuisarts', 'GET', '/welzijnsrecepten/ontvangers');
    expect(ander.body.ontvangers).toEqual([]);

    const fout = await api('huisarts', 'POST', '/welzijnsrecepten', {
      ...RECEPT(),
      toestemming: false,
      contactVoorkeur: 'email',
    });
    expect(fout.status).toBe(400);
    const velden = fout.body.invalidParams.map((e: Json) => e.name);
    expect(velden).toEqual(expect.arrayContaining(['body.toestemming']));
    expect(JSON.stringify(fout.body)).not.toContain('Annie');
    const lijst = await api('huisarts', 'GET', '/welzijnsrecepten?kant=verwijzer');
    expect(lijst.body.recepten).toEqual([]);

    const verkeerd = await api('andereHuisarts', 'POST', '/welzijnsrecepten', RECEPT());
    expect(verkeerd.status).toBe(400);
    expect(verkeerd.body.invalidParams[0].name).toBe('body.ontvangerId');

    const geenHuisarts = await api('coach', 'POST', '/welzijnsrecepten', RECEPT());
    expect(geenHuisarts.status).toBe(403);
  });

  it('the GP sends a recipe; it reaches the coach’s inbox with a first-contact date', async () => {
    const r = await api('huisarts', 'POST', '/welzijnsrecepten', RECEPT());
    expect(r.status).toBe(201);
    id = r.body.id;
    expect(r.body).toMatchObject({
      kant: 'verwijzer',
      status: 'requested',
      werk: null,
      mogelijk: expect.arrayContaining(['cancelled']),
      persoon: { naam: 'Annie de Graaf' },
    });
    expect(r.body.eersteContactVoor).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const inbox = await api('coach', 'GET', '/welzijnsrecepten?kant=ontvanger');
    expect(inbox.body.recepten).toMatchObject([{ id, status: 'requested', teLaat: false }]);
    // Others see nothing: another practice, the wijkteam.
    expect((await api('andereHuisarts', 'GET', `/welzijnsrecepten/${id}`)).status).toBe(403);
    expect((await api('wijkteam', 'GET', `/welzijnsrecepten/${id}`)).status).toBe(403);
    expect(
      (await api('wijkteam', 'GET', '/welzijnsrecepten?kant=ontvanger')).body.recepten,
    ).toEqual([]);
  });

  it('refuses changes that are not this side’s, and a refusal without a reason', async () => {
    const gp = await api('huisarts', 'POST', `/welzijnsrecepten/${id}/statuswijzigingen`, {
      status: 'accepted',
    });
    expect(gp.status).toBe(409);
    const zonder = await api('coach', 'POST', `/welzijnsrecepten/${id}/statuswijzigingen`, {
      status: 'rejected',
    });
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams[0].name).toBe('body.reden');
    const contact = await api('coach', 'POST', `/welzijnsrecepten/${id}/contactmomenten`, {
      datum: '2026-01-05',
      soort: 'telefoon',
    });
    expect(contact.status).toBe(409);
  });

  it('the coach accepts, logs three contacts, explores, links an activity and measures', async () => {
    const a = await api('coach', 'POST', `/welzijnsrecepten/${id}/statuswijzigingen`, {
      status: 'accepted',
    });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ status: 'accepted', coach: 'coach', kant: 'ontvanger' });
    expect(a.body.terugkoppelingen.map((k: Json) => k.moment)).toEqual(['aangenomen']);

    const vandaag = new Date().toISOString().slice(0, 10);
    for (const [soort, notitie] of [
      ['telefoon', 'Afspraak gemaakt.'],
      ['huisbezoek', 'Kennismaking thuis.'],
      ['gesprek', 'Samen gekeken naar wat past.'],
    ]) {
      const c = await api('coach', 'POST', `/welzijnsrecepten/${id}/contactmomenten`, {
        datum: vandaag,
        soort,
        notitie,
      });
      expect(c.status).toBe(201);
    }
    const toekomst = await api('coach', 'POST', `/welzijnsrecepten/${id}/contactmomenten`, {
      datum: '2999-01-01',
      soort: 'gesprek',
    });
    expect(toekomst.status).toBe(400);

    const v = await api('coach', 'PUT', `/welzijnsrecepten/${id}/verkenning`, {
      interesses: 'Koken, handwerken',
      mogelijkheden: 'Loopt met rollator; weinig geld',
    });
    expect(v.body.werk.interesses).toBe('Koken, handwerken');

    const slechteMeting = await api('coach', 'POST', `/welzijnsrecepten/${id}/welbevinden`, {
      moment: 'start',
      datum: vandaag,
      scores: { lichaam: 11 },
    });
    expect(slechteMeting.status).toBe(400);
    expect(slechteMeting.body.invalidParams.map((e: Json) => e.name)).toContain(
      'body.scores.lichaam',
    );
    const scores = Object.fromEntries(
      ['lichaam', 'gevoel', 'zingeving', 'levenskwaliteit', 'meedoen', 'dagelijksLeven'].map(
        (d, i) => [d, 3 + i],
      ),
    );
    const m = await api('coach', 'POST', `/welzijnsrecepten/${id}/welbevinden`, {
      moment: 'start',
      datum: vandaag,
      scores,
    });
    expect(m.status).toBe(201);
    expect(m.body.werk.welbevinden).toMatchObject([{ moment: 'start', scores }]);

    const act = await api('coach', 'PUT', `/welzijnsrecepten/${id}/activiteit`, {
      aanbodId,
      startdatum: '2026-08-31',
      meegegaan: true,
    });
    expect(act.status).toBe(200);
    expect(act.body.status).toBe('in-progress');
    expect(act.body.werk.activiteit).toMatchObject({
      naam: 'Kookclub De Pan',
      meegegaan: true,
      vervolgOp: '2026-11-30',
    });
    expect(act.body.werk.contactmomenten).toHaveLength(3);
    expect(act.body.werk.geschiedenis.map((s: Json) => s.naar)).toEqual([
      'draft',
      'requested',
      'accepted',
      'in-progress',
    ]);
  });

  it('the GP sees in-progress and the reports, not the coach’s notes or the activity’s name', async () => {
    const gp = await api('huisarts', 'GET', `/welzijnsrecepten/${id}`);
    expect(gp.body.status).toBe('in-progress');
    expect(gp.body.werk).toBeNull();
    expect(gp.body.terugkoppelingen.map((k: Json) => k.moment)).toEqual([
      'aangenomen',
      'activiteit',
    ]);
    expect(JSON.stringify(gp.body)).not.toContain('Kookclub');
    expect(JSON.stringify(gp.body)).not.toContain('rollator');
    const lijst = await api('huisarts', 'GET', '/welzijnsrecepten?kant=verwijzer');
    expect(lijst.body.recepten).toMatchObject([
      { id, status: 'in-progress', laatsteTerugkoppeling: { moment: 'activiteit' } },
    ]);
  });

  it('the daily job makes the follow-up task once, three months after the start', async () => {
    const eerst = await t.services.welzijnsrecept.voerTermijnenUit(
      new Date('2026-11-29T08:00:00Z'),
    );
    expect(eerst.taken).toBe(0);
    const dan = await t.services.welzijnsrecept.voerTermijnenUit(new Date('2026-11-30T08:00:00Z'));
    expect(dan.taken).toBe(1);
    const nogmaals = await t.services.welzijnsrecept.voerTermijnenUit(
      new Date('2026-12-01T08:00:00Z'),
    );
    expect(nogmaals.taken).toBe(0);
    const r = await api('coach', 'GET', `/welzijnsrecepten/${id}`);
    expect(r.body.werk.taken).toMatchObject([
      { soort: 'vervolg', vervaltOp: '2026-11-30', gedaanOp: null },
    ]);
    const inbox = await api('coach', 'GET', '/welzijnsrecepten?kant=ontvanger');
    expect(inbox.body.recepten[0].openTaken).toBe(1);
    const klaar = await api(
      'coach',
      'PATCH',
      `/welzijnsrecepten/${id}/taken/${r.body.werk.taken[0].id}`,
      { gedaan: true },
    );
    expect(klaar.body.werk.taken[0].gedaanOp).not.toBeNull();
  });

  it('closing sends the agreed words to the GP; the loop then stays closed', async () => {
    const zonder = await api('coach', 'POST', `/welzijnsrecepten/${id}/afsluiting`, {
      status: 'completed',
      samenvatting: 'Gaat elke week naar de kookclub.',
    });
    expect(zonder.status).toBe(400);
    const s = await api('coach', 'POST', `/welzijnsrecepten/${id}/afsluiting`, {
      status: 'completed',
      samenvatting: 'Gaat elke week naar de kookclub en voelt zich minder alleen.',
      terugkoppeling: 'Mevrouw heeft een activiteit gevonden en gaat er elke week heen.',
    });
    expect(s.status).toBe(200);
    expect(s.body.status).toBe('completed');
    const gp = await api('huisarts', 'GET', `/welzijnsrecepten/${id}`);
    expect(gp.body.terugkoppelingen.at(-1)).toMatchObject({
      moment: 'afgesloten',
      tekst: 'Mevrouw heeft een activiteit gevonden en gaat er elke week heen.',
    });
    expect(gp.body.mogelijk).toEqual(['entered-in-error']);
    const weer = await api('coach', 'POST', `/welzijnsrecepten/${id}/contactmomenten`, {
      datum: '2026-12-01',
      soort: 'gesprek',
    });
    expect(weer.status).toBe(409);
  });

  it('every read of the referral is in the access log, as the GP and as the coach', async () => {
    const log = await t.database.db
      .selectFrom('toegangslog')
      .select(['account_id', 'actie', 'uitkomst', 'categorie'])
      .where('gemeente_id', '=', gemeenteId)
      .execute();
    const van = (a: string) => log.filter((r) => r.account_id === acc[a]);
    expect(van('huisarts').some((r) => r.actie === 'aanmaken' && r.uitkomst === 'toegestaan')).toBe(
      true,
    );
    expect(van('coach').some((r) => r.actie === 'wijzigen' && r.categorie === 'intake')).toBe(true);
    expect(van('andereHuisarts').some((r) => r.uitkomst === 'geweigerd')).toBe(true);
    expect(van('wijkteam').some((r) => r.uitkomst === 'geweigerd')).toBe(true);
  });

  it('a draft stays with the GP until sent; the GP can withdraw with a reason', async () => {
    const c = await api('huisarts', 'POST', '/welzijnsrecepten', { ...RECEPT(), verzenden: false });
    expect(c.body.status).toBe('draft');
    expect((await api('coach', 'GET', `/welzijnsrecepten/${c.body.id}`)).status).toBe(403);
    const s = await api('huisarts', 'POST', `/welzijnsrecepten/${c.body.id}/statuswijzigingen`, {
      status: 'requested',
    });
    expect(s.body.status).toBe('requested');
    const w = await api('huisarts', 'POST', `/welzijnsrecepten/${c.body.id}/statuswijzigingen`, {
      status: 'cancelled',
      reden: 'Mevrouw wil toch liever niet.',
    });
    expect(w.body).toMatchObject({
      status: 'cancelled',
      statusReden: 'Mevrouw wil toch liever niet.',
    });
  });

  it('the evaluation is aggregated with small counts suppressed, also as CSV', async () => {
    const e = await api('beleid', 'GET', '/welzijnsrecepten/evaluatie');
    expect(e.status).toBe(200);
    expect(e.body.totaal).toBeNull();
    expect(e.body.praktijken.map((p: Json) => p.naam)).toEqual([
      'Org anderePraktijk',
      'Org praktijk',
    ]);
    const csv = await api('beleid', 'GET', '/welzijnsrecepten/evaluatie/export');
    expect(csv.type).toContain('text/csv');
    expect(csv.text).toContain('verwijzingen;totaal;<5');
    expect(csv.text).not.toContain('Annie');
    const gp = await api(
      'huisarts',
      'GET',
      `/welzijnsrecepten/evaluatie?praktijkId=${org.anderePraktijk}`,
    );
    expect(gp.status).toBe(403);
    expect((await api('coach', 'GET', '/welzijnsrecepten/evaluatie')).status).toBe(403);
  });

  it('the functioneel beheerder sets where practices refer to; a wrong rule is refused whole', async () => {
    const nu = await api('beheer', 'GET', '/welzijnsrecepten/ontvangerregels');
    expect(nu.body.regels).toEqual([
      {
        organisatieId: org.welzijn,
        organisatie: 'Org welzijn',
        praktijkId: org.praktijk,
        praktijk: 'Org praktijk',
      },
    ]);
    expect(nu.body.praktijken.map((p: Json) => p.naam)).toEqual([
      'Org anderePraktijk',
      'Org praktijk',
    ]);
    const fout = await api('beheer', 'PUT', '/welzijnsrecepten/ontvangerregels', {
      regels: [
        { organisatieId: org.welzijn, praktijkId: null },
        { organisatieId: org.praktijk, praktijkId: org.welzijn },
      ],
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams.map((e: Json) => e.name)).toEqual([
      'body.regels.1.organisatieId',
      'body.regels.1.praktijkId',
    ]);
    expect(
      (await api('beheer', 'GET', '/welzijnsrecepten/ontvangerregels')).body.regels,
    ).toHaveLength(1);
    const goed = await api('beheer', 'PUT', '/welzijnsrecepten/ontvangerregels', {
      regels: [{ organisatieId: org.welzijn, praktijkId: null }],
    });
    expect(goed.body.regels).toMatchObject([{ organisatieId: org.welzijn, praktijkId: null }]);
    const ander = await api('andereHuisarts', 'GET', '/welzijnsrecepten/ontvangers');
    expect(ander.body.ontvangers).toEqual([{ id: org.welzijn, naam: 'Org welzijn' }]);
    expect((await api('huisarts', 'GET', '/welzijnsrecepten/ontvangerregels')).status).toBe(403);
  });

  it('the functioneel beheerder sets the wellbeing dimensions; the coach measures with them', async () => {
    const fout = await api('beheer', 'PUT', '/welzijnsrecepten/instellingen', {
      dimensies: ['lichaam', 'lichaam', 'gevoel'],
    });
    expect(fout.status).toBe(400);
    const goed = await api('beheer', 'PUT', '/welzijnsrecepten/instellingen', {
      dimensies: ['lichaam', 'gevoel', 'meedoen'],
    });
    expect(goed.body.dimensies).toEqual(['lichaam', 'gevoel', 'meedoen']);
    const r = await api('huisarts', 'POST', '/welzijnsrecepten', RECEPT());
    await api('coach', 'POST', `/welzijnsrecepten/${r.body.id}/statuswijzigingen`, {
      status: 'accepted',
    });
    const zes = await api('coach', 'POST', `/welzijnsrecepten/${r.body.id}/welbevinden`, {
      moment: 'start',
      datum: '2026-12-01',
      scores: { lichaam: 5, gevoel: 5, meedoen: 5, zingeving: 5 },
    });
    expect(zes.status).toBe(400);
    expect(zes.body.invalidParams.map((e: Json) => e.name)).toEqual(['body.scores.zingeving']);
    const drie = await api('coach', 'POST', `/welzijnsrecepten/${r.body.id}/welbevinden`, {
      moment: 'start',
      datum: '2026-12-01',
      scores: { lichaam: 5, gevoel: 5, meedoen: 5 },
    });
    expect(drie.body.werk.dimensies).toEqual(['lichaam', 'gevoel', 'meedoen']);
  });
});
