import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { browser, inloggen, verzoek } from './helpers/aanmelden.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

const WACHTWOORD = 'een lang en goed wachtwoord';
const HOST = 'stein.example.nl';
let t: TestApp;
let stein: { id: number };
let houten: { id: number };
let ans: string;
let ip = 0;
/** Every test its own client address, so the per-address limit only hits where meant. */
const nieuweBrowser = (host = HOST) => browser(host, `10.1.0.${++ip}`);

async function gebeurtenissen(accountId: string | null) {
  let q = t.database.db
    .selectFrom('authenticatie_gebeurtenissen')
    .select(['soort', 'uitkomst', 'account_id', 'ip', 'gemeente_id'])
    .orderBy('id');
  q = accountId ? q.where('account_id', '=', accountId) : q.where('account_id', 'is', null);
  return q.execute();
}

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: [HOST] });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: ['houten.example.nl'],
  });
  ans = (
    await t.services.accounts.create({
      email: 'ans@example.nl',
      naam: 'Ans',
      wachtwoord: WACHTWOORD,
    })
  ).id;
  await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), ans, {
    rol: 'inwoner',
  });
});
afterAll(() => t.close());

describe('password login', () => {
  it('logs a resident in with a new Secure, HttpOnly, SameSite=Strict __Host- cookie', async () => {
    const b = nieuweBrowser();
    const res = await inloggen(t, b, 'Ans@Example.nl ', WACHTWOORD);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      account: { naam: 'Ans' },
      rollen: [{ rol: 'inwoner' }],
      mfaNodig: false,
      tweedeFactor: 'niet-nodig',
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-kring-sessie=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect((await verzoek(t, b, 'GET', '/api/v1/sessies/huidige')).statusCode).toBe(200);
  });

  it('tells the login state with 200 also without a session', async () => {
    const b = nieuweBrowser();
    const zonder = await verzoek(t, b, 'GET', '/api/v1/aanmelding');
    expect(zonder.statusCode).toBe(200);
    expect(zonder.json()).toEqual({ sessie: null, tweedeFactor: null });
    await inloggen(t, b, 'ans@example.nl', WACHTWOORD);
    const met = (await verzoek(t, b, 'GET', '/api/v1/aanmelding')).json();
    expect(met).toMatchObject({ sessie: { account: { naam: 'Ans' } }, tweedeFactor: 'niet-nodig' });
    expect(met.sessie.csrfToken).toBe(b.csrf);
  });

  it('gives a new session token at every login and ends the one the browser had', async () => {
    const b = nieuweBrowser();
    await inloggen(t, b, 'ans@example.nl', WACHTWOORD);
    const eerste = b.cookie;
    await inloggen(t, b, 'ans@example.nl', WACHTWOORD);
    expect(b.cookie).not.toBe(eerste);
    const oud = await t.app.inject({
      url: '/api/v1/sessies/huidige',
      headers: { host: HOST, cookie: eerste ?? '' },
    });
    expect(oud.statusCode).toBe(401);
  });

  it('answers every failure with the same generic 401', async () => {
    const antwoorden = [
      await inloggen(t, nieuweBrowser(), 'ans@example.nl', 'niet het wachtwoord'),
      await inloggen(t, nieuweBrowser(), 'onbekend@example.nl', WACHTWOORD),
      // Right password, but Ans has no role in Houten.
      await inloggen(t, nieuweBrowser('houten.example.nl'), 'ans@example.nl', WACHTWOORD),
    ];
    for (const res of antwoorden) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'KRING_NIET_INGELOGD',
        detail: 'E-mailadres of wachtwoord klopt niet.',
      });
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).not.toContain('example.nl');
    }
  });

  it('writes events without e-mail address, and none linked to an unknown address', async () => {
    const b = nieuweBrowser();
    await inloggen(t, b, 'niemand-hier@example.nl', WACHTWOORD);
    const anoniem = await gebeurtenissen(null);
    expect(anoniem.at(-1)).toMatchObject({
      soort: 'inloggen',
      uitkomst: 'mislukt',
      ip: b.ip,
      gemeente_id: stein.id,
    });
    const rows = await t.database.db
      .selectFrom('authenticatie_gebeurtenissen')
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain('niemand-hier');
    const vanAns = await gebeurtenissen(ans);
    expect(vanAns.map((r) => `${r.soort}:${r.uitkomst}`)).toEqual(
      expect.arrayContaining(['inloggen:gelukt', 'inloggen:mislukt', 'uitloggen:gelukt']),
    );
  });

  it('logs out: the session ends and the event is written', async () => {
    const b = nieuweBrowser();
    await inloggen(t, b, 'ans@example.nl', WACHTWOORD);
    const cookie = b.cookie;
    expect((await verzoek(t, b, 'DELETE', '/api/v1/sessies/huidige')).statusCode).toBe(204);
    const na = await t.app.inject({
      url: '/api/v1/sessies/huidige',
      headers: { host: HOST, cookie: cookie ?? '' },
    });
    expect(na.statusCode).toBe(401);
  });

  it('lets a stale cookie log in again without a CSRF token (the cookie authenticates nothing)', async () => {
    const b = nieuweBrowser();
    await inloggen(t, b, 'ans@example.nl', WACHTWOORD);
    await t.database.db.deleteFrom('sessies').where('account_id', '=', ans).execute();
    b.csrf = undefined;
    expect((await inloggen(t, b, 'ans@example.nl', WACHTWOORD)).statusCode).toBe(201);
  });

  it('refuses a login posted from another site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      headers: { host: HOST, origin: 'https://kwaadaardig.example' },
      remoteAddress: '10.1.9.1',
      payload: { email: 'ans@example.nl', wachtwoord: WACHTWOORD },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('lockout and rate limit', () => {
  it('locks the account after 5 failures: then even the right password gets the same 401', async () => {
    const id = (
      await t.services.accounts.create({
        email: 'bram@example.nl',
        naam: 'Bram',
        wachtwoord: WACHTWOORD,
      })
    ).id;
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), id, {
      rol: 'vrijwilliger',
    });
    for (let i = 0; i < 5; i++) {
      expect(
        (await inloggen(t, nieuweBrowser(), 'bram@example.nl', `fout ${i} wachtwoord`)).statusCode,
      ).toBe(401);
    }
    const geblokkeerd = await inloggen(t, nieuweBrowser(), 'bram@example.nl', WACHTWOORD);
    expect(geblokkeerd.statusCode).toBe(401);
    expect(geblokkeerd.json().detail).toBe('E-mailadres of wachtwoord klopt niet.');

    const account = await t.services.accounts.findById(id);
    const minuut = (account?.geblokkeerd_tot?.getTime() ?? 0) - Date.now();
    expect(minuut).toBeGreaterThan(50_000);
    expect(minuut).toBeLessThanOrEqual(60_000);
    const soorten = (await gebeurtenissen(id)).map((r) => `${r.soort}:${r.uitkomst}`);
    expect(soorten).toContain('blokkade:geblokkeerd');
    expect(soorten.at(-1)).toBe('inloggen:geblokkeerd');

    // The minute passes: the right password works and the count starts again.
    await t.database.db
      .updateTable('accounts')
      .set({ geblokkeerd_tot: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    expect((await inloggen(t, nieuweBrowser(), 'bram@example.nl', WACHTWOORD)).statusCode).toBe(
      201,
    );
    expect((await t.services.accounts.findById(id))?.mislukte_pogingen).toBe(0);
  });

  it('doubles the lock at the next failure', async () => {
    const id = (
      await t.services.accounts.create({
        email: 'fatma@example.nl',
        naam: 'Fatma',
        wachtwoord: WACHTWOORD,
      })
    ).id;
    await t.database.db
      .updateTable('accounts')
      .set({ mislukte_pogingen: 5, geblokkeerd_tot: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    await inloggen(t, nieuweBrowser(), 'fatma@example.nl', 'nog steeds fout!!');
    const account = await t.services.accounts.findById(id);
    const wacht = (account?.geblokkeerd_tot?.getTime() ?? 0) - Date.now();
    expect(wacht).toBeGreaterThan(110_000);
    expect(wacht).toBeLessThanOrEqual(120_000);
  });

  it('allows 10 login attempts per minute per client address, then 429', async () => {
    const b = nieuweBrowser();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await inloggen(t, b, 'x@example.nl', 'x')).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
    const last = await inloggen(t, b, 'ans@example.nl', WACHTWOORD);
    expect(last.json()).toMatchObject({ code: 'KRING_TE_VEEL_VERZOEKEN' });
    // Another address is not affected.
    expect((await inloggen(t, nieuweBrowser(), 'ans@example.nl', WACHTWOORD)).statusCode).toBe(201);
  });

  it('refuses invalid input with all problems at once', async () => {
    const res = await verzoek(t, nieuweBrowser(), 'POST', '/api/v1/sessies', { email: 5 });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['body.email', 'body.wachtwoord']);
    void houten;
  });
});
