import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

// The front door's contact details: public to read, set only by the gemeente's own beheerder.
const STEIN = 'stein.example.nl';
const HOUTEN = 'houten.example.nl';

let t: TestApp;
let stein: { id: number };
let houten: { id: number };
const account: Record<string, string> = {};

type Json = Record<string, unknown> & {
  code?: string;
  invalidParams?: { name: string; reason: string }[];
};

const geldig = {
  telefoonnummer: '046 123 45 67',
  eMailadres: 'loket@stein.example',
  bezoekadres: 'Raadhuisplein 1, 6171 AA Stein',
  toelichting: 'Kom langs zonder afspraak.',
  inloop: [
    { dag: 'MO', van: '09:00', tot: '12:30' },
    { dag: 'TH', van: '18:00', tot: '20:00' },
  ],
};

async function als(rol: string | undefined, host: string, payload: unknown, mfa = true) {
  const headers = rol
    ? (
        await loginAls(t, {
          gemeenteId: rol.startsWith('houten') ? houten.id : stein.id,
          accountId: account[rol]!,
          host: rol.startsWith('houten') ? HOUTEN : STEIN,
          mfa,
        })
      ).headers
    : {};
  const res = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/gemeente/loket',
    headers: { ...headers, host },
    payload: payload as Record<string, unknown>,
  });
  return { status: res.statusCode, body: res.json() as Json };
}

const loketVan = async (host: string) =>
  (await t.app.inject({ url: '/api/v1/gemeente', headers: { host } })).json().loket;

beforeAll(async () => {
  t = await createTestApp();
  stein = await t.services.gemeenten.create({
    code: 'GM0882',
    naam: 'Stein',
    hostnamen: [STEIN],
    instellingen: { loket: { telefoonnummer: '046 111 11 11' } },
  });
  houten = await t.services.gemeenten.create({
    code: 'GM0321',
    naam: 'Houten',
    hostnamen: [HOUTEN],
    instellingen: { loket: { telefoonnummer: '030 222 22 22' } },
  });
  const rollen: [string, GemeenteScope, string | null][] = [
    ['beheerder', new GemeenteScope(t.database.db, stein.id), 'functioneel-beheerder'],
    ['redacteur', new GemeenteScope(t.database.db, stein.id), 'redacteur'],
    ['inwoner', new GemeenteScope(t.database.db, stein.id), 'inwoner'],
    ['houten-beheerder', new GemeenteScope(t.database.db, houten.id), 'functioneel-beheerder'],
  ];
  for (const [naam, scope, rol] of rollen) {
    account[naam] = (
      await t.services.accounts.create({ email: `${naam}@example.nl`, naam: `Test ${naam}` })
    ).id;
    if (rol) await t.services.accounts.grantRole(scope, account[naam]!, { rol } as never);
  }
  account.platform = (
    await t.services.accounts.create({
      email: 'platform@example.nl',
      naam: 'Platform',
      platformbeheerder: true,
    })
  ).id;
});
afterAll(() => t.close());

describe('the front door of a gemeente (PUT /gemeente/loket)', () => {
  it('the beheerder sets it; everyone then reads it on GET /gemeente; the change is logged', async () => {
    const res = await als('beheerder', STEIN, geldig);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(geldig);
    expect(await loketVan(STEIN)).toEqual(geldig);

    const log = await new GemeenteScope(t.database.db, stein.id)
      .selectFrom('beheer_gebeurtenissen')
      .selectAll()
      .where('soort', '=', 'loket-gewijzigd')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]!.door_account_id).toBe(account.beheerder);
    // Which fields, not their values.
    expect(JSON.stringify(log[0]!.details)).not.toContain('046');
  });

  it('replaces the whole front door: what is left out is gone; spaces are trimmed', async () => {
    const res = await als('beheerder', STEIN, {
      telefoonnummer: '  +31 46 123 45 67 ',
      inloop: [],
    });
    expect(res.status).toBe(200);
    expect(await loketVan(STEIN)).toEqual({ telefoonnummer: '+31 46 123 45 67', inloop: [] });
    await als('beheerder', STEIN, geldig);
  });

  it('lists every invalid field at once and writes nothing', async () => {
    const res = await als('beheerder', STEIN, {
      telefoonnummer: 'bel ons',
      eMailadres: 'geen-adres',
      bezoekadres: 'x'.repeat(201),
      toelichting: 'y'.repeat(301),
      inloop: [
        { dag: 'MO', van: '9 uur', tot: '12:00' },
        { dag: 'XX', van: '09:00', tot: '12:00' },
        { dag: 'TU', van: '14:00', tot: '13:00' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('KRING_VALIDATIE');
    expect(res.body.invalidParams?.map((p) => p.name).sort()).toEqual(
      [
        'body.telefoonnummer',
        'body.eMailadres',
        'body.bezoekadres',
        'body.toelichting',
        'body.inloop.0.van',
        'body.inloop.1.dag',
        'body.inloop.2.tot',
      ].sort(),
    );
    const reden = (naam: string) => res.body.invalidParams?.find((p) => p.name === naam)?.reason;
    expect(reden('body.inloop.2.tot')).toBe('De eindtijd moet na de begintijd liggen.');
    expect(reden('body.inloop.0.van')).toBe('Schrijf een tijd als uu:mm, bijvoorbeeld 09:00.');
    expect(await loketVan(STEIN)).toEqual(geldig);
  });

  it('needs a phone number and at most 14 walk-in times', async () => {
    const zonder = await als('beheerder', STEIN, { inloop: [] });
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams?.map((p) => p.name)).toEqual(['body.telefoonnummer']);
    const veel = await als('beheerder', STEIN, {
      telefoonnummer: '046 123 45 67',
      inloop: Array.from({ length: 15 }, () => ({ dag: 'MO', van: '09:00', tot: '10:00' })),
    });
    expect(veel.status).toBe(400);
    expect(veel.body.invalidParams?.map((p) => p.name)).toEqual(['body.inloop']);
    expect(await loketVan(STEIN)).toEqual(geldig);
  });

  it('only the functioneel beheerder of this gemeente may change it', async () => {
    const wijziging = { telefoonnummer: '046 999 99 99', inloop: [] };
    expect((await als(undefined, STEIN, wijziging)).status).toBe(401);
    expect((await als('redacteur', STEIN, wijziging)).body.code).toBe('KRING_GEEN_TOEGANG');
    expect((await als('inwoner', STEIN, wijziging)).status).toBe(403);
    // The platform admin runs the installation, not the gemeente's contents.
    const platform = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: account.platform!,
      host: STEIN,
    });
    const p = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/gemeente/loket',
      headers: platform.headers,
      payload: wijziging,
    });
    expect(p.statusCode).toBe(403);
    // Without the second factor the session does not count yet.
    expect((await als('beheerder', STEIN, wijziging, false)).status).toBe(401);
    expect(await loketVan(STEIN)).toEqual(geldig);
  });

  it("a beheerder changes only their own gemeente; another gemeente's session does not count", async () => {
    // Stein's beheerder with Stein's session at Houten's address: not logged in there.
    const steinSessie = await loginAls(t, {
      gemeenteId: stein.id,
      accountId: account.beheerder!,
      host: STEIN,
    });
    const overGrens = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/gemeente/loket',
      headers: { ...steinSessie.headers, host: HOUTEN },
      payload: { telefoonnummer: '046 000 00 00', inloop: [] },
    });
    expect(overGrens.statusCode).toBe(401);
    expect(await loketVan(HOUTEN)).toEqual({ telefoonnummer: '030 222 22 22', inloop: [] });

    const eigen = await als('houten-beheerder', HOUTEN, {
      telefoonnummer: '030 333 33 33',
      inloop: [{ dag: 'WE', van: '13:00', tot: '16:00' }],
    });
    expect(eigen.status).toBe(200);
    expect((await loketVan(HOUTEN)).telefoonnummer).toBe('030 333 33 33');
    expect(await loketVan(STEIN)).toEqual(geldig);
  });
});
