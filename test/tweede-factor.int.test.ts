import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { type Browser, browser, inloggen, verzoek } from './helpers/aanmelden.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

const WACHTWOORD = 'een lang en goed wachtwoord';
const HOST = 'stein.example.nl';
let t: TestApp;
let sanne: string;
let ip = 0;
const nieuweBrowser = () => browser(HOST, `10.2.0.${++ip}`);
const codeOp = (sleutel: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(sleutel.replace(/\s/g, '')) }).generate({ timestamp: ms });

beforeAll(async () => {
  t = await createTestApp();
  const stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: [HOST],
  });
  sanne = (
    await t.services.accounts.create({
      email: 'sanne@example.nl',
      naam: 'Sanne',
      wachtwoord: WACHTWOORD,
    })
  ).id;
  await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), sanne, {
    rol: 'professional',
    functie: 'wijkteam',
  });
});
afterAll(() => t.close());

let sleutel = '';
let herstelcodes: string[] = [];

describe('MFA for staff', () => {
  it('a staff session without an app may only set one up', async () => {
    const b = nieuweBrowser();
    const res = await inloggen(t, b, 'sanne@example.nl', WACHTWOORD);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      mfaNodig: true,
      mfaVoldaan: false,
      tweedeFactor: 'instellen',
    });
    expect((await verzoek(t, b, 'GET', '/api/v1/account')).statusCode).toBe(401);
    expect((await verzoek(t, b, 'GET', '/api/v1/account/sessies')).statusCode).toBe(401);
    expect((await verzoek(t, b, 'GET', '/api/v1/aanmelding')).json().tweedeFactor).toBe(
      'instellen',
    );
    const code = await verzoek(t, b, 'POST', '/api/v1/sessies/huidige/tweede-factor', {
      code: '123456',
    });
    expect(code.statusCode).toBe(409);
  });

  it('enrols: QR code and key, a wrong code is refused, the right one activates and gives 10 recovery codes', async () => {
    const b = nieuweBrowser();
    await inloggen(t, b, 'sanne@example.nl', WACHTWOORD);
    const start = await verzoek(t, b, 'POST', '/api/v1/account/tweede-factor');
    expect(start.statusCode).toBe(201);
    const body = start.json();
    expect(body.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Kring%20Stein:sanne%40example\.nl\?.*secret=/,
    );
    expect(body.qrSvg).toMatch(/^<svg/);
    expect(body.sleutel).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    sleutel = body.sleutel;

    // The secret is stored encrypted, never as it was shown.
    const row = await t.services.accounts.findById(sanne);
    expect(row?.mfa_geheim).toMatch(/^v1:/);
    expect(row?.mfa_geheim).not.toContain(sleutel.replace(/\s/g, ''));

    const fout = await verzoek(t, b, 'POST', '/api/v1/account/tweede-factor/bevestiging', {
      code: codeOp(sleutel, Date.now() - 5 * 60_000),
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0]).toMatchObject({ name: 'body.code' });

    const voor = b.cookie;
    const goed = await verzoek(t, b, 'POST', '/api/v1/account/tweede-factor/bevestiging', {
      code: codeOp(sleutel, Date.now()),
    });
    expect(goed.statusCode).toBe(200);
    expect(goed.json()).toMatchObject({ mfaVoldaan: true, tweedeFactor: 'voldaan' });
    herstelcodes = goed.json().herstelcodes;
    expect(herstelcodes).toHaveLength(10);
    expect(b.cookie).not.toBe(voor);
    const account = await verzoek(t, b, 'GET', '/api/v1/account');
    expect(account.statusCode).toBe(200);
    expect(account.json().tweedeFactor).toMatchObject({ actief: true, herstelcodesOver: 10 });
    const opgeslagen = (await t.services.accounts.findById(sanne))?.mfa_herstelcodes ?? [];
    expect(opgeslagen.some((h) => herstelcodes.includes(h))).toBe(false);

    // Once active, a second set-up is refused (a stolen password cannot replace the app).
    expect((await verzoek(t, b, 'POST', '/api/v1/account/tweede-factor')).statusCode).toBe(409);
  });

  it('asks for the code after the password; the code rotates the session; a replayed code is refused', async () => {
    const b = nieuweBrowser();
    const res = await inloggen(t, b, 'sanne@example.nl', WACHTWOORD);
    expect(res.json().tweedeFactor).toBe('invoeren');
    // A session that still needs the code may not set up a new app.
    expect((await verzoek(t, b, 'POST', '/api/v1/account/tweede-factor')).statusCode).toBe(409);

    // The step of the enrolment code is used; the next step's code is fine (clock drift).
    const code = codeOp(sleutel, Date.now() + 30_000);
    const voor = { cookie: b.cookie, csrf: b.csrf };
    const ok = await verzoek(t, b, 'POST', '/api/v1/sessies/huidige/tweede-factor', { code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ mfaVoldaan: true });
    expect(b.cookie).not.toBe(voor.cookie);
    expect(b.csrf).not.toBe(voor.csrf);
    const oud = await t.app.inject({
      url: '/api/v1/sessies/huidige',
      headers: { host: HOST, cookie: voor.cookie ?? '' },
    });
    expect(oud.statusCode).toBe(401);
    expect((await verzoek(t, b, 'GET', '/api/v1/account')).statusCode).toBe(200);

    const ander = nieuweBrowser();
    await inloggen(t, ander, 'sanne@example.nl', WACHTWOORD);
    const replay = await verzoek(t, ander, 'POST', '/api/v1/sessies/huidige/tweede-factor', {
      code,
    });
    expect(replay.statusCode).toBe(400);
    expect((await verzoek(t, ander, 'GET', '/api/v1/account')).statusCode).toBe(401);
  });

  it('accepts each recovery code once, typed in any case', async () => {
    const [code = ''] = herstelcodes;
    const b = nieuweBrowser();
    await inloggen(t, b, 'sanne@example.nl', WACHTWOORD);
    const ok = await verzoek(t, b, 'POST', '/api/v1/sessies/huidige/tweede-factor', {
      herstelcode: code.toLowerCase().replace('-', ' '),
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await verzoek(t, b, 'GET', '/api/v1/account')).json().tweedeFactor.herstelcodesOver,
    ).toBe(9);

    const nogEens = nieuweBrowser();
    await inloggen(t, nogEens, 'sanne@example.nl', WACHTWOORD);
    const res = await verzoek(t, nogEens, 'POST', '/api/v1/sessies/huidige/tweede-factor', {
      herstelcode: code,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'body.herstelcode' });
  });

  it('writes MFA events and counts wrong codes towards the lockout', async () => {
    const rows = await t.database.db
      .selectFrom('authenticatie_gebeurtenissen')
      .select(['soort', 'uitkomst'])
      .where('account_id', '=', sanne)
      .execute();
    const soorten = rows.map((r) => `${r.soort}:${r.uitkomst}`);
    expect(soorten).toEqual(
      expect.arrayContaining([
        'tweede-factor-instellen:mislukt',
        'tweede-factor-instellen:gelukt',
        'tweede-factor:gelukt',
        'tweede-factor:mislukt',
        'herstelcode:gelukt',
        'herstelcode:mislukt',
      ]),
    );
    const b = nieuweBrowser();
    await inloggen(t, b, 'sanne@example.nl', WACHTWOORD);
    for (let i = 0; i < 5; i++) {
      await verzoek(t, b, 'POST', '/api/v1/sessies/huidige/tweede-factor', { code: '000000' });
    }
    const goed = await verzoek(t, b, 'POST', '/api/v1/sessies/huidige/tweede-factor', {
      code: codeOp(sleutel, Date.now() + 30_000),
    });
    expect(goed.statusCode).toBe(400);
    const rij = await t.services.accounts.findById(sanne);
    expect(rij?.geblokkeerd_tot?.getTime()).toBeGreaterThan(Date.now());
  });

  it('needs exactly one of code and herstelcode', async () => {
    const b: Browser = nieuweBrowser();
    const res = await verzoek(t, b, 'POST', '/api/v1/sessies/huidige/tweede-factor', {});
    expect(res.statusCode).toBe(400);
  });
});
