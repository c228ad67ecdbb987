import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
let stein: { id: number };
let houten: { id: number };
let inwoner: string;
let professional: string;

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: ['stein.example.nl'],
  });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: ['houten.example.nl'],
  });
  inwoner = (await t.services.accounts.create({ email: 'ans@example.nl', naam: 'Ans' })).id;
  professional = (await t.services.accounts.create({ email: 'sanne@example.nl', naam: 'Sanne' }))
    .id;
  const scope = new GemeenteScope(t.database.db, stein.id);
  await t.services.accounts.grantRole(scope, inwoner, { rol: 'inwoner' });
  await t.services.accounts.grantRole(scope, professional, {
    rol: 'professional',
    functie: 'wijkteam',
  });
});
afterAll(() => t.close());

const huidige = (headers: Record<string, string>) =>
  t.app.inject({ url: '/api/v1/sessies/huidige', headers });

describe('sessions', () => {
  it('lead from the cookie to the account, its roles and the CSRF token', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: inwoner,
      host: 'stein.example.nl',
    });
    const res = await huidige(login.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      account: { naam: 'Ans' },
      rollen: [{ rol: 'inwoner' }],
      mfaNodig: false,
      csrfToken: login.csrfToken,
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('are answered with 401 without a cookie, with a wrong one, or on another gemeente', async () => {
    expect((await huidige({ host: 'stein.example.nl' })).statusCode).toBe(401);
    expect(
      (await huidige({ host: 'stein.example.nl', cookie: 'kring-sessie=verzonnen' })).statusCode,
    ).toBe(401);
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: inwoner,
      host: 'stein.example.nl',
    });
    expect((await huidige({ ...login.headers, host: 'houten.example.nl' })).statusCode).toBe(401);
    void houten;
  });

  it('say when a staff member still has to give the MFA code', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: professional,
      host: 'stein.example.nl',
      mfa: false,
    });
    expect((await huidige(login.headers)).json()).toMatchObject({
      mfaNodig: true,
      mfaVoldaan: false,
    });
  });

  it('end at logout, at once', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: inwoner,
      host: 'stein.example.nl',
    });
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidige',
      headers: login.headers,
    });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toMatch(/^__Host-kring-sessie=;.*Secure.*SameSite=Strict/i);
    expect((await huidige(login.headers)).statusCode).toBe(401);
  });

  it('end when the account is disabled', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: inwoner,
      host: 'stein.example.nl',
    });
    await t.database.db
      .updateTable('accounts')
      .set({ actief: false })
      .where('id', '=', inwoner)
      .execute();
    try {
      expect((await huidige(login.headers)).statusCode).toBe(401);
    } finally {
      await t.database.db
        .updateTable('accounts')
        .set({ actief: true })
        .where('id', '=', inwoner)
        .execute();
    }
  });

  it('end after 30 idle minutes for staff', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: professional,
      host: 'stein.example.nl',
    });
    await t.database.db
      .updateTable('sessies')
      .set({ laatst_actief_op: new Date(Date.now() - 31 * 60_000) })
      .where('account_id', '=', professional)
      .execute();
    expect((await huidige(login.headers)).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request with a session but without the CSRF token', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: inwoner,
      host: 'stein.example.nl',
    });
    const { 'x-csrf-token': _weg, ...zonder } = login.headers;
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidige',
      headers: zonder,
    });
    expect(res.statusCode).toBe(403);
    const fout = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidige',
      headers: { ...login.headers, 'x-csrf-token': 'niet-de-goede' },
    });
    expect(fout.statusCode).toBe(403);
    expect((await huidige(login.headers)).statusCode).toBe(200);
  });

  it('refuses state-changing requests from another site', async () => {
    const login = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: inwoner,
      host: 'stein.example.nl',
    });
    const viaSite = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidige',
      headers: { ...login.headers, 'sec-fetch-site': 'cross-site' },
    });
    expect(viaSite.statusCode).toBe(403);
    const viaOrigin = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidige',
      headers: { ...login.headers, origin: 'https://kwaadaardig.example' },
    });
    expect(viaOrigin.statusCode).toBe(403);
    const zelfde = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessies/huidige',
      headers: {
        ...login.headers,
        origin: 'http://stein.example.nl',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(zelfde.statusCode).toBe(204);
  });
});
