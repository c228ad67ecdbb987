import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls } from './helpers/login.ts';
import {
  ACR_BASIS,
  ACR_TWEE_FACTOR,
  CookieJar,
  startTestIdp,
  type TestIdp,
  volgRedirects,
} from './helpers/oidc-idp.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * The whole OpenID Connect login against a real provider (oidc-provider) over real HTTP:
 * Kring listens on 127.0.0.1, the provider too; the "browser" follows redirects by hand
 * and carries cookies.
 */

let t: TestApp;
let idp: TestIdp;
let kringUrl: string;
let stein: { id: number };
let digid: { id: string };
let personeel: { id: string };
let sanne: string;

const SECRET_ENV = 'KRING_TEST_OIDC_GEHEIM';
const GEHEIM = 'geheim-van-de-test-client-0123456789';

beforeAll(async () => {
  process.env[SECRET_ENV] = GEHEIM;
  t = await createTestApp({ logLevel: 'warn' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  kringUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  stein = await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: [] });

  // Providers first (their ids are in the redirect URIs), the issuer once the IdP runs.
  digid = await t.services.oidc.maakViaCli(stein.id, {
    slug: 'digid',
    naam: 'DigiD',
    issuer: 'http://127.0.0.1:1',
    clientId: 'kring-inwoners',
    clientSecretEnv: SECRET_ENV,
    scopes: ['openid'],
    doelgroep: 'inwoners',
    acrWaarden: [ACR_BASIS, ACR_TWEE_FACTOR],
  });
  personeel = await t.services.oidc.maakViaCli(stein.id, {
    slug: 'personeel',
    naam: 'Inloggen voor medewerkers',
    issuer: 'http://127.0.0.1:1',
    clientId: 'kring-medewerkers',
    clientSecretEnv: SECRET_ENV,
    scopes: ['openid', 'email'],
    doelgroep: 'medewerkers',
    acrWaarden: [ACR_BASIS, ACR_TWEE_FACTOR],
    acrTweedeFactor: [ACR_TWEE_FACTOR],
  });
  const callback = (id: string) => `${kringUrl}/api/v1/oidc-providers/${id}/callback`;
  idp = await startTestIdp([
    { clientId: 'kring-inwoners', clientSecret: GEHEIM, redirectUris: [callback(digid.id)] },
    { clientId: 'kring-medewerkers', clientSecret: GEHEIM, redirectUris: [callback(personeel.id)] },
  ]);
  await t.database.db.updateTable('oidc_providers').set({ issuer: idp.issuer }).execute();

  sanne = (await t.services.accounts.create({ email: 'sanne@wijkteam.example', naam: 'Sanne' })).id;
  await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), sanne, {
    rol: 'professional',
    functie: 'wijkteam',
  });
});

afterAll(async () => {
  await idp?.close();
  await t?.close();
  delete process.env[SECRET_ENV];
});

beforeEach(() => {
  idp.sabotage = undefined;
});

const start = (providerId: string) => `${kringUrl}/api/v1/oidc-providers/${providerId}/autorisatie`;

async function huidige(jar: CookieJar) {
  const res = await fetch(`${kringUrl}/api/v1/sessies/huidige`, {
    headers: { cookie: jar.header() },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function inloggen(providerId: string, jar = new CookieJar()) {
  const { eind, bezocht } = await volgRedirects(start(providerId), jar, kringUrl);
  return { eind, bezocht, jar };
}

async function gebeurtenissen(uitkomst: 'gelukt' | 'mislukt') {
  const rows = await t.database.db
    .selectFrom('authenticatie_gebeurtenissen')
    .select(['soort', 'account_id'])
    .where('uitkomst', '=', uitkomst)
    .where('soort', 'like', 'oidc%')
    .execute();
  return rows;
}

describe('OIDC login for residents (a DigiD-like broker)', () => {
  it('creates a person account with the inwoner role on first login, and a session', async () => {
    idp.volgende = { sub: 'burger-1', acr: ACR_BASIS };
    const voor = await gebeurtenissen('gelukt');
    const { eind, bezocht, jar } = await inloggen(digid.id);
    expect(eind.pathname).toBe('/inloggen/klaar');
    expect(eind.search).toBe('');

    // The way to the provider carried PKCE (S256), state and nonce, and no personal data.
    const naarIdp = bezocht.find((u) => u.origin === idp.issuer && u.pathname === '/auth');
    expect(naarIdp?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(naarIdp?.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(naarIdp?.searchParams.get('state')).toBeTruthy();
    expect(naarIdp?.searchParams.get('nonce')).toBeTruthy();
    expect(naarIdp?.searchParams.get('redirect_uri')).toBe(
      `${kringUrl}/api/v1/oidc-providers/${digid.id}/callback`,
    );

    const sessie = await huidige(jar);
    expect(sessie.status).toBe(200);
    expect(sessie.body).toMatchObject({
      account: { naam: 'Inwoner' },
      rollen: [{ rol: 'inwoner' }],
      methode: 'oidc:digid',
      mfaNodig: false,
    });
    expect(jar.get('kring-oidc'), 'the state cookie is cleared').toBeUndefined();

    const account = await t.database.db
      .selectFrom('oidc_identiteiten')
      .innerJoin('accounts', 'accounts.id', 'oidc_identiteiten.account_id')
      .select(['accounts.email', 'accounts.wachtwoord_hash'])
      .where('sub', '=', 'burger-1')
      .executeTakeFirstOrThrow();
    expect(account).toEqual({ email: null, wachtwoord_hash: null });
    expect((await gebeurtenissen('gelukt')).length).toBe(voor.length + 1);
  });

  it('finds the same account again at the next login', async () => {
    idp.volgende = { sub: 'burger-2', acr: ACR_BASIS };
    await inloggen(digid.id);
    const aantal = async () =>
      (await t.database.db.selectFrom('accounts').select('id').execute()).length;
    const voor = await aantal();
    idp.volgende = { sub: 'burger-2', acr: ACR_BASIS };
    const { jar } = await inloggen(digid.id);
    expect(await aantal()).toBe(voor);
    expect((await huidige(jar)).status).toBe(200);
  });

  it('refuses an acr the gemeente does not accept', async () => {
    idp.volgende = { sub: 'burger-3' };
    const { eind, jar } = await inloggen(digid.id);
    expect(eind.pathname + eind.search).toBe('/inloggen/klaar?fout=oidc');
    expect((await huidige(jar)).status).toBe(401);
  });
});

describe('OIDC login for staff', () => {
  it('links to the existing account by a verified e-mail; a second-factor acr counts as MFA', async () => {
    idp.volgende = {
      sub: 'mw-sanne',
      acr: ACR_TWEE_FACTOR,
      email: 'Sanne@Wijkteam.example',
      emailVerified: true,
    };
    const { eind, jar } = await inloggen(personeel.id);
    expect(eind.pathname).toBe('/inloggen/klaar');
    expect((await huidige(jar)).body).toMatchObject({
      account: { naam: 'Sanne' },
      rollen: [{ rol: 'professional', functie: 'wijkteam' }],
      methode: 'oidc:personeel',
      mfaNodig: true,
      mfaVoldaan: true,
    });
    const link = await t.database.db
      .selectFrom('oidc_identiteiten')
      .select('account_id')
      .where('sub', '=', 'mw-sanne')
      .executeTakeFirstOrThrow();
    expect(link.account_id).toBe(sanne);
  });

  it("leaves Kring's own MFA to do when the acr is not a second factor", async () => {
    idp.volgende = { sub: 'mw-sanne', acr: ACR_BASIS };
    const { jar } = await inloggen(personeel.id);
    const sessie = await huidige(jar);
    expect(sessie.body).toMatchObject({ mfaNodig: true, mfaVoldaan: false });
  });

  it('never creates staff: an unknown or unverified e-mail fails and makes no account', async () => {
    const aantal = async () =>
      (await t.database.db.selectFrom('accounts').select('id').execute()).length;
    const voor = await aantal();
    for (const volgende of [
      { sub: 'mw-onbekend', acr: ACR_TWEE_FACTOR, email: 'nieuw@example.nl', emailVerified: true },
      {
        sub: 'mw-onbevestigd',
        acr: ACR_TWEE_FACTOR,
        email: 'sanne@wijkteam.example',
        emailVerified: false,
      },
    ]) {
      idp.volgende = volgende;
      const { eind, jar } = await inloggen(personeel.id);
      expect(eind.search).toBe('?fout=oidc');
      expect((await huidige(jar)).status).toBe(401);
    }
    expect(await aantal()).toBe(voor);
  });

  it('fails for a disabled account', async () => {
    await t.services.accounts.setActief(sanne, false);
    try {
      idp.volgende = { sub: 'mw-sanne', acr: ACR_TWEE_FACTOR };
      const { eind } = await inloggen(personeel.id);
      expect(eind.search).toBe('?fout=oidc');
    } finally {
      await t.services.accounts.setActief(sanne, true);
    }
  });
});

describe('OIDC callback checks', () => {
  async function naarCallback(providerId: string) {
    const jar = new CookieJar();
    let callback: URL | undefined;
    await volgRedirects(start(providerId), jar, kringUrl, (url) => {
      if (url.pathname.endsWith('/callback') && !callback) {
        callback = url;
        return new URL(`${kringUrl}/inloggen/gestopt`);
      }
      return undefined;
    });
    if (!callback) throw new Error('no callback');
    return { callback, jar };
  }

  async function afmaken(url: URL, jar: CookieJar) {
    return volgRedirects(url.href, jar, kringUrl);
  }

  it('refuses a wrong state', async () => {
    idp.volgende = { sub: 'burger-4', acr: ACR_BASIS };
    const { callback, jar } = await naarCallback(digid.id);
    callback.searchParams.set('state', 'verzonnen-state');
    expect((await afmaken(callback, jar)).eind.search).toBe('?fout=oidc');
    expect((await huidige(jar)).status).toBe(401);
  });

  it('refuses a state that was used already (replay)', async () => {
    idp.volgende = { sub: 'burger-5', acr: ACR_BASIS };
    const { callback, jar } = await naarCallback(digid.id);
    const state = jar.get('kring-oidc');
    expect((await afmaken(callback, jar)).eind.pathname).toBe('/inloggen/klaar');
    const tweede = new CookieJar();
    expect(state).toBeTruthy();
    const opnieuw = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `kring-oidc=${state}` },
    });
    expect(opnieuw.headers.get('location')).toBe('/inloggen/klaar?fout=oidc');
    tweede.store(opnieuw);
    expect((await huidige(tweede)).status).toBe(401);
  });

  it('refuses a callback in another browser (no state cookie)', async () => {
    idp.volgende = { sub: 'burger-6', acr: ACR_BASIS };
    const { callback } = await naarCallback(digid.id);
    const andere = new CookieJar();
    expect((await afmaken(callback, andere)).eind.search).toBe('?fout=oidc');
    expect((await huidige(andere)).status).toBe(401);
  });

  it('refuses a tampered code', async () => {
    idp.volgende = { sub: 'burger-7', acr: ACR_BASIS };
    const { callback, jar } = await naarCallback(digid.id);
    callback.searchParams.set('code', `${callback.searchParams.get('code')}x`);
    expect((await afmaken(callback, jar)).eind.search).toBe('?fout=oidc');
    expect((await huidige(jar)).status).toBe(401);
  });

  for (const sabotage of ['aud', 'iss', 'handtekening'] as const) {
    it(`refuses an ID token with a wrong ${sabotage === 'handtekening' ? 'signature' : sabotage}`, async () => {
      idp.volgende = { sub: `burger-${sabotage}`, acr: ACR_BASIS };
      idp.sabotage = sabotage;
      const { eind, jar } = await inloggen(digid.id);
      expect(eind.search).toBe('?fout=oidc');
      expect((await huidige(jar)).status).toBe(401);
      const gemaakt = await t.database.db
        .selectFrom('oidc_identiteiten')
        .select('sub')
        .where('sub', 'in', [`burger-${sabotage}`, 'iemand-anders'])
        .execute();
      expect(gemaakt).toEqual([]);
    });
  }

  it('refuses a provider whose discovery names another issuer', async () => {
    const verkeerd = await t.services.oidc.maakViaCli(stein.id, {
      slug: 'verkeerde-issuer',
      naam: 'Verkeerd',
      issuer: `${idp.issuer}/anders`,
      clientId: 'kring-inwoners',
      clientSecretEnv: SECRET_ENV,
      doelgroep: 'inwoners',
    });
    const res = await fetch(start(verkeerd.id), { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inloggen/klaar?fout=oidc');
  });

  it('logs every failure as an authentication event without personal data', async () => {
    const mislukt = await gebeurtenissen('mislukt');
    expect(mislukt.length).toBeGreaterThanOrEqual(8);
    expect(t.logs.join('\n')).not.toContain('sanne@wijkteam.example');
    expect(t.logs.join('\n')).not.toContain(GEHEIM);
  });
});

describe('OIDC provider list and administration', () => {
  it('lists the active providers publicly, without their settings', async () => {
    const res = await t.app.inject({ url: '/api/v1/oidc-providers' });
    expect(res.statusCode).toBe(200);
    const { providers } = res.json() as { providers: Record<string, unknown>[] };
    expect(providers.map((p) => p.naam)).toContain('DigiD');
    for (const p of providers) expect(Object.keys(p).sort()).toEqual(['doelgroep', 'id', 'naam']);
  });

  it('lets the functioneel-beheerder add and switch off a provider; the secret stays in the environment', async () => {
    const beheerder = (
      await t.services.accounts.create({ email: 'beheer@stein.example', naam: 'Beheer' })
    ).id;
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), beheerder, {
      rol: 'functioneel-beheerder',
    });
    const login = await loginAls(t, { gemeenteId: stein.id, accountId: beheerder });
    const nieuw = await t.app.inject({
      method: 'POST',
      url: '/api/v1/beheer/oidc-providers',
      headers: login.headers,
      payload: {
        slug: 'eherkenning',
        naam: 'eHerkenning',
        issuer: 'https://broker.example.nl',
        clientId: 'stein',
        clientSecretEnv: SECRET_ENV,
        doelgroep: 'medewerkers',
      },
    });
    expect(nieuw.statusCode).toBe(201);
    const provider = nieuw.json() as Record<string, unknown>;
    expect(provider).toMatchObject({
      clientSecretEnv: SECRET_ENV,
      clientSecretAanwezig: true,
      scopes: ['openid'],
      redirectUri: `http://localhost/api/v1/oidc-providers/${provider.id}/callback`,
    });
    expect(nieuw.body).not.toContain(GEHEIM);

    const uit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/beheer/oidc-providers/${provider.id}`,
      headers: login.headers,
      payload: { actief: false },
    });
    expect(uit.json()).toMatchObject({ actief: false, scopes: ['openid'] });
    const publiek = (await t.app.inject({ url: '/api/v1/oidc-providers' })).json() as {
      providers: { id: string }[];
    };
    expect(publiek.providers.map((p) => p.id)).not.toContain(provider.id);
    const res = await t.app.inject({
      url: `/api/v1/oidc-providers/${provider.id}/autorisatie`,
    });
    expect(res.statusCode).toBe(404);

    const log = await t.database.db
      .selectFrom('beheer_gebeurtenissen')
      .select(['soort', 'door_account_id'])
      .where('provider_id', '=', String(provider.id))
      .orderBy('id')
      .execute();
    expect(log).toEqual([
      { soort: 'oidc-provider-aangemaakt', door_account_id: beheerder },
      { soort: 'oidc-provider-gewijzigd', door_account_id: beheerder },
    ]);
  });

  it('lists every invalid field at once and refuses plain http to another machine', async () => {
    const beheerder = await t.services.accounts.findByEmail('beheer@stein.example');
    const login = await loginAls(t, { gemeenteId: stein.id, accountId: beheerder!.id });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/beheer/oidc-providers',
      headers: login.headers,
      payload: {
        slug: 'Met Spaties',
        naam: '',
        issuer: 'http://broker.example.nl',
        clientId: 'x',
        clientSecretEnv: 'het-geheim-zelf',
        doelgroep: 'iedereen',
      },
    });
    expect(res.statusCode).toBe(400);
    const names = (res.json() as { invalidParams: { name: string }[] }).invalidParams.map(
      (p) => p.name,
    );
    for (const veld of ['slug', 'naam', 'issuer', 'clientSecretEnv', 'doelgroep']) {
      expect(names).toContain(`body.${veld}`);
    }
  });

  it('is closed to other roles and to visitors', async () => {
    const login = await loginAls(t, { gemeenteId: stein.id, accountId: sanne });
    const alsProfessional = await t.app.inject({
      url: '/api/v1/beheer/oidc-providers',
      headers: login.headers,
    });
    expect(alsProfessional.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/beheer/oidc-providers' })).statusCode).toBe(401);
  });
});
