import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BEHEERDE_ORGANISATIE, maakDemoKaart } from '../src/server/demo/sociale-kaart-demo.ts';
import type {
  Aanbod,
  AanbodInhoudInvoer,
  Bewerking,
  MijnAanbod,
  Voorstel,
} from '../src/server/modules/sociale-kaart/model.ts';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls, type TestLogin } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * A new entry with a monthly schedule and a closed day; withdrawing a change (also of an
 * entry that was never published: nothing the organisation wrote is lost).
 */
let t: TestApp;
let orgIds: Record<string, string>;
let beheerder: TestLogin;
let andereBeheerder: TestLogin;
let redacteur: TestLogin;

const STEIN = 'stein.example.nl';

beforeAll(async () => {
  t = await createTestApp();
  const stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: [STEIN],
  });
  const kaart = await t.services.socialeKaart.importeer(stein.id, maakDemoKaart());
  orgIds = kaart.organisatieIds;
  const scope = new GemeenteScope(t.database.db, stein.id);
  const maak = async (email: string, naam: string) =>
    (await t.services.accounts.create({ email, naam })).id;
  const karin = await maak('karin@pollepel.example', 'Karin Willems');
  const piet = await maak('piet@wandel.example', 'Piet');
  const tom = await maak('tom@stein.example', 'Tom Peters');
  await t.services.accounts.grantRole(scope, karin, {
    rol: 'organisatiebeheerder',
    organisatieId: orgIds[DEMO_BEHEERDE_ORGANISATIE]!,
  });
  await t.services.accounts.grantRole(scope, piet, {
    rol: 'organisatiebeheerder',
    organisatieId: orgIds['org-wandel']!,
  });
  await t.services.accounts.grantRole(scope, tom, { rol: 'redacteur' });
  const als = (accountId: string) => loginAls(t, { gemeenteId: stein.id, accountId, host: STEIN });
  beheerder = await als(karin);
  andereBeheerder = await als(piet);
  redacteur = await als(tom);
});
afterAll(() => t.close());

async function api<T = Record<string, unknown>>(
  method: string,
  url: string,
  login?: TestLogin,
  payload?: unknown,
) {
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers: login?.headers ?? { host: STEIN },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  return { status: res.statusCode, body: res.json() as T & { code?: string } };
}

const INHOUD: AanbodInhoudInvoer = {
  naam: 'Breicafé Stein',
  naamEn: 'Knitting café Stein',
  soort: 'groep',
  beschrijving: 'Samen breien en koffie drinken.',
  beschrijvingEn: 'Knit together and have a coffee.',
  kosten: { soort: 'gratis' },
  roosters: [
    { freq: 'MONTHLY', byday: '1TU', opensAt: '10:00', closesAt: '12:00' },
    { freq: 'WEEKLY', interval: 2, byday: 'FR', dtstart: '2026-01-02', until: '2026-12-18' },
    { dtstart: '2026-12-24', until: '2027-01-01', gesloten: true, beschrijving: 'Kerstvakantie' },
  ],
};

describe('a new entry, withdrawn and sent again', () => {
  it('keeps every schedule through a withdrawal and publishes them in words', async () => {
    const gemaakt = await api<Bewerking>('POST', '/aanbod', beheerder, {
      organisatieId: orgIds[DEMO_BEHEERDE_ORGANISATIE],
      inhoud: INHOUD,
    });
    expect(gemaakt.status).toBe(201);
    const id = gemaakt.body.aanbodId;
    expect(gemaakt.body.gepubliceerd).toBe(false);
    expect(gemaakt.body.voorstel?.status).toBe('concept');
    expect((await api('GET', `/aanbod/${id}`)).status).toBe(404);

    const ingediend = await api<Bewerking>('POST', `/aanbod/${id}/bewerking/indienen`, beheerder);
    expect(ingediend.body.voorstel?.status).toBe('ingediend');

    // Only the organisation's own admins (and the editor) may withdraw.
    expect(
      (await api('POST', `/aanbod/${id}/bewerking/intrekken`, andereBeheerder)).status,
    ).toBeGreaterThanOrEqual(403);

    const ingetrokken = await api<Bewerking>(
      'POST',
      `/aanbod/${id}/bewerking/intrekken`,
      beheerder,
    );
    expect(ingetrokken.status).toBe(200);
    expect(ingetrokken.body.voorstel).toBeNull();
    expect(ingetrokken.body.gepubliceerd).toBe(false);
    // Nothing is lost: the content is the withdrawn change, schedules included.
    const opnieuw = await api<Bewerking>('GET', `/aanbod/${id}/bewerking`, beheerder);
    expect(opnieuw.body.inhoud.naamEn).toBe('Knitting café Stein');
    expect(opnieuw.body.inhoud.roosters).toEqual([
      expect.objectContaining({ freq: 'MONTHLY', byday: '1TU', opensAt: '10:00' }),
      expect.objectContaining({ freq: 'WEEKLY', interval: 2, dtstart: '2026-01-02' }),
      expect.objectContaining({
        gesloten: true,
        until: '2027-01-01',
        beschrijving: 'Kerstvakantie',
      }),
    ]);
    // Still not public, and not waiting for the editor.
    expect((await api('GET', `/aanbod/${id}`)).status).toBe(404);
    const wacht = await api<{ voorstellen: Voorstel[] }>(
      'GET',
      '/moderatie/voorstellen',
      redacteur,
    );
    expect(wacht.body.voorstellen.some((v) => v.aanbodId === id)).toBe(false);
    const mijn = await api<MijnAanbod>('GET', '/mijn-aanbod', beheerder);
    expect(mijn.body.aanbod.find((a) => a.id === id)).toMatchObject({
      naam: 'Breicafé Stein',
      gepubliceerd: false,
      voorstelStatus: null,
    });
    // Nothing to withdraw now.
    const nogEens = await api('POST', `/aanbod/${id}/bewerking/intrekken`, beheerder);
    expect(nogEens.status).toBe(409);
    expect(nogEens.body.code).toBe('KRING_CONFLICT');

    // Send it again, as it is; the editor publishes.
    expect(
      (await api('PUT', `/aanbod/${id}/bewerking`, beheerder, opnieuw.body.inhoud)).status,
    ).toBe(200);
    await api('POST', `/aanbod/${id}/bewerking/indienen`, beheerder);
    const lijst = await api<{ voorstellen: Voorstel[] }>(
      'GET',
      '/moderatie/voorstellen',
      redacteur,
    );
    const voorstel = lijst.body.voorstellen.find((v) => v.aanbodId === id)!;
    expect(voorstel.nieuwAanbod).toBe(true);
    expect(
      (await api('POST', `/moderatie/voorstellen/${voorstel.id}/publiceren`, redacteur)).status,
    ).toBe(200);

    const publiek = await api<Aanbod>('GET', `/aanbod/${id}`);
    expect(publiek.status).toBe(200);
    expect(publiek.body.naamEn).toBe('Knitting café Stein');
    expect(publiek.body.roosters.map((r) => r.inWoorden)).toEqual([
      'elke eerste dinsdag van de maand 10:00–12:00',
      'om de week op vrijdag (tot en met 18 december 2026)',
      'gesloten van 24 december 2026 tot en met 1 januari 2027 – Kerstvakantie',
    ]);
    expect(publiek.body.roosters[0]!.inWoordenEn).toBe(
      'every first Tuesday of the month 10:00–12:00',
    );
  });

  it('withdrawing a change of a published entry leaves the published content as it is', async () => {
    const mijn = await api<MijnAanbod>('GET', '/mijn-aanbod', beheerder);
    const kookclub = mijn.body.aanbod.find((a) => a.naam === 'Kookclub Elsloo')!;
    const voor = await api<Aanbod>('GET', `/aanbod/${kookclub.id}`);
    const bewerking = await api<Bewerking>('GET', `/aanbod/${kookclub.id}/bewerking`, beheerder);
    await api('PUT', `/aanbod/${kookclub.id}/bewerking`, beheerder, {
      ...bewerking.body.inhoud,
      naam: 'Kookclub Elsloo (nieuw)',
      roosters: [{ freq: 'MONTHLY', byday: '-1FR', opensAt: '18:00', closesAt: '20:00' }],
    });
    await api('POST', `/aanbod/${kookclub.id}/bewerking/indienen`, beheerder);
    const terug = await api<Bewerking>(
      'POST',
      `/aanbod/${kookclub.id}/bewerking/intrekken`,
      beheerder,
    );
    expect(terug.status).toBe(200);
    expect(terug.body.voorstel).toBeNull();
    expect(terug.body.inhoud.naam).toBe('Kookclub Elsloo');
    const na = await api<Aanbod>('GET', `/aanbod/${kookclub.id}`);
    expect(na.body.naam).toBe('Kookclub Elsloo');
    expect(na.body.roosters).toEqual(voor.body.roosters);
  });
});
