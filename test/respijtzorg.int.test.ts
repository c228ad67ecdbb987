import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakDemoKaart } from '../src/server/demo/sociale-kaart-demo.ts';
import { apiAls, type Json } from './helpers/api-als.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { maakWereld } from './helpers/wereld.ts';

/**
 * Respijtzorg (issue 9) through the HTTP app: Anna cares for her mother. She asks for a short
 * stay at Logeerhuis De Linde (a provider from the sociale kaart): only De Linde's staff see
 * it, they decline without a reason (400) and then say yes with a note, and Anna reads the
 * answer. She asks for a volunteer who takes over at home: it becomes a help request at the
 * front door, the coordinator checks it and it is on the matching board, while Anna reads
 * "we zoeken een vrijwilliger"; she cancels and the help request is withdrawn. Others see
 * nothing of it, and bad input is answered with problem details.
 */
const HOST = 'stein-respijt.example.nl';

let t: TestApp;
let gemeenteId: number;
let kaartOrgs: Record<string, string> = {};
const acc: Record<string, string> = {};

const api = apiAls(() => t, { host: HOST, net: 13, gemeenteId: () => gemeenteId, accounts: acc });

const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const LOGEREN = (aanbodId?: string) => ({
  soort: 'logeren',
  voorWie: { naam: 'Marie Janssen', relatie: 'mijn moeder' },
  datum: dag(20),
  dagdeel: 'dag-en-nacht',
  hoeVaak: 'maandelijks',
  toelichting: 'Een weekend per maand. Mijn moeder heeft dementie.',
  telefoonnummer: '06 11 22 33 44',
  aanbodId,
  toestemming: true,
});

let linde: string;
let logeerVerzoek: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakWereld(
    t,
    { code: 'GM0972', naam: 'Stein', host: HOST, domein: 'respijt.example' },
    acc,
  );
  gemeenteId = w.gemeenteId;
  kaartOrgs = (await t.services.socialeKaart.importeer(gemeenteId, maakDemoKaart())).organisatieIds;
  const wijkteam = await w.organisatie('Wijkteam', 'wijkteam');
  await w.account('anna', [{ rol: 'inwoner' }, { rol: 'mantelzorger' }]);
  await w.account('buurman', { rol: 'inwoner' });
  for (const k of ['linde', 'maasoever'] as const) {
    await w.account(k, {
      rol: 'professional',
      functie: 'casemanager',
      organisatieId: kaartOrgs[`org-${k}`],
    });
  }
  await w.account('coordinator', {
    rol: 'professional',
    functie: 'vrijwilligerscoordinator',
    organisatieId: kaartOrgs['org-zorgvrijwilligers'],
  });
  await w.account('beheer', { rol: 'functioneel-beheerder' });
  const regels = await api('beheer', 'PUT', '/gemeente/loketregels', {
    vrijwilligersOrganisatieId: kaartOrgs['org-zorgvrijwilligers'],
    wijkteamOrganisatieId: wijkteam,
  });
  expect(regels.status).toBe(200);
});
afterAll(() => t.close());

describe('respijtzorg: a provider from the sociale kaart', () => {
  it('lists the providers of a short stay that receive requests in Kring', async () => {
    const res = await api('anna', 'GET', '/mijn/respijtzorg/aanbieders?soort=logeren');
    expect(res.status).toBe(200);
    const namen = res.body.aanbieders.map((a: Json) => a.organisatie.naam);
    expect(namen).toContain('Logeerhuis De Linde');
    linde = res.body.aanbieders.find(
      (a: Json) => a.organisatie.naam === 'Logeerhuis De Linde',
    ).aanbodId;
    const dagen = await api('anna', 'GET', '/mijn/respijtzorg/aanbieders?soort=dagactiviteit');
    expect(dagen.body.aanbieders.map((a: Json) => a.organisatie.naam)).toContain(
      'Dagbesteding De Maasoever',
    );
    expect(dagen.body.aanbieders.map((a: Json) => a.organisatie.naam)).not.toContain(
      'Logeerhuis De Linde',
    );
    const fout = await api('anna', 'GET', '/mijn/respijtzorg/aanbieders?soort=maatje');
    expect(fout.status).toBe(400);
  });

  it('answers bad input with problem details, every field at once', async () => {
    const res = await api('anna', 'POST', '/mijn/respijtzorg', {
      ...LOGEREN(),
      datum: dag(-3),
      toestemming: false,
    });
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    const namen = res.body.invalidParams.map((p: Json) => p.name);
    expect(namen).toContain('body.toestemming');
    const zonder = await api('anna', 'POST', '/mijn/respijtzorg', {
      ...LOGEREN(),
      datum: dag(-3),
    });
    expect(zonder.body.invalidParams.map((p: Json) => p.name).sort()).toEqual([
      'body.aanbodId',
      'body.datum',
    ]);
    // An entry that is no short stay (a day-activity entry) is not a choice for logeren.
    const dagen = await api('anna', 'GET', '/mijn/respijtzorg/aanbieders?soort=dagactiviteit');
    const ander = await api(
      'anna',
      'POST',
      '/mijn/respijtzorg',
      LOGEREN(dagen.body.aanbieders[0].aanbodId),
    );
    expect(ander.status).toBe(400);
    expect(ander.body.invalidParams[0].name).toBe('body.aanbodId');
    expect(JSON.stringify(ander.body)).not.toContain('Marie');
  });

  it('sends the request to the chosen organisation only', async () => {
    const res = await api('anna', 'POST', '/mijn/respijtzorg', LOGEREN(linde));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      soort: 'logeren',
      route: 'aanbieder',
      status: 'bij-aanbieder',
      weergave: 'wacht-op-aanbieder',
      aanbieder: { naam: 'Logeerhuis De Linde' },
    });
    logeerVerzoek = res.body.id;

    const inbox = await api('linde', 'GET', '/respijtzorg/verzoeken');
    expect(inbox.status).toBe(200);
    expect(inbox.body.verzoeken).toHaveLength(1);
    expect(inbox.body.verzoeken[0]).toMatchObject({
      id: logeerVerzoek,
      voorWie: { naam: 'Marie Janssen' },
      mantelzorger: {
        naam: 'anna',
        telefoonnummer: '06 11 22 33 44',
        eMailadres: 'anna@respijt.example',
      },
    });
    expect((await api('maasoever', 'GET', '/respijtzorg/verzoeken')).body.verzoeken).toEqual([]);
    expect(
      [403, 404].includes(
        (await api('maasoever', 'GET', `/respijtzorg/verzoeken/${logeerVerzoek}`)).status,
      ),
    ).toBe(true);
    expect((await api('buurman', 'GET', '/respijtzorg/verzoeken')).status).toBe(403);
    expect((await api('buurman', 'GET', '/mijn/respijtzorg')).body.verzoeken).toEqual([]);
    expect(
      (await api('buurman', 'POST', `/mijn/respijtzorg/${logeerVerzoek}/annulering`)).status,
    ).toBe(404);
    // The access log has De Linde's reads.
    const log = await api('anna', 'GET', '/mijn/toegangslog?pagina=1&paginaGrootte=50');
    expect(JSON.stringify(log.body)).toContain('zoeken');
  });

  it('lets the provider decline only with a reason, and say yes with a note', async () => {
    const zonder = await api('linde', 'POST', `/respijtzorg/verzoeken/${logeerVerzoek}/antwoord`, {
      besluit: 'afwijzen',
    });
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams[0].name).toBe('body.toelichting');
    expect(
      (
        await api('maasoever', 'POST', `/respijtzorg/verzoeken/${logeerVerzoek}/antwoord`, {
          besluit: 'toezeggen',
        })
      ).status,
    ).toBeGreaterThanOrEqual(403);
    const ja = await api('linde', 'POST', `/respijtzorg/verzoeken/${logeerVerzoek}/antwoord`, {
      besluit: 'toezeggen',
      toelichting: 'Welkom op vrijdag om 16.00 uur. Wij bellen u nog.',
    });
    expect(ja.status).toBe(200);
    expect(ja.body.status).toBe('toegezegd');
    const nogEens = await api('linde', 'POST', `/respijtzorg/verzoeken/${logeerVerzoek}/antwoord`, {
      besluit: 'afwijzen',
      toelichting: 'Toch vol.',
    });
    expect(nogEens.status).toBe(409);

    const mijn = await api('anna', 'GET', '/mijn/respijtzorg');
    expect(mijn.body.verzoeken[0]).toMatchObject({
      id: logeerVerzoek,
      status: 'toegezegd',
      weergave: 'toegezegd',
      antwoord: 'Welkom op vrijdag om 16.00 uur. Wij bellen u nog.',
    });
  });

  it('a declined request shows the reason', async () => {
    const nieuw = await api('anna', 'POST', '/mijn/respijtzorg', {
      ...LOGEREN(linde),
      hoeVaak: 'eenmalig',
    });
    const nee = await api('linde', 'POST', `/respijtzorg/verzoeken/${nieuw.body.id}/antwoord`, {
      besluit: 'afwijzen',
      toelichting: 'In die week zijn we vol. Kijk samen met ons naar een andere week.',
    });
    expect(nee.body.status).toBe('afgewezen');
    const mijn = await api('anna', 'GET', '/mijn/respijtzorg');
    expect(mijn.body.verzoeken.find((v: Json) => v.id === nieuw.body.id)).toMatchObject({
      weergave: 'afgewezen',
      antwoord: 'In die week zijn we vol. Kijk samen met ons naar een andere week.',
    });
    expect(
      (await api('anna', 'POST', `/mijn/respijtzorg/${nieuw.body.id}/annulering`)).status,
    ).toBe(409);
  });
});

describe('respijtzorg: a volunteer through the front door', () => {
  let verzoek: Json;

  it('needs the postcode for a volunteer', async () => {
    const res = await api('anna', 'POST', '/mijn/respijtzorg', {
      soort: 'vervangende-zorg',
      voorWie: { naam: 'Marie Janssen' },
      datum: dag(10),
      dagdeel: 'middag',
      hoeVaak: 'wekelijks',
      toestemming: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p: Json) => p.name)).toEqual(['body.postcode']);
  });

  it('becomes an open help request for matching, and the carer sees the step', async () => {
    const res = await api('anna', 'POST', '/mijn/respijtzorg', {
      soort: 'vervangende-zorg',
      voorWie: { naam: 'Marie Janssen', relatie: 'mijn moeder' },
      datum: dag(10),
      dagdeel: 'middag',
      hoeVaak: 'wekelijks',
      postcode: '6171 ab',
      toelichting: 'Ik wil op woensdagmiddag naar mijn koor.',
      toestemming: true,
    });
    expect(res.status).toBe(201);
    verzoek = res.body;
    expect(verzoek).toMatchObject({
      route: 'matching',
      status: 'in-matching',
      weergave: 'wordt-bekeken',
      hulpvraagStatus: 'ingediend',
    });

    const rij = await api('coordinator', 'GET', '/loket/hulpvragen?status=open');
    const item = rij.body.hulpvragen.find((h: Json) => h.id === verzoek.hulpvraagId);
    expect(item).toMatchObject({
      route: 'vrijwilligers',
      antwoorden: { categorieen: ['gezelschap'], voorWie: 'naaste', hoeVaak: 'elke-week' },
    });
    expect(item.antwoorden.omschrijving).toContain('koor');
    expect(
      (await api('coordinator', 'POST', `/loket/hulpvragen/${verzoek.hulpvraagId}/behandeling`))
        .status,
    ).toBe(200);
    expect(
      (
        await api('coordinator', 'POST', `/loket/hulpvragen/${verzoek.hulpvraagId}/beoordeling`, {
          besluit: 'naar-matching',
        })
      ).status,
    ).toBe(200);
    const bord = await api('coordinator', 'GET', '/loket/matchbord');
    expect(bord.body.vragen.map((v: Json) => v.hulpvraagId)).toContain(verzoek.hulpvraagId);

    const mijn = await api('anna', 'GET', '/mijn/respijtzorg');
    expect(mijn.body.verzoeken.find((v: Json) => v.id === verzoek.id)).toMatchObject({
      status: 'in-matching',
      weergave: 'zoekt-vrijwilliger',
    });
    // Not for De Linde: a volunteer request goes to no provider.
    const linde = await api('linde', 'GET', '/respijtzorg/verzoeken');
    expect(linde.body.verzoeken.map((v: Json) => v.id)).not.toContain(verzoek.id);
  });

  it('cancelling withdraws the help request', async () => {
    const res = await api('anna', 'POST', `/mijn/respijtzorg/${verzoek.id}/annulering`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'geannuleerd', hulpvraagStatus: 'ingetrokken' });
    const bord = await api('coordinator', 'GET', '/loket/matchbord');
    expect(bord.body.vragen.map((v: Json) => v.hulpvraagId)).not.toContain(verzoek.hulpvraagId);
  });
});
