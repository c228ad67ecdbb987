import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDAARD_VRAGEN } from '../src/server/modules/draaglast/instrument.ts';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { apiAls, type Json } from './helpers/api-als.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { maakWereld } from './helpers/wereld.ts';

/**
 * "Hoe gaat het met u?" (issue 9) through the HTTP app: Anna fills in the check (light, then
 * heavy and shared with steunpunt A: a task for A's consulent; heavy and not shared: none),
 * her history shows the trend. The consulent of A sees the task (name, date, band — never the
 * answers), opens her trend with the answers and marks the task done with a note; the consulent
 * of steunpunt B sees nothing of it. Bad input is a problem with the fields named; other
 * residents and staff without a relation cannot read it; the beheerder sets the instrument.
 */
const HOST = 'stein-dl.example.nl';

let t: TestApp;
let gemeenteId: number;
const org: Record<string, string> = {};
const acc: Record<string, string> = {};

const api = apiAls(() => t, { host: HOST, net: 11, gemeenteId: () => gemeenteId, accounts: acc });

/** Every load question `last`, every capacity question `kracht`. */
const ANTWOORDEN = (last: number, kracht: number) =>
  Object.fromEntries(STANDAARD_VRAGEN.map((v) => [v.id, v.deel === 'last' ? last : kracht]));

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakWereld(
    t,
    { code: 'GM0972', naam: 'Stein', host: HOST, domein: 'dl.example' },
    acc,
  );
  gemeenteId = w.gemeenteId;
  org.steunpuntA = await w.organisatie('Steunpunt steunpuntA', 'welzijn', '046 123 45 67');
  org.steunpuntB = await w.organisatie('Steunpunt steunpuntB', 'welzijn');
  org.wijkteam = await w.organisatie('Steunpunt wijkteam', 'wijkteam');
  for (const k of ['anna', 'bram', 'buurman']) await w.account(k, { rol: 'inwoner' });
  for (const k of ['A', 'B'] as const) {
    await w.account(`consulent${k}`, {
      rol: 'professional',
      functie: 'mantelzorgconsulent',
      organisatieId: org[`steunpunt${k}`],
    });
  }
  await w.account('wijkteam', {
    rol: 'professional',
    functie: 'wijkteam',
    organisatieId: org.wijkteam,
  });
  await w.account('beheer', { rol: 'functioneel-beheerder' });
});
afterAll(() => t.close());

let annaId: string;
let taakId: string;

describe('draaglast — the carer', () => {
  it('gives the questions, the steunpunten with contact details and an empty history', async () => {
    const res = await api('anna', 'GET', '/mijn/draaglast');
    expect(res.status).toBe(200);
    expect(res.body.instrument.versie).toBe(0);
    expect(res.body.instrument.vragen).toHaveLength(STANDAARD_VRAGEN.length);
    expect(res.body.instrument.schaal).toEqual([0, 1, 2, 3]);
    expect(res.body.steunpunten.map((s: Json) => s.id).sort()).toEqual(
      [org.steunpuntA, org.steunpuntB].sort(),
    );
    expect(res.body.steunpunten.find((s: Json) => s.id === org.steunpuntA).telefoon).toBe(
      '046 123 45 67',
    );
    expect(res.body.checks).toEqual([]);
  });

  it('refuses bad input as a problem naming the fields', async () => {
    const { moe: _, ...zonder } = ANTWOORDEN(1, 2);
    const res = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: { ...zonder, slapen: 7 },
      delen: true,
    });
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.invalidParams.map((p: Json) => p.name).sort()).toEqual([
      'body.antwoorden.moe',
      'body.antwoorden.slapen',
      // Two steunpunten: Anna has to choose.
      'body.steunpuntId',
    ]);
    const geenKeuze = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: ANTWOORDEN(1, 2),
    });
    expect(geenKeuze.status).toBe(400);
    expect(geenKeuze.body.invalidParams.map((p: Json) => p.name)).toEqual(['body.delen']);
    const vreemd = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: ANTWOORDEN(1, 2),
      delen: true,
      steunpuntId: org.wijkteam,
    });
    expect(vreemd.status).toBe(400);
    expect(vreemd.body.invalidParams.map((p: Json) => p.name)).toEqual(['body.steunpuntId']);
  });

  it('scores a light check, not shared: no task', async () => {
    const res = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: ANTWOORDEN(1, 2),
      delen: false,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ band: 'licht', belasting: 33, gedeeldMet: null, taak: false });
    expect(res.body.vragen.find((v: Json) => v.id === 'moe').antwoord).toBe(1);
  });

  it('makes a task for the chosen steunpunt when heavy and shared', async () => {
    const res = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: ANTWOORDEN(3, 0),
      delen: true,
      steunpuntId: org.steunpuntA,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ band: 'zwaar', gedeeldMet: org.steunpuntA, taak: true });
    const toestemmingen = await api('anna', 'GET', '/mijn/toestemmingen');
    expect(
      toestemmingen.body.toestemmingen.some(
        (x: Json) => x.organisatieId === org.steunpuntA && x.categorieen.includes('gezondheid'),
      ),
    ).toBe(true);
  });

  it('makes no task when heavy and not shared', async () => {
    const res = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: ANTWOORDEN(3, 1),
      delen: false,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ band: 'zwaar', gedeeldMet: null, taak: false });
  });

  it('shows the history oldest first, for the trend', async () => {
    const res = await api('anna', 'GET', '/mijn/draaglast');
    expect(res.body.checks.map((c: Json) => c.band)).toEqual(['licht', 'zwaar', 'zwaar']);
    expect(res.body.checks.map((c: Json) => c.taak)).toEqual([false, true, false]);
    // Bram's history is his own.
    const bram = await api('bram', 'GET', '/mijn/draaglast');
    expect(bram.body.checks).toEqual([]);
  });
});

describe('draaglast — the consulent', () => {
  it('shows the task to the consulent of that steunpunt only: name, date, band', async () => {
    const a = await api('consulentA', 'GET', '/draaglast/taken');
    expect(a.status).toBe(200);
    expect(a.body.taken).toHaveLength(1);
    const taak = a.body.taken[0];
    expect(taak).toMatchObject({ naam: 'anna', band: 'zwaar', status: 'open', notitie: '' });
    expect(taak).not.toHaveProperty('vragen');
    expect(taak).not.toHaveProperty('antwoorden');
    taakId = taak.id;
    annaId = taak.persoonId;

    const b = await api('consulentB', 'GET', '/draaglast/taken');
    expect(b.status).toBe(200);
    expect(b.body.taken).toEqual([]);
    expect((await api('wijkteam', 'GET', '/draaglast/taken')).status).toBe(403);
    expect((await api('anna', 'GET', '/draaglast/taken')).status).toBe(403);
  });

  it('lets the consulent open the carer’s trend: only the shared checks, with answers', async () => {
    const res = await api('consulentA', 'GET', `/draaglast/personen/${annaId}`);
    expect(res.status).toBe(200);
    expect(res.body.naam).toBe('anna');
    expect(res.body.checks.map((c: Json) => c.band)).toEqual(['zwaar']);
    expect(res.body.checks[0].vragen.find((v: Json) => v.id === 'moe').antwoord).toBe(3);

    expect((await api('consulentB', 'GET', `/draaglast/personen/${annaId}`)).status).toBe(403);
    expect((await api('wijkteam', 'GET', `/draaglast/personen/${annaId}`)).status).toBe(403);
  });

  it('refuses another steunpunt’s consulent to finish the task; lets its own, with a note', async () => {
    expect(
      (await api('consulentB', 'POST', `/draaglast/taken/${taakId}/afronden`, { notitie: 'x' }))
        .status,
    ).toBe(403);
    const leeg = await api('consulentA', 'POST', `/draaglast/taken/${taakId}/afronden`, {
      notitie: ' ',
    });
    expect(leeg.status).toBe(400);
    expect(leeg.body.invalidParams.map((p: Json) => p.name)).toEqual(['body.notitie']);
    const res = await api('consulentA', 'POST', `/draaglast/taken/${taakId}/afronden`, {
      notitie: 'Gebeld; respijtzorg besproken.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'afgerond',
      notitie: 'Gebeld; respijtzorg besproken.',
    });
    const nogmaals = await api('consulentA', 'POST', `/draaglast/taken/${taakId}/afronden`, {
      notitie: 'Nog eens.',
    });
    expect(nogmaals.status).toBe(409);
    expect((await api('consulentA', 'GET', '/draaglast/taken')).body.taken).toEqual([]);
    const klaar = await api('consulentA', 'GET', '/draaglast/taken?status=afgerond');
    expect(klaar.body.taken.map((x: Json) => x.id)).toEqual([taakId]);
    expect(
      (
        await api('consulentA', 'POST', `/draaglast/taken/${crypto.randomUUID()}/afronden`, {
          notitie: 'x',
        })
      ).status,
    ).toBe(404);
  });

  it('never lets other residents read someone’s check', async () => {
    expect((await api('buurman', 'GET', `/draaglast/personen/${annaId}`)).status).toBe(403);
  });

  it('logs every look at the check, in category gezondheid', async () => {
    const log = await t.database.db
      .selectFrom('toegangslog')
      .select(['account_id', 'actie', 'uitkomst', 'categorie'])
      .where('persoon_id', '=', annaId)
      .execute();
    const a = log.filter((r) => r.account_id === acc.consulentA && r.categorie === 'gezondheid');
    expect(a.some((r) => r.actie === 'zoeken' && r.uitkomst === 'toegestaan')).toBe(true);
    expect(a.some((r) => r.actie === 'lezen' && r.uitkomst === 'toegestaan')).toBe(true);
    expect(a.some((r) => r.actie === 'wijzigen' && r.uitkomst === 'toegestaan')).toBe(true);
    expect(log.some((r) => r.account_id === acc.consulentB && r.uitkomst === 'geweigerd')).toBe(
      true,
    );
    expect(log.some((r) => r.account_id === acc.anna && r.actie === 'aanmaken')).toBe(true);
  });
});

describe('draaglast — the instrument', () => {
  const EIGEN = {
    vragen: [
      { id: 'moe', deel: 'last', tekst: 'Ik ben vaak moe.' },
      { id: 'hulp', deel: 'kracht', tekst: 'Er is iemand die mij helpt.' },
    ],
    drempels: { licht: 10, matig: 20, zwaar: 30 },
  };

  it('validates the gemeente’s own questions and thresholds', async () => {
    const res = await api('beheer', 'PUT', '/draaglast/instrument', {
      ...EIGEN,
      drempels: { licht: 40, matig: 30, zwaar: 30 },
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p: Json) => p.name)).toEqual([
      'body.drempels.matig',
      'body.drempels.zwaar',
    ]);
    expect((await api('wijkteam', 'PUT', '/draaglast/instrument', EIGEN)).status).toBe(403);
    expect((await api('anna', 'GET', '/draaglast/instrument')).status).toBe(403);
  });

  it('uses the new instrument for new checks; old checks keep their questions', async () => {
    const res = await api('beheer', 'PUT', '/draaglast/instrument', EIGEN);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ versie: 1, drempels: EIGEN.drempels });
    expect((await api('consulentA', 'GET', '/draaglast/instrument')).body.versie).toBe(1);

    const mijn = await api('anna', 'GET', '/mijn/draaglast');
    expect(mijn.body.instrument.vragen.map((v: Json) => v.id)).toEqual(['moe', 'hulp']);
    const oud = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: ANTWOORDEN(1, 2),
      delen: false,
    });
    expect(oud.status).toBe(400);
    const nieuw = await api('anna', 'POST', '/mijn/draaglast', {
      antwoorden: { moe: 1, hulp: 2 },
      delen: false,
    });
    expect(nieuw.status).toBe(201);
    // 33 load, 67 capacity → 33: heavy with this gemeente's thresholds.
    expect(nieuw.body).toMatchObject({ belasting: 33, band: 'zwaar' });
    expect(nieuw.body.vragen.map((v: Json) => v.id)).toEqual(['moe', 'hulp']);
  });
});

describe('draaglast in Mijn gegevens and erasure', () => {
  it('shows the carer their checks in the inzage', async () => {
    const res = await api('anna', 'GET', '/mijn/gegevens');
    expect(res.status).toBe(200);
    expect(res.body.overig.draaglast.checks).toHaveLength(4);
    expect(res.body.overig.draaglast.taken).toMatchObject([
      { status: 'afgerond', notitie: 'Gebeld; respijtzorg besproken.' },
    ]);
  });

  it('erases the checks and the tasks', async () => {
    const scope = new GemeenteScope(t.database.db, gemeenteId);
    await t.services.draaglast.bron.wis(scope, annaId);
    expect(
      await scope
        .selectFrom('draaglast_checks')
        .select('id')
        .where('persoon_id', '=', annaId)
        .execute(),
    ).toEqual([]);
    expect(
      await scope
        .selectFrom('draaglast_taken')
        .select('id')
        .where('persoon_id', '=', annaId)
        .execute(),
    ).toEqual([]);
  });
});
