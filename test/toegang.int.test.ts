import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planJobs, registerJobs } from '../src/server/main.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { createLogger } from '../src/server/platform/logging.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { HOUTEN, maakWereld, type MatrixRol, type Wereld } from './matrix/wereld.ts';

let t: TestApp;
let w: Wereld;

beforeAll(async () => {
  t = await createTestApp();
  w = await maakWereld(t);
});
afterAll(() => t.close());

type Wie = MatrixRol | 'welzijnscoach';
async function call(wie: Wie, method: string, url: string, payload?: unknown) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: await w.headers(wie),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return res;
}
const persoon = () => `/api/v1/personen/${w.persoonId}`;

async function logRijen(persoonId = w.persoonId) {
  return t.database.db
    .selectFrom('toegangslog')
    .selectAll()
    .where('persoon_id', '=', persoonId)
    .orderBy('volgnummer')
    .execute();
}

describe('who may see a person', () => {
  it('the case team and the person themselves; not a colleague outside the team, not staff without care role', async () => {
    expect((await call('professional-team', 'GET', persoon())).json()).toMatchObject({
      naam: 'Ans Janssen',
      postcode: '6171 AB',
      geboortedatum: '1948-03-14',
      heeftAccount: true,
    });
    expect((await call('professional-buiten-team', 'GET', persoon())).statusCode).toBe(403);
    for (const wie of [
      'beleidsmedewerker',
      'functioneel-beheerder',
      'platformbeheerder',
      'redacteur',
      'organisatiebeheerder',
      'huisarts',
      'inwoner-ander',
      'vrijwilliger',
    ] as const) {
      const res = await call(wie, 'GET', persoon());
      expect(res.statusCode, wie).toBe(403);
      expect(res.json().code).toBe('KRING_GEEN_TOEGANG');
    }
    expect((await call('andere-gemeente', 'GET', persoon())).statusCode).toBe(404);
    expect((await call('anoniem', 'GET', persoon())).statusCode).toBe(401);
  });

  it('logs every access, allowed or refused, with the NEN 7513 fields', async () => {
    const voor = (await logRijen()).length;
    await call('professional-team', 'GET', persoon());
    await call('professional-buiten-team', 'GET', persoon());
    const rijen = (await logRijen()).slice(voor);
    expect(rijen).toHaveLength(2);
    expect(rijen[0]).toMatchObject({
      actie: 'lezen',
      uitkomst: 'toegestaan',
      account_id: w.accounts['professional-team'],
      rol: 'professional',
      organisatie_id: w.org.wijkteam,
      categorie: 'contact',
      grondslag: 'betrokkenheid',
      doel: 'Wmo 2015 art. 2.3.2 (onderzoek)',
      doorbraak: false,
    });
    expect(rijen[0]!.ip).toBeTruthy();
    expect(rijen[1]).toMatchObject({
      uitkomst: 'geweigerd',
      account_id: w.accounts['professional-buiten-team'],
      grondslag: null,
    });
  });

  it('writes the log row in the same transaction: a failed change leaves no change and logs mislukt', async () => {
    const voor = (await logRijen()).length;
    // A betrokkenheid for an account that is no care staff of the organisation: refused by the
    // service inside the transaction.
    const res = await call('professional-team', 'POST', `${persoon()}/betrokkenheden`, {
      accountId: w.accounts.redacteur,
      organisatieId: w.org.wijkteam,
      categorieen: ['contact'],
      grondslag: 'Wmo',
    });
    expect(res.statusCode).toBe(400);
    const rijen = (await logRijen()).slice(voor);
    expect(rijen.map((r) => [r.actie, r.uitkomst])).toEqual([['aanmaken', 'mislukt']]);
    const team = (await call('professional-team', 'GET', `${persoon()}/betrokkenheden`)).json();
    expect(team.betrokkenheden).toHaveLength(1);
  });

  it('the regisseur manages the team; members see only their categories while it runs', async () => {
    const lid = await call('professional-team', 'POST', `${persoon()}/betrokkenheden`, {
      accountId: w.accounts.welzijnscoach,
      organisatieId: w.org.welzijn,
      categorieen: ['intake'],
      grondslag: 'Welzijn op recept',
    });
    expect(lid.statusCode).toBe(201);
    // intake only: the contact record stays closed.
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(403);
    // A plain member cannot change the team.
    expect(
      (
        await call('welzijnscoach', 'POST', `${persoon()}/betrokkenheden`, {
          accountId: w.accounts.welzijnscoach,
          organisatieId: w.org.welzijn,
          categorieen: ['contact'],
          grondslag: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const metContact = await call('professional-team', 'POST', `${persoon()}/betrokkenheden`, {
      accountId: w.accounts.welzijnscoach,
      organisatieId: w.org.welzijn,
      categorieen: ['contact'],
      grondslag: 'Welzijn op recept',
    });
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(200);
    const team = (await call('welzijnscoach', 'GET', `${persoon()}/betrokkenheden`)).json();
    expect(team.betrokkenheden.map((b: { organisatie: string }) => b.organisatie)).toContain(
      'Welzijn Stein',
    );
    for (const id of [lid.json().id, metContact.json().id]) {
      expect(
        (await call('professional-team', 'DELETE', `${persoon()}/betrokkenheden/${id}`)).statusCode,
      ).toBe(204);
    }
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(403);
    const lijst = (await call('welzijnscoach', 'GET', '/api/v1/personen')).json();
    expect(lijst.personen).toEqual([]);
    const eigenLijst = (await call('professional-team', 'GET', '/api/v1/personen')).json();
    expect(eigenLijst.personen.map((p: { id: string }) => p.id)).toEqual([w.persoonId]);
  });

  it('refuses to register a person for staff without a care role, and validates all fields at once', async () => {
    expect(
      (
        await call('beleidsmedewerker', 'POST', '/api/v1/personen', {
          naam: 'X',
          grondslag: 'x',
          categorieen: ['contact'],
        })
      ).statusCode,
    ).toBe(403);
    const fout = await call('professional-team', 'POST', '/api/v1/personen', {
      naam: '',
      postcode: '0000',
      geboortedatum: '14-03-1948',
      categorieen: ['alles'],
    });
    expect(fout.statusCode).toBe(400);
    expect(
      fout
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(
      [
        'body.categorieen.0',
        'body.geboortedatum',
        'body.grondslag',
        'body.naam',
        'body.postcode',
      ].sort(),
    );
  });
});

describe('consent', () => {
  it('gives an organisation read access; revoking works at once', async () => {
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(403);
    const gegeven = await call('inwoner-zelf', 'POST', '/api/v1/mijn/toestemmingen', {
      organisatieId: w.org.welzijn,
      categorieen: ['contact'],
      doel: 'Welzijn op recept: samen een activiteit zoeken',
    });
    expect(gegeven.statusCode).toBe(201);
    expect(gegeven.json()).toMatchObject({
      organisatie: 'Welzijn Stein',
      actief: true,
      ingetrokkenOp: null,
    });
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(200);
    // Consent is to read, not to change.
    expect(
      (await call('welzijnscoach', 'PATCH', persoon(), { naam: 'Iemand anders' })).statusCode,
    ).toBe(403);
    const lijst = (await call('inwoner-zelf', 'GET', '/api/v1/mijn/toestemmingen')).json();
    expect(lijst.toestemmingen).toHaveLength(1);
    expect(lijst.organisaties.map((o: { naam: string }) => o.naam)).toContain('Welzijn Stein');

    const weg = await call(
      'inwoner-zelf',
      'DELETE',
      `/api/v1/mijn/toestemmingen/${gegeven.json().id}`,
    );
    expect(weg.statusCode).toBe(204);
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(403);
    expect(
      (await call('inwoner-zelf', 'DELETE', `/api/v1/mijn/toestemmingen/${gegeven.json().id}`))
        .statusCode,
    ).toBe(404);
    // Another resident cannot revoke it either (it is not theirs).
    const ander = (
      await call('inwoner-zelf', 'POST', '/api/v1/mijn/toestemmingen', {
        organisatieId: w.org.welzijn,
        categorieen: ['contact'],
        doel: 'x',
      })
    ).json();
    expect(
      (await call('inwoner-ander', 'DELETE', `/api/v1/mijn/toestemmingen/${ander.id}`)).statusCode,
    ).toBe(404);
    expect((await call('welzijnscoach', 'GET', persoon())).statusCode).toBe(200);
    await call('inwoner-zelf', 'DELETE', `/api/v1/mijn/toestemmingen/${ander.id}`);
  });

  it('refuses a date in the past and an organisation of another gemeente', async () => {
    const res = await call('inwoner-zelf', 'POST', '/api/v1/mijn/toestemmingen', {
      organisatieId: w.org.houten,
      categorieen: ['contact'],
      doel: 'x',
      geldigTot: '2001-01-01',
    });
    expect(res.statusCode).toBe(400);
    const res2 = await call('inwoner-zelf', 'POST', '/api/v1/mijn/toestemmingen', {
      organisatieId: w.org.houten,
      categorieen: ['contact'],
      doel: 'x',
    });
    expect(res2.statusCode).toBe(400);
    expect(res2.json().invalidParams[0].name).toBe('body.organisatieId');
  });
});

describe('break-glass', () => {
  it('needs care staff and a reason, opens read access flagged in the log, and is reviewed', async () => {
    expect(
      (
        await call('beleidsmedewerker', 'POST', `${persoon()}/doorbraken`, {
          reden: 'Ik wil het graag weten',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('professional-buiten-team', 'POST', `${persoon()}/doorbraken`, { reden: 'kort' }))
        .statusCode,
    ).toBe(400);
    const d = await call('professional-buiten-team', 'POST', `${persoon()}/doorbraken`, {
      reden: 'Acute zorgen, regisseur niet bereikbaar',
    });
    expect(d.statusCode).toBe(201);
    expect((await call('professional-buiten-team', 'GET', persoon())).statusCode).toBe(200);
    expect(
      (await call('professional-buiten-team', 'PATCH', persoon(), { naam: 'x' })).statusCode,
    ).toBe(403);
    const laatste = (await logRijen()).filter(
      (r) => r.account_id === w.accounts['professional-buiten-team'] && r.uitkomst === 'toegestaan',
    );
    expect(laatste.at(-1)).toMatchObject({
      grondslag: 'doorbraak',
      doorbraak: true,
      doel: 'Acute zorgen, regisseur niet bereikbaar',
    });

    expect((await call('professional-team', 'GET', '/api/v1/doorbraken')).statusCode).toBe(403);
    const lijst = (await call('functioneel-beheerder', 'GET', '/api/v1/doorbraken')).json();
    expect(lijst.doorbraken).toHaveLength(1);
    expect(lijst.doorbraken[0]).toMatchObject({
      medewerker: 'Kees Peters',
      organisatie: 'Wijkteam Stein',
      aantalInzages: 1,
      oordeel: null,
    });
    expect(JSON.stringify(lijst)).not.toContain('Ans Janssen');
    const url = `/api/v1/doorbraken/${d.json().id}`;
    expect(
      (
        await call('functioneel-beheerder', 'PATCH', url, {
          oordeel: 'terecht',
          toelichting: 'Klopt.',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await call('functioneel-beheerder', 'PATCH', url, { oordeel: 'onterecht' })).statusCode,
    ).toBe(409);
    expect((await call('functioneel-beheerder', 'GET', '/api/v1/doorbraken')).json().totaal).toBe(
      0,
    );
    expect(
      (await call('functioneel-beheerder', 'GET', '/api/v1/doorbraken?status=beoordeeld')).json()
        .doorbraken[0].oordeel,
    ).toBe('terecht');
  });
});

describe('the resident’s rights', () => {
  it('"Wie heeft mijn gegevens bekeken": role and organisation, when, what, why — no staff names', async () => {
    const res = await call('inwoner-zelf', 'GET', '/api/v1/mijn/toegangslog?paginaGrootte=100');
    expect(res.statusCode).toBe(200);
    const { regels, totaal } = res.json();
    expect(totaal).toBeGreaterThan(5);
    expect(regels).toContainEqual(
      expect.objectContaining({
        wie: 'medewerker',
        rol: 'professional',
        organisatie: 'Wijkteam Stein',
        actie: 'lezen',
        grondslag: 'betrokkenheid',
      }),
    );
    expect(regels).toContainEqual(
      expect.objectContaining({ doorbraak: true, grondslag: 'doorbraak' }),
    );
    expect(regels).toContainEqual(
      expect.objectContaining({
        wie: 'medewerker',
        organisatie: 'Welzijn Stein',
        grondslag: 'toestemming',
      }),
    );
    expect(JSON.stringify(regels)).not.toMatch(/Sanne|Kees|Youssef/);
    // Another resident has no person record: an empty log, not someone else's.
    expect((await call('inwoner-ander', 'GET', '/api/v1/mijn/toegangslog')).json().totaal).toBe(0);
  });

  it('inzage as JSON and as a readable page, each logged', async () => {
    const json = await call('inwoner-zelf', 'GET', '/api/v1/mijn/gegevens');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toContain('attachment');
    expect(json.headers['cache-control']).toBe('no-store');
    const g = json.json();
    expect(g.persoon).toMatchObject({ naam: 'Ans Janssen' });
    expect(g.betrokkenheden[0]).toMatchObject({ rol: 'regisseur', organisatie: 'Wijkteam Stein' });
    expect(g.toestemmingen.length).toBeGreaterThan(0);
    expect(g.bewaartermijnen).toContainEqual({ categorie: 'contact', jaren: 15, standaard: true });
    const html = await call('inwoner-zelf', 'GET', '/api/v1/mijn/gegevens/overzicht');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Ans Janssen');
    expect(html.body).toContain('Wijkteam Stein');
    const acties = (await logRijen()).slice(-2).map((r) => [r.actie, r.grondslag]);
    expect(acties).toEqual([
      ['exporteren', 'eigen-gegevens'],
      ['printen', 'eigen-gegevens'],
    ]);
    const leeg = (await call('inwoner-ander', 'GET', '/api/v1/mijn/gegevens')).json();
    expect(leeg).toMatchObject({ persoon: null, account: { naam: 'Bert Smeets' } });
  });

  it('correction: the resident asks, the case team answers', async () => {
    const v = await call('inwoner-zelf', 'POST', '/api/v1/mijn/correctieverzoeken', {
      categorie: 'contact',
      toelichting: 'Mijn telefoonnummer is veranderd.',
    });
    expect(v.statusCode).toBe(201);
    expect(
      (
        await call('inwoner-ander', 'POST', '/api/v1/mijn/correctieverzoeken', {
          categorie: 'contact',
          toelichting: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const team = (await call('professional-team', 'GET', `${persoon()}/correctieverzoeken`)).json();
    expect(team.correctieverzoeken[0]).toMatchObject({ status: 'open' });
    expect(
      (
        await call('professional-team', 'PATCH', persoon(), { telefoonnummer: '046 111 22 33' })
      ).json().telefoonnummer,
    ).toBe('046 111 22 33');
    const url = `${persoon()}/correctieverzoeken/${v.json().id}`;
    expect(
      (await call('professional-buiten-team', 'PATCH', url, { status: 'uitgevoerd', reactie: 'x' }))
        .statusCode,
    ).toBe(403);
    const af = await call('professional-team', 'PATCH', url, {
      status: 'uitgevoerd',
      reactie: 'Aangepast.',
    });
    expect(af.json()).toMatchObject({ status: 'uitgevoerd', reactie: 'Aangepast.' });
    expect(
      (await call('inwoner-zelf', 'GET', '/api/v1/mijn/correctieverzoeken')).json()
        .correctieverzoeken[0].status,
    ).toBe('uitgevoerd');
  });

  it('retention classes are set by the functioneel beheerder only', async () => {
    expect((await call('beleidsmedewerker', 'GET', '/api/v1/bewaartermijnen')).statusCode).toBe(
      403,
    );
    const put = await call('functioneel-beheerder', 'PUT', '/api/v1/bewaartermijnen/financien', {
      jaren: 10,
    });
    expect(put.json()).toEqual({ categorie: 'financien', jaren: 10, standaard: false });
    expect(
      (await call('functioneel-beheerder', 'PUT', '/api/v1/bewaartermijnen/alles', { jaren: -1 }))
        .statusCode,
    ).toBe(400);
    const lijst = (await call('functioneel-beheerder', 'GET', '/api/v1/bewaartermijnen')).json();
    expect(lijst.bewaartermijnen).toHaveLength(5);
  });

  it('erasure keeps what a running case needs and erases informal data at once', async () => {
    // A running case: contact is kept, netwerk (class 0) goes.
    const lopend = await call('inwoner-zelf', 'POST', '/api/v1/mijn/wisverzoeken');
    expect(lopend.statusCode).toBe(201);
    const uitkomst = lopend.json().uitkomst;
    expect(uitkomst).toContainEqual({
      categorie: 'contact',
      besluit: 'bewaard',
      bewarenTot: null,
      reden: 'dossier-loopt',
    });
    expect(uitkomst).toContainEqual({
      categorie: 'netwerk',
      besluit: 'gewist',
      bewarenTot: null,
      reden: null,
    });
    expect((await call('professional-team', 'GET', persoon())).statusCode).toBe(200);

    // Another resident, known only through their own consent (no case): erased now.
    const t2 = await call('inwoner-ander', 'POST', '/api/v1/mijn/toestemmingen', {
      organisatieId: w.org.welzijn,
      categorieen: ['contact'],
      doel: 'x',
    });
    expect(t2.statusCode).toBe(201);
    const wis = await call('inwoner-ander', 'POST', '/api/v1/mijn/wisverzoeken');
    expect(wis.json().uitkomst.every((u: { besluit: string }) => u.besluit === 'gewist')).toBe(
      true,
    );
    expect(wis.json().afgerondOp).not.toBeNull();
    expect((await call('inwoner-ander', 'GET', '/api/v1/mijn/gegevens')).json().persoon).toBeNull();
    const resten = await t.database.db
      .selectFrom('personen')
      .selectAll()
      .where('gewist_op', 'is not', null)
      .execute();
    expect(resten).toHaveLength(1);
    expect(resten[0]).toMatchObject({ naam: null, account_id: null, postcode: null, email: null });
    expect(
      await t.database.db
        .selectFrom('toestemmingen')
        .select('id')
        .where('persoon_id', '=', resten[0]!.id)
        .execute(),
    ).toEqual([]);
  });

  it('the daily job erases when the retention period of a closed case has passed', async () => {
    // Close the case 16 years ago (contact is kept 15 years after the end).
    await t.database.db
      .updateTable('betrokkenheden')
      .set({ sinds: new Date('2009-01-01T00:00:00Z'), tot: new Date('2010-01-01T00:00:00Z') })
      .where('persoon_id', '=', w.persoonId)
      .execute();
    const worker = new JobWorker(t.database.db, createLogger('silent'));
    registerJobs(worker, t.database, t.services);
    await planJobs(t.database);
    await planJobs(t.database); // a second instance or restart: still one job today
    const vandaag = await t.database.db
      .selectFrom('jobs')
      .select('id')
      .where('type', '=', 'privacy.bewaartermijnen')
      .execute();
    expect(vandaag).toHaveLength(1);
    // Other modules' daily jobs may run too; ours must have run once.
    expect(await worker.drain()).toBeGreaterThanOrEqual(1);
    const jobs = await t.database.db
      .selectFrom('jobs')
      .select(['status', 'run_at'])
      .where('type', '=', 'privacy.bewaartermijnen')
      .orderBy('id')
      .execute();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'queued']);
    expect(jobs[1]!.run_at.getTime()).toBeGreaterThan(Date.now());
    // Every daily job planned tomorrow's run, once.
    const morgen = await t.database.db
      .selectFrom('jobs')
      .select(['type'])
      .where('status', '=', 'queued')
      .where('run_at', '>', new Date())
      .execute();
    expect(morgen.map((j) => j.type).sort()).toEqual([
      'koppelingen.voortgang',
      'mantelzorg.herinneringen',
      'privacy.bewaartermijnen',
      'sociale-kaart.versheid',
      'welzijnsrecept.termijnen',
    ]);

    const p = await t.database.db
      .selectFrom('personen')
      .selectAll()
      .where('id', '=', w.persoonId)
      .executeTakeFirstOrThrow();
    expect(p).toMatchObject({ naam: null, geboortedatum: null, leeftijdsgroep: '75+' });
    expect(p.gewist_op).not.toBeNull();
    expect((await logRijen()).at(-1)).toMatchObject({
      actie: 'verwijderen',
      account_id: null,
      doel: 'wisverzoek na bewaartermijn',
    });
    expect((await call('professional-team', 'GET', persoon())).statusCode).toBe(404);
    expect(
      (await call('inwoner-zelf', 'GET', '/api/v1/mijn/wisverzoeken')).json().wisverzoeken,
    ).toEqual([]);
    expect(
      await t.database.db
        .selectFrom('wisverzoeken')
        .select('afgerond_op')
        .where('persoon_id', '=', w.persoonId)
        .execute(),
    ).toEqual([{ afgerond_op: expect.any(Date) }]);
  });
});

describe('the access log is tamper evident', () => {
  it('refuses UPDATE and DELETE', async () => {
    await expect(
      t.database.db.updateTable('toegangslog').set({ doel: 'x' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.db.deleteFrom('toegangslog').execute()).rejects.toThrow(/append-only/);
  });

  it('stays one chain under concurrent requests', async () => {
    const p = await call('professional-team', 'POST', '/api/v1/personen', {
      naam: 'Piet',
      grondslag: 'Wmo',
      categorieen: ['contact'],
    });
    const url = `/api/v1/personen/${p.json().id}`;
    const res = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(i % 3 === 0 ? 'professional-buiten-team' : 'professional-team', 'GET', url),
      ),
    );
    expect(res.map((r) => r.statusCode).filter((s) => s === 200)).toHaveLength(8);
    const v = await t.services.toegang.verifieer(w.steinId);
    expect(v).toMatchObject({ ok: true });
    expect(v.rijen).toBeGreaterThan(20);
  });

  it('verify finds an edited row, a removed row and a cut-off tail', async () => {
    const db = t.database.db;
    const rows = await db
      .selectFrom('toegangslog')
      .select(['volgnummer', 'doel'])
      .where('gemeente_id', '=', w.steinId)
      .orderBy('volgnummer')
      .execute();
    const doel = rows[4]!;
    await sql`alter table toegangslog disable trigger toegangslog_geen_wijziging`.execute(db);
    try {
      await db
        .updateTable('toegangslog')
        .set({ doel: 'iets anders' })
        .where('gemeente_id', '=', w.steinId)
        .where('volgnummer', '=', doel.volgnummer)
        .execute();
      expect(await t.services.toegang.verifieer(w.steinId)).toMatchObject({
        ok: false,
        fout: { volgnummer: String(doel.volgnummer), reden: 'inhoud gewijzigd' },
      });
      await db
        .updateTable('toegangslog')
        .set({ doel: doel.doel })
        .where('gemeente_id', '=', w.steinId)
        .where('volgnummer', '=', doel.volgnummer)
        .execute();
      expect((await t.services.toegang.verifieer(w.steinId)).ok).toBe(true);

      const laatste = rows.at(-1)!;
      const bewaard = await db
        .selectFrom('toegangslog')
        .selectAll()
        .where('gemeente_id', '=', w.steinId)
        .where('volgnummer', '=', laatste.volgnummer)
        .executeTakeFirstOrThrow();
      await db
        .deleteFrom('toegangslog')
        .where('gemeente_id', '=', w.steinId)
        .where('volgnummer', '=', laatste.volgnummer)
        .execute();
      const kort = await t.services.toegang.verifieer(w.steinId);
      expect(kort.ok).toBe(false);
      expect(kort.fout?.volgnummer).toBe(String(laatste.volgnummer));
      await db
        .insertInto('toegangslog')
        .values(bewaard as never)
        .execute();
      expect((await t.services.toegang.verifieer(w.steinId)).ok).toBe(true);
    } finally {
      await sql`alter table toegangslog enable trigger toegangslog_geen_wijziging`.execute(db);
    }
    // Houten has its own chain, untouched.
    await call('andere-gemeente', 'GET', persoon());
    expect(await t.services.toegang.verifieer(w.houtenId)).toMatchObject({ ok: true });
    void HOUTEN;
  });
});
