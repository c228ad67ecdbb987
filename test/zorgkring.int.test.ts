import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAls, type Json } from './helpers/api-als.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { maakWereld } from './helpers/wereld.ts';

/**
 * Zorgkring (issue 9) through the HTTP app: Anna starts a circle for her father and invites
 * her brother by e-mail address; he logs in with that address (other capitals), accepts and
 * claims "Boodschappen op donderdag". A neighbour who was never invited gets 404 that names
 * nothing; notes show per visibility level; leaving ends access at once; every read of the
 * circle's content is in Anna's access log.
 */
const HOST = 'stein-zk.example.nl';

let t: TestApp;
let gemeenteId: number;
const acc: Record<string, string> = {};

const api = apiAls(() => t, { host: HOST, net: 12, gemeenteId: () => gemeenteId, accounts: acc });

let kringId: string;
let taakId: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakWereld(
    t,
    { code: 'GM0972', naam: 'Stein', host: HOST, domein: 'zk.example' },
    acc,
  );
  gemeenteId = w.gemeenteId;
  const org = await w.organisatie('Steunpunt', 'welzijn');
  await w.account('anna', { rol: 'inwoner' }, 'Anna de Vries');
  await w.account('broer', { rol: 'inwoner' }, 'Kees de Vries');
  await w.account('buurman', { rol: 'inwoner' }, 'Henk Buur');
  await w.account('vader', { rol: 'inwoner' }, 'Jan de Vries');
  await w.account(
    'consulent',
    { rol: 'professional', functie: 'mantelzorgconsulent', organisatieId: org },
    'Sanne Consulent',
  );
});
afterAll(() => t.close());

const mails = () => t.mailer.outbox ?? [];

describe('zorgkring', () => {
  it('lets a resident start a circle; bad input gives problem details', async () => {
    const fout = await api('anna', 'POST', '/zorgkringen', { voorWie: '  ' });
    expect(fout.status).toBe(400);
    expect(fout.type).toContain('application/problem+json');
    expect(fout.body.invalidParams[0].name).toBe('body.voorWie');

    expect((await api('consulent', 'POST', '/zorgkringen', { voorWie: 'X' })).status).toBe(403);

    const res = await api('anna', 'POST', '/zorgkringen', { voorWie: 'Papa (Jan de Vries)' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ voorWie: 'Papa (Jan de Vries)', mijnRol: 'mantelzorger' });
    kringId = res.body.id;
    expect((await api('anna', 'GET', '/zorgkringen')).body.kringen).toHaveLength(1);
  });

  it('invites by e-mail address: a mail without names or data, the link only', async () => {
    const fout = await api('anna', 'POST', `/zorgkringen/${kringId}/uitnodigingen`, {
      eMailadres: 'geen-adres',
      rol: 'familie',
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams.map((p: Json) => p.name)).toContain('body.eMailadres');

    const voor = mails().length;
    const res = await api('anna', 'POST', `/zorgkringen/${kringId}/uitnodigingen`, {
      eMailadres: 'Broer@ZK.example',
      rol: 'familie',
      bericht: 'Wil je helpen met de boodschappen?',
    });
    expect(res.status).toBe(201);
    expect(res.body.eMailadres).toBe('broer@zk.example');
    await expect.poll(() => mails().length).toBe(voor + 1);
    const mail = mails().at(-1)!;
    expect(mail).toContain('broer@zk.example');
    expect(mail).toContain('/mijn-kring/zorgkring');
    expect(mail).not.toMatch(/Jan|Papa|Anna|boodschappen/i);

    expect(
      (
        await api('anna', 'POST', `/zorgkringen/${kringId}/uitnodigingen`, {
          eMailadres: 'broer@zk.example',
          rol: 'familie',
        })
      ).status,
    ).toBe(409);
    await api('anna', 'POST', `/zorgkringen/${kringId}/uitnodigingen`, {
      eMailadres: 'consulent@zk.example',
      rol: 'professional',
    });
    await api('anna', 'POST', `/zorgkringen/${kringId}/uitnodigingen`, {
      eMailadres: 'vader@zk.example',
      rol: 'professional',
    });
    // The owner sees the pending addresses.
    const kring = await api('anna', 'GET', `/zorgkringen/${kringId}`);
    expect(kring.body.uitnodigingen.map((u: Json) => u.eMailadres)).toContain('broer@zk.example');
  });

  it('only the owner invites; the brother sees the invitation for his address and accepts', async () => {
    expect(
      (
        await api('broer', 'POST', `/zorgkringen/${kringId}/uitnodigingen`, {
          eMailadres: 'x@zk.example',
          rol: 'vriend',
        })
      ).status,
    ).toBe(404);
    const mijn = await api('broer', 'GET', '/zorgkringen');
    expect(mijn.body.kringen).toEqual([]);
    expect(mijn.body.uitnodigingen).toHaveLength(1);
    const u = mijn.body.uitnodigingen[0];
    expect(u).toMatchObject({
      voorWie: 'Papa (Jan de Vries)',
      uitgenodigdDoor: 'Anna de Vries',
      rol: 'familie',
      bericht: 'Wil je helpen met de boodschappen?',
    });
    // Someone else cannot answer it.
    expect(
      (
        await api('buurman', 'POST', `/zorgkringen/uitnodigingen/${u.id}/antwoord`, {
          accepteren: true,
        })
      ).status,
    ).toBe(404);
    const ja = await api('broer', 'POST', `/zorgkringen/uitnodigingen/${u.id}/antwoord`, {
      accepteren: true,
    });
    expect(ja.status).toBe(200);
    expect(ja.body.kringId).toBe(kringId);
    expect(
      (
        await api('broer', 'POST', `/zorgkringen/uitnodigingen/${u.id}/antwoord`, {
          accepteren: true,
        })
      ).status,
    ).toBe(404);

    const kring = await api('broer', 'GET', `/zorgkringen/${kringId}`);
    expect(kring.status).toBe(200);
    expect(kring.body.mijnRol).toBe('familie');
    expect(kring.body.leden.map((l: Json) => l.naam)).toEqual(['Anna de Vries', 'Kees de Vries']);
    // Names only: no e-mail addresses for members, no pending invitations.
    expect(kring.text).not.toContain('@zk.example');
    expect(kring.body.uitnodigingen).toEqual([]);
  });

  it('an invitation as professional needs a care-staff account', async () => {
    const vader = (await api('vader', 'GET', '/zorgkringen')).body.uitnodigingen[0];
    const res = await api('vader', 'POST', `/zorgkringen/uitnodigingen/${vader.id}/antwoord`, {
      accepteren: true,
    });
    expect(res.status).toBe(409);
    await api('vader', 'POST', `/zorgkringen/uitnodigingen/${vader.id}/antwoord`, {
      accepteren: false,
    });
    expect((await api('vader', 'GET', '/zorgkringen')).body.uitnodigingen).toEqual([]);

    const c = (await api('consulent', 'GET', '/zorgkringen')).body.uitnodigingen[0];
    const ok = await api('consulent', 'POST', `/zorgkringen/uitnodigingen/${c.id}/antwoord`, {
      accepteren: true,
    });
    expect(ok.status).toBe(200);
  });

  it('tasks: the brother claims "Boodschappen op donderdag"; nobody else can take it', async () => {
    const fout = await api('anna', 'POST', `/zorgkringen/${kringId}/taken`, {
      titel: 'X',
      datum: '2026-12-03',
      weekdag: 4,
    });
    expect(fout.status).toBe(400);
    const taak = await api('anna', 'POST', `/zorgkringen/${kringId}/taken`, {
      titel: 'Boodschappen op donderdag',
      weekdag: 4,
    });
    expect(taak.status).toBe(201);
    expect(taak.body).toMatchObject({ status: 'open', geclaimdDoor: null, weekdag: 4 });
    taakId = taak.body.id;
    const claim = await api('broer', 'POST', `/zorgkringen/${kringId}/taken/${taakId}/stappen`, {
      stap: 'claimen',
    });
    expect(claim.status).toBe(200);
    expect(claim.body).toMatchObject({
      status: 'geclaimd',
      geclaimdDoor: 'Kees de Vries',
      doorMij: true,
    });
    const dubbel = await api(
      'consulent',
      'POST',
      `/zorgkringen/${kringId}/taken/${taakId}/stappen`,
      {
        stap: 'claimen',
      },
    );
    expect(dubbel.status).toBe(409);
    const lijst = await api('anna', 'GET', `/zorgkringen/${kringId}/taken`);
    expect(lijst.body.taken[0]).toMatchObject({ geclaimdDoor: 'Kees de Vries', doorMij: false });
    // Only the owner deletes tasks.
    expect((await api('broer', 'DELETE', `/zorgkringen/${kringId}/taken/${taakId}`)).status).toBe(
      403,
    );
  });

  it('agenda: a weekly appointment comes back as its occurrences in the window', async () => {
    const fout = await api('broer', 'POST', `/zorgkringen/${kringId}/afspraken`, {
      titel: 'Fysio',
      datum: '2026-12-10',
      tijd: '25:00',
      herhaling: 'wekelijks',
      tot: '2026-12-01',
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams.map((p: Json) => p.name).sort()).toEqual([
      'body.tijd',
      'body.tot',
    ]);
    const res = await api('broer', 'POST', `/zorgkringen/${kringId}/afspraken`, {
      titel: 'Fysiotherapie',
      datum: '2026-12-01',
      tijd: '10:30',
      plaats: 'Praktijk Maasoever',
      herhaling: 'wekelijks',
      tot: '2026-12-22',
    });
    expect(res.status).toBe(201);
    await api('anna', 'POST', `/zorgkringen/${kringId}/afspraken`, {
      titel: 'Huisarts',
      datum: '2026-12-08',
      tijd: '09:00',
    });
    const agenda = await api(
      'consulent',
      'GET',
      `/zorgkringen/${kringId}/afspraken?van=2026-12-05&tot=2026-12-31`,
    );
    expect(agenda.status).toBe(200);
    expect(agenda.body.keren.map((k: Json) => `${k.op} ${k.titel}`)).toEqual([
      '2026-12-08 Huisarts',
      '2026-12-08 Fysiotherapie',
      '2026-12-15 Fysiotherapie',
      '2026-12-22 Fysiotherapie',
    ]);
    const teLang = await api(
      'anna',
      'GET',
      `/zorgkringen/${kringId}/afspraken?van=2026-01-01&tot=2028-01-01`,
    );
    expect(teLang.status).toBe(400);
  });

  it('messages: a thread, newest last', async () => {
    await api('anna', 'POST', `/zorgkringen/${kringId}/berichten`, { tekst: 'Papa is moe.' });
    await api('broer', 'POST', `/zorgkringen/${kringId}/berichten`, { tekst: 'Ik kom zaterdag.' });
    const res = await api('broer', 'GET', `/zorgkringen/${kringId}/berichten`);
    expect(res.body.berichten.map((b: Json) => [b.naam, b.tekst, b.vanMij])).toEqual([
      ['Anna de Vries', 'Papa is moe.', false],
      ['Kees de Vries', 'Ik kom zaterdag.', true],
    ]);
    expect(
      (await api('broer', 'POST', `/zorgkringen/${kringId}/berichten`, { tekst: '' })).status,
    ).toBe(400);
  });

  it('notes: each visibility level is enforced on the server', async () => {
    for (const zichtbaarheid of ['kring', 'mantelzorger', 'mantelzorger-en-professionals']) {
      const r = await api('anna', 'POST', `/zorgkringen/${kringId}/notities`, {
        tekst: `Notitie ${zichtbaarheid}`,
        zichtbaarheid,
      });
      expect(r.status).toBe(201);
    }
    const gezien = async (wie: string) =>
      (await api(wie, 'GET', `/zorgkringen/${kringId}/notities`)).body.notities
        .map((n: Json) => n.zichtbaarheid)
        .sort();
    expect(await gezien('anna')).toEqual([
      'kring',
      'mantelzorger',
      'mantelzorger-en-professionals',
    ]);
    expect(await gezien('consulent')).toEqual(['kring', 'mantelzorger-en-professionals']);
    expect(await gezien('broer')).toEqual(['kring']);
    // A member cannot write a note they could not read.
    const fout = await api('broer', 'POST', `/zorgkringen/${kringId}/notities`, {
      tekst: 'Geheim',
      zichtbaarheid: 'mantelzorger',
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams[0].name).toBe('body.zichtbaarheid');
  });

  it('a non-member gets 404 everywhere, naming nothing, and the attempt is logged', async () => {
    for (const pad of ['', '/taken', '/afspraken', '/berichten', '/notities']) {
      const res = await api('buurman', 'GET', `/zorgkringen/${kringId}${pad}`);
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/Papa|Jan|Anna|Kees/);
    }
    const onbekend = await api(
      'buurman',
      'GET',
      '/zorgkringen/00000000-0000-4000-8000-000000000000',
    );
    expect(onbekend.status).toBe(404);
    expect(onbekend.body.detail).toBe(
      (await api('buurman', 'GET', `/zorgkringen/${kringId}`)).body.detail,
    );
    const log = await t.database.db
      .selectFrom('toegangslog')
      .select(['account_id', 'uitkomst', 'actie', 'categorie', 'grondslag'])
      .where('gemeente_id', '=', gemeenteId)
      .execute();
    expect(log.some((r) => r.account_id === acc.buurman && r.uitkomst === 'geweigerd')).toBe(true);
    expect(
      log.some(
        (r) =>
          r.account_id === acc.broer &&
          r.uitkomst === 'toegestaan' &&
          r.actie === 'lezen' &&
          r.categorie === 'netwerk' &&
          r.grondslag === 'toestemming',
      ),
    ).toBe(true);
  });

  it('leaving ends access at once; claimed tasks go back to open', async () => {
    expect((await api('broer', 'GET', `/zorgkringen/${kringId}/taken`)).status).toBe(200);
    // The owner cannot leave (only delete).
    expect((await api('anna', 'DELETE', `/zorgkringen/${kringId}/leden/${acc.anna}`)).status).toBe(
      403,
    );
    const weg = await api('broer', 'DELETE', `/zorgkringen/${kringId}/leden/${acc.broer}`);
    expect(weg.status).toBe(204);
    for (const pad of ['', '/taken', '/berichten', '/notities']) {
      expect((await api('broer', 'GET', `/zorgkringen/${kringId}${pad}`)).status).toBe(404);
    }
    expect(
      (await api('broer', 'POST', `/zorgkringen/${kringId}/berichten`, { tekst: 'Hallo?' })).status,
    ).toBe(404);
    expect((await api('broer', 'GET', '/zorgkringen')).body.kringen).toEqual([]);
    const taken = await api('anna', 'GET', `/zorgkringen/${kringId}/taken`);
    expect(taken.body.taken[0]).toMatchObject({ status: 'open', geclaimdDoor: null });
  });

  it('inzage: the owner’s own data holds the circle with its content', async () => {
    const res = await api('anna', 'GET', '/mijn/gegevens');
    expect(res.status).toBe(200);
    const kringen = res.body.overig.zorgkring;
    expect(kringen).toHaveLength(1);
    expect(kringen[0]).toMatchObject({ voorWie: 'Papa (Jan de Vries)' });
    expect(kringen[0].taken[0].titel).toBe('Boodschappen op donderdag');
    expect(kringen[0].notities).toHaveLength(3);
  });

  it('the owner removes a member: their access ends too; then deletes the circle', async () => {
    expect(
      (await api('consulent', 'DELETE', `/zorgkringen/${kringId}/leden/${acc.anna}`)).status,
    ).toBe(403);
    expect(
      (await api('anna', 'DELETE', `/zorgkringen/${kringId}/leden/${acc.consulent}`)).status,
    ).toBe(204);
    expect((await api('consulent', 'GET', `/zorgkringen/${kringId}/notities`)).status).toBe(404);
    expect((await api('anna', 'DELETE', `/zorgkringen/${kringId}`)).status).toBe(204);
    expect((await api('anna', 'GET', `/zorgkringen/${kringId}`)).status).toBe(404);
    expect((await api('anna', 'GET', '/zorgkringen')).body.kringen).toEqual([]);
  });
});
