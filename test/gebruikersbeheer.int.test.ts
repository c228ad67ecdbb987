import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls, type TestLogin } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
let stein: { id: number };
let houten: { id: number };
let beheerder: string;
let platform: string;
let inwoner: string;
let beheer: TestLogin;

const STEIN = 'stein.example.nl';
const HOUTEN = 'houten.example.nl';

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: [STEIN] });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: [HOUTEN],
  });
  beheerder = (await t.services.accounts.create({ email: 'ruud@stein.example', naam: 'Ruud' })).id;
  platform = (
    await t.services.accounts.create({
      email: 'platform@kring.example',
      naam: 'Platform',
      platformbeheerder: true,
    })
  ).id;
  inwoner = (await t.services.accounts.create({ email: 'ans@example.nl', naam: 'Ans Inwoner' })).id;
  const scope = new GemeenteScope(t.database.db, stein.id);
  await t.services.accounts.grantRole(scope, beheerder, { rol: 'functioneel-beheerder' });
  await t.services.accounts.grantRole(scope, inwoner, { rol: 'inwoner' });
  beheer = await loginAls(t, { gemeenteId: stein.id, accountId: beheerder, host: STEIN });
});
afterAll(() => t.close());

type Json = Record<string, unknown>;
async function api(method: string, url: string, login: TestLogin | undefined, payload?: unknown) {
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers: login?.headers ?? { host: STEIN },
    ...(payload !== undefined ? { payload: payload as Json } : {}),
  });
  return {
    status: res.statusCode,
    body: res.json() as Json & { invalidParams?: { name: string }[] },
  };
}

async function organisatie(naam: string): Promise<string> {
  const res = await api('POST', '/beheer/organisaties', beheer, { naam, soort: 'wijkteam' });
  expect(res.status).toBe(201);
  return String(res.body.id);
}

describe('gebruikersbeheer: organisations', () => {
  it('creates, lists and renames organisations, and logs it', async () => {
    const id = await organisatie('Wijkteam Stein-Noord');
    const hernoemd = await api('PATCH', `/beheer/organisaties/${id}`, beheer, {
      naam: 'Wijkteam Noord',
    });
    expect(hernoemd.body).toEqual({ id, naam: 'Wijkteam Noord', soort: 'wijkteam' });
    const lijst = await api('GET', '/beheer/organisaties?paginaGrootte=100', beheer);
    expect(lijst.body.organisaties).toContainEqual({
      id,
      naam: 'Wijkteam Noord',
      soort: 'wijkteam',
    });
    const log = await t.database.db
      .selectFrom('beheer_gebeurtenissen')
      .select('soort')
      .where('organisatie_id', '=', id)
      .orderBy('id')
      .execute();
    expect(log.map((r) => r.soort)).toEqual(['organisatie-aangemaakt', 'organisatie-hernoemd']);
  });
});

describe('gebruikersbeheer: accounts', () => {
  let sanne: string;
  let org: string;

  it('adds a professional with function and organisation, who shows up in the list', async () => {
    org = await organisatie('Wijkteam Zuid');
    const res = await api('POST', '/beheer/accounts', beheer, {
      naam: 'Sanne Bakker',
      email: 'Sanne@Wijkteam.example',
      rollen: [{ rol: 'professional', functie: 'wijkteam', organisatieId: org }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      naam: 'Sanne Bakker',
      email: 'sanne@wijkteam.example',
      actief: true,
      bestaandAccount: false,
      rollen: [
        {
          rol: 'professional',
          functie: 'wijkteam',
          organisatieId: org,
          organisatieNaam: 'Wijkteam Zuid',
        },
      ],
    });
    sanne = String(res.body.id);
    const lijst = await api('GET', '/beheer/accounts', beheer);
    const namen = (lijst.body.accounts as Json[]).map((a) => a.naam);
    expect(namen).toEqual(['Ruud', 'Sanne Bakker']);
    expect(lijst.body.totaal).toBe(2);
  });

  it('never lists residents, and shows no resident roles', async () => {
    const lijst = await api('GET', '/beheer/accounts?paginaGrootte=100', beheer);
    expect(JSON.stringify(lijst.body)).not.toContain('Ans Inwoner');
    expect((await api('GET', `/beheer/accounts/${inwoner}`, beheer)).status).toBe(404);
  });

  it('searches by name in a POST body (the name never in the URL)', async () => {
    const res = await api('POST', '/beheer/accounts/_zoek', beheer, { naam: 'sanne' });
    expect((res.body.accounts as Json[]).map((a) => a.id)).toEqual([sanne]);
    const niets = await api('POST', '/beheer/accounts/_zoek', beheer, { naam: '%' });
    expect(niets.body.totaal).toBe(0);
  });

  it('lists every invalid field at once and writes nothing', async () => {
    const res = await api('POST', '/beheer/accounts', beheer, {
      naam: 'Piet',
      email: 'piet@example.nl',
      rollen: [
        { rol: 'professional' },
        { rol: 'huisarts', organisatieId: '0b7c9f3e-5d7a-4f4e-9a55-0e9b1c1f2a3b' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams?.map((p) => p.name)).toEqual([
      'body.rollen.0.functie',
      'body.rollen.0.organisatieId',
      'body.rollen.1.organisatieId',
    ]);
    expect(await t.services.accounts.findByEmail('piet@example.nl')).toBeUndefined();
  });

  it('gives roles to an existing account of another gemeente, and refuses a double', async () => {
    const elders = (await t.services.accounts.create({ email: 'eva@houten.example', naam: 'Eva' }))
      .id;
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, houten.id), elders, {
      rol: 'beleidsmedewerker',
    });
    const res = await api('POST', '/beheer/accounts', beheer, {
      naam: 'Andere naam',
      email: 'eva@houten.example',
      rollen: [{ rol: 'redacteur' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: elders, naam: 'Eva', bestaandAccount: true });
    expect(res.body.rollen).toEqual([
      { rol: 'redacteur', functie: null, organisatieId: null, organisatieNaam: null },
    ]);
    const nogmaals = await api('POST', '/beheer/accounts', beheer, {
      naam: 'Eva',
      email: 'eva@houten.example',
      rollen: [{ rol: 'redacteur' }],
    });
    expect(nogmaals.status).toBe(409);
  });

  it('changes roles: replaces staff roles and keeps resident roles', async () => {
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), sanne, {
      rol: 'mantelzorger',
    });
    const res = await api('PUT', `/beheer/accounts/${sanne}/rollen`, beheer, {
      rollen: [
        { rol: 'professional', functie: 'casemanager', organisatieId: org },
        { rol: 'redacteur' },
      ],
    });
    expect(res.status).toBe(200);
    expect((res.body.rollen as Json[]).map((r) => [r.rol, r.functie])).toEqual([
      ['professional', 'casemanager'],
      ['redacteur', null],
    ]);
    const alle = await t.services.accounts.rolesOf(
      new GemeenteScope(t.database.db, stein.id),
      sanne,
    );
    expect(alle.map((r) => r.rol).sort()).toEqual(['mantelzorger', 'professional', 'redacteur']);
  });

  it('disabling ends every session in every gemeente at once; login fails after; enabling allows again', async () => {
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, houten.id), sanne, {
      rol: 'professional',
      functie: 'wijkteam',
    });
    const inStein = await loginAls(t, { gemeenteId: stein.id, accountId: sanne, host: STEIN });
    const inHouten = await loginAls(t, { gemeenteId: houten.id, accountId: sanne, host: HOUTEN });
    expect((await api('GET', '/sessies/huidige', inStein)).status).toBe(200);

    const uit = await api('PATCH', `/beheer/accounts/${sanne}`, beheer, { actief: false });
    expect(uit.status).toBe(200);
    expect(uit.body.actief).toBe(false);
    const over = await t.database.db
      .selectFrom('sessies')
      .select('gemeente_id')
      .where('account_id', '=', sanne)
      .execute();
    expect(over).toEqual([]);
    expect((await api('GET', '/sessies/huidige', inStein)).status).toBe(401);
    expect((await api('GET', '/sessies/huidige', inHouten)).status).toBe(401);
    const log = await t.database.db
      .selectFrom('beheer_gebeurtenissen')
      .select(['soort', 'details'])
      .where('account_id', '=', sanne)
      .where('soort', '=', 'account-uitgezet')
      .executeTakeFirstOrThrow();
    expect(log.details).toEqual({ sessiesBeeindigd: 2 });

    // A new session for a disabled account is not accepted either.
    const nieuw = await loginAls(t, { gemeenteId: stein.id, accountId: sanne, host: STEIN });
    expect((await api('GET', '/sessies/huidige', nieuw)).status).toBe(401);

    const aan = await api('PATCH', `/beheer/accounts/${sanne}`, beheer, { actief: true });
    expect(aan.body.actief).toBe(true);
    const weer = await loginAls(t, { gemeenteId: stein.id, accountId: sanne, host: STEIN });
    expect((await api('GET', '/sessies/huidige', weer)).status).toBe(200);
  });

  it('the beheerder cannot lock themselves out', async () => {
    expect(
      (await api('PATCH', `/beheer/accounts/${beheerder}`, beheer, { actief: false })).status,
    ).toBe(409);
    expect(
      (
        await api('PUT', `/beheer/accounts/${beheerder}/rollen`, beheer, {
          rollen: [{ rol: 'redacteur' }],
        })
      ).status,
    ).toBe(409);
  });
});

describe('gebruikersbeheer: who may', () => {
  it('refuses visitors, other roles, staff without MFA and other gemeenten', async () => {
    expect((await api('GET', '/beheer/accounts', undefined)).status).toBe(401);
    const alsInwoner = await loginAls(t, { gemeenteId: stein.id, accountId: inwoner, host: STEIN });
    expect((await api('GET', '/beheer/accounts', alsInwoner)).status).toBe(403);
    const zonderMfa = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: beheerder,
      host: STEIN,
      mfa: false,
    });
    expect((await api('GET', '/beheer/accounts', zonderMfa)).status).toBe(401);
    // The Stein beheerder has no role in Houten: a Houten session gives no access there.
    const inHouten = await loginAls(t, {
      gemeenteId: houten.id,
      accountId: beheerder,
      host: HOUTEN,
    });
    expect((await api('GET', '/beheer/accounts', inHouten)).status).toBe(403);
    expect(
      (await api('POST', '/beheer/organisaties', inHouten, { naam: 'X', soort: 'overig' })).status,
    ).toBe(403);
  });

  it('lets a platform admin create only the first functioneel-beheerder of a gemeente', async () => {
    const login = await loginAls(t, { gemeenteId: houten.id, accountId: platform, host: HOUTEN });
    const eerste = await api('POST', '/beheer/accounts', login, {
      naam: 'Henk',
      email: 'henk@houten.example',
      rollen: [{ rol: 'functioneel-beheerder' }],
    });
    expect(eerste.status).toBe(201);
    const anders = await api('POST', '/beheer/accounts', login, {
      naam: 'Iemand',
      email: 'iemand@houten.example',
      rollen: [{ rol: 'redacteur' }],
    });
    expect(anders.status).toBe(403);
    expect(
      (await api('PATCH', `/beheer/accounts/${String(eerste.body.id)}`, login, { actief: false }))
        .status,
    ).toBe(403);
  });
});
