import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { browser, inloggen, verzoek } from './helpers/aanmelden.ts';
import { startTestSmtp, type TestSmtp, tokenUit } from './helpers/smtp.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

const OUD = 'het oude lange wachtwoord';
const NIEUW = 'een heel nieuw wachtwoord';
const HOST = 'stein.example.nl';
let t: TestApp;
let smtp: TestSmtp;
let ans: string;
let ip = 0;
const nieuweBrowser = () => browser(HOST, `10.3.0.${++ip}`);
const vraagAan = (email: string) =>
  verzoek(t, nieuweBrowser(), 'POST', '/api/v1/wachtwoord-herstel', { email });
const bevestig = (token: string, nieuwWachtwoord: string) =>
  verzoek(t, nieuweBrowser(), 'POST', '/api/v1/wachtwoord-herstel/bevestigen', {
    token,
    nieuwWachtwoord,
  });

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ smtpUrl: smtp.url });
  const stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: [HOST],
  });
  ans = (
    await t.services.accounts.create({ email: 'ans@example.nl', naam: 'Ans', wachtwoord: OUD })
  ).id;
  await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), ans, {
    rol: 'inwoner',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('password reset by e-mail', () => {
  it('answers 202 for a known and an unknown address alike, and mails only the known one', async () => {
    const bekend = await vraagAan('ans@example.nl');
    const onbekend = await vraagAan('niemand@example.nl');
    expect(bekend.statusCode).toBe(202);
    expect(onbekend.statusCode).toBe(202);
    expect(bekend.body).toBe(onbekend.body);
    const mail = await smtp.wachtOpMail('ans@example.nl');
    expect(mail.tekst).toContain('Subject: Nieuw wachtwoord voor Kring');
    expect(mail.tekst).toContain(`https://${HOST}/wachtwoord-herstellen#token=`);
    expect(mail.tekst).toContain('Content-Type: text/html');
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.some((m) => m.aan.includes('niemand@example.nl'))).toBe(false);
    // No address or token in the logs.
    const logs = t.logs.join('\n');
    expect(logs).not.toContain('ans@example.nl');
    expect(logs).not.toContain(tokenUit(mail, '/wachtwoord-herstellen'));
  });

  it('sets a new password once, ends all sessions, verifies the address, and does not log in', async () => {
    const sessie = nieuweBrowser();
    expect((await inloggen(t, sessie, 'ans@example.nl', OUD)).statusCode).toBe(201);
    await vraagAan('ans@example.nl');
    const token = tokenUit(await smtp.wachtOpMail('ans@example.nl'), '/wachtwoord-herstellen');
    // Only the hash is stored.
    const opgeslagen = await t.database.db
      .selectFrom('aanmeld_tokens')
      .select('token_hash')
      .execute();
    expect(opgeslagen.map((r) => r.token_hash)).not.toContain(token);

    const zwak = await bevestig(token, 'wachtwoord');
    expect(zwak.statusCode).toBe(400);
    expect(zwak.json().invalidParams.map((p: { name: string }) => p.name)).toContain(
      'body.nieuwWachtwoord',
    );

    const res = await bevestig(token, NIEUW);
    expect(res.statusCode).toBe(204);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await verzoek(t, sessie, 'GET', '/api/v1/sessies/huidige')).statusCode).toBe(401);
    expect((await inloggen(t, nieuweBrowser(), 'ans@example.nl', OUD)).statusCode).toBe(401);
    expect((await inloggen(t, nieuweBrowser(), 'ans@example.nl', NIEUW)).statusCode).toBe(201);
    expect((await t.services.accounts.findById(ans))?.email_geverifieerd_op).toBeInstanceOf(Date);

    const nogEens = await bevestig(token, 'weer een ander wachtwoord');
    expect(nogEens.statusCode).toBe(400);
    expect(nogEens.json().invalidParams[0]).toMatchObject({ name: 'body.token' });
  });

  it('a link stops working after 30 minutes', async () => {
    await vraagAan('ans@example.nl');
    const token = tokenUit(await smtp.wachtOpMail('ans@example.nl'), '/wachtwoord-herstellen');
    await t.database.db
      .updateTable('aanmeld_tokens')
      .set({ verloopt_op: new Date(Date.now() - 1000) })
      .where('gebruikt_op', 'is', null)
      .execute();
    expect((await bevestig(token, 'weer een ander wachtwoord')).statusCode).toBe(400);
    expect((await bevestig('verzonnen-token', 'weer een ander wachtwoord')).statusCode).toBe(400);
  });

  it('never bypasses MFA: after a reset a staff member still gives the code', async () => {
    const id = (
      await t.services.accounts.create({
        email: 'sanne@example.nl',
        naam: 'Sanne',
        wachtwoord: OUD,
      })
    ).id;
    const stein = await t.services.gemeenten.ref('GM0882');
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), id, {
      rol: 'professional',
      functie: 'wijkteam',
    });
    await vraagAan('sanne@example.nl');
    const token = tokenUit(await smtp.wachtOpMail('sanne@example.nl'), '/wachtwoord-herstellen');
    expect((await bevestig(token, NIEUW)).statusCode).toBe(204);
    const b = nieuweBrowser();
    const login = await inloggen(t, b, 'sanne@example.nl', NIEUW);
    expect(login.json()).toMatchObject({ mfaNodig: true, mfaVoldaan: false });
    expect((await verzoek(t, b, 'GET', '/api/v1/account')).statusCode).toBe(401);
    const soorten = (
      await t.database.db
        .selectFrom('authenticatie_gebeurtenissen')
        .select(['soort', 'uitkomst'])
        .where('account_id', '=', id)
        .execute()
    ).map((r) => `${r.soort}:${r.uitkomst}`);
    expect(soorten).toEqual(
      expect.arrayContaining(['wachtwoord-herstel-aanvraag:gelukt', 'wachtwoord-herstel:gelukt']),
    );
  });
});

describe('e-mail verification and the own password', () => {
  it('sends a verification link on request and confirms the address', async () => {
    const id = (
      await t.services.accounts.create({ email: 'bram@example.nl', naam: 'Bram', wachtwoord: OUD })
    ).id;
    const stein = await t.services.gemeenten.ref('GM0882');
    await t.services.accounts.grantRole(new GemeenteScope(t.database.db, stein.id), id, {
      rol: 'vrijwilliger',
    });
    const b = nieuweBrowser();
    await inloggen(t, b, 'bram@example.nl', OUD);
    expect((await verzoek(t, b, 'GET', '/api/v1/account')).json().emailGeverifieerd).toBe(false);
    expect((await verzoek(t, b, 'POST', '/api/v1/email-verificatie')).statusCode).toBe(202);
    const token = tokenUit(await smtp.wachtOpMail('bram@example.nl'), '/email-bevestigen');
    expect(
      (await verzoek(t, b, 'POST', '/api/v1/email-verificatie/bevestigen', { token })).statusCode,
    ).toBe(204);
    expect((await verzoek(t, b, 'GET', '/api/v1/account')).json().emailGeverifieerd).toBe(true);
    expect(
      (await verzoek(t, b, 'POST', '/api/v1/email-verificatie/bevestigen', { token })).statusCode,
    ).toBe(400);
  });

  it('changes the own password with the current one and ends the other sessions', async () => {
    const hier = nieuweBrowser();
    const daar = nieuweBrowser();
    await inloggen(t, hier, 'bram@example.nl', OUD);
    await inloggen(t, daar, 'bram@example.nl', OUD);
    const fout = await verzoek(t, hier, 'PUT', '/api/v1/account/wachtwoord', {
      huidigWachtwoord: 'niet goed',
      nieuwWachtwoord: NIEUW,
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0].name).toBe('body.huidigWachtwoord');
    const eigenAdres = await verzoek(t, hier, 'PUT', '/api/v1/account/wachtwoord', {
      huidigWachtwoord: OUD,
      nieuwWachtwoord: 'mijn adres is bram dus',
    });
    expect(eigenAdres.statusCode).toBe(400);
    const goed = await verzoek(t, hier, 'PUT', '/api/v1/account/wachtwoord', {
      huidigWachtwoord: OUD,
      nieuwWachtwoord: NIEUW,
    });
    expect(goed.statusCode).toBe(204);
    expect((await verzoek(t, hier, 'GET', '/api/v1/account')).statusCode).toBe(200);
    expect((await verzoek(t, daar, 'GET', '/api/v1/account')).statusCode).toBe(401);
  });
});

describe('account page', () => {
  it('lists the own sessions by public id, ends one, and shows recent events', async () => {
    const a = nieuweBrowser();
    const b = nieuweBrowser();
    await inloggen(t, a, 'bram@example.nl', NIEUW);
    await inloggen(t, b, 'bram@example.nl', NIEUW);
    const lijst = await verzoek(t, a, 'GET', '/api/v1/account/sessies');
    expect(lijst.statusCode).toBe(200);
    const sessies = lijst.json().sessies as { id: string; huidige: boolean }[];
    expect(sessies.length).toBeGreaterThanOrEqual(2);
    expect(sessies.filter((s) => s.huidige)).toHaveLength(1);
    // Neither the token nor its hash ever appears.
    const hashes = await t.database.db.selectFrom('sessies').select('token_hash').execute();
    for (const { token_hash } of hashes) expect(lijst.body).not.toContain(token_hash);
    expect(lijst.body).not.toContain(a.cookie?.split('=')[1]);

    const ander = sessies.find((s) => !s.huidige);
    const weg = await verzoek(t, a, 'DELETE', `/api/v1/account/sessies/${ander?.id}`);
    expect(weg.statusCode).toBe(204);
    expect((await verzoek(t, b, 'GET', '/api/v1/account')).statusCode).toBe(401);
    expect((await verzoek(t, a, 'DELETE', `/api/v1/account/sessies/${ander?.id}`)).statusCode).toBe(
      404,
    );

    const events = (
      await verzoek(t, a, 'GET', '/api/v1/account/authenticatie-gebeurtenissen')
    ).json();
    expect(events.gebeurtenissen[0]).toMatchObject({
      soort: 'sessie-beeindigd',
      uitkomst: 'gelukt',
    });
    expect(events.gebeurtenissen.map((g: { soort: string }) => g.soort)).toContain(
      'wachtwoord-wijzigen',
    );
  });

  it("cannot end another account's session", async () => {
    const bram = nieuweBrowser();
    const ans2 = nieuweBrowser();
    await inloggen(t, bram, 'bram@example.nl', NIEUW);
    await inloggen(t, ans2, 'ans@example.nl', NIEUW);
    const vanAns = (await verzoek(t, ans2, 'GET', '/api/v1/account/sessies')).json().sessies[0].id;
    expect((await verzoek(t, bram, 'DELETE', `/api/v1/account/sessies/${vanAns}`)).statusCode).toBe(
      404,
    );
    expect((await verzoek(t, ans2, 'GET', '/api/v1/account')).statusCode).toBe(200);
  });
});
