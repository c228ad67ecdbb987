import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { apiAls, type Json } from './helpers/api-als.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { maakWereld } from './helpers/wereld.ts';

/**
 * Mantelzorg (issue 9) through the HTTP app: Anna registers that she cares for her father
 * ("Ik zorg voor iemand"), the mantelzorgconsulent of the steunpunt finds her and registers a
 * young carer; the functioneel beheerder sets up this year's waardering; Anna applies, her
 * father confirms, the consulent grants with a reason (the rules' outcome pre-filled), the
 * bye-law's maximum per care recipient holds for her brother, the payment CSV has Anna's row
 * and the figures suppress small counts. Outsiders are refused.
 */
const HOST = 'stein-mz.example.nl';

let t: TestApp;
let gemeenteId: number;
const org: Record<string, string> = {};
const acc: Record<string, string> = {};

const api = apiAls(() => t, { host: HOST, net: 9, gemeenteId: () => gemeenteId, accounts: acc });

const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const JAAR = Number(dag(0).slice(0, 4));

const ZORG = (naam: string, email: string) => ({
  zorgvrager: { naam, eMailadres: email, woontInGemeente: true },
  relatie: 'ouder',
  watIkDoe: 'Boodschappen, de was en mee naar de dokter.',
  urenPerWeek: 12,
  sinds: '2023-03-01',
  samenwonend: false,
  anderenBetrokken: 'Mijn broer helpt in het weekend.',
  ikWoonInGemeente: false,
  toestemming: true,
});

const RONDE = () => ({
  jaar: JAAR,
  organisatieId: org.steunpunt,
  minUrenPerWeek: 8,
  minMaandenZorg: 3,
  minLeeftijd: 18,
  woonregel: 'mantelzorger-of-zorgvrager',
  wieMagAanvragen: 'mantelzorger',
  bevestigingNodig: true,
  maxPerZorgvrager: 1,
  vorm: 'bon',
  bedragCent: 4000,
  openVanaf: dag(-1),
  deadline: dag(30),
  peildatum: dag(0),
});

let rondeId: string;
let relatieAnna: string;
let aanvraagAnna: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakWereld(
    t,
    { code: 'GM0971', naam: 'Stein', host: HOST, domein: 'mz.example' },
    acc,
  );
  gemeenteId = w.gemeenteId;
  org.steunpunt = await w.organisatie('Org steunpunt', 'welzijn');
  org.wijkteam = await w.organisatie('Org wijkteam', 'wijkteam');
  for (const k of ['anna', 'broer', 'vader', 'buurman']) await w.account(k, { rol: 'inwoner' });
  await w.account('consulent', {
    rol: 'professional',
    functie: 'mantelzorgconsulent',
    organisatieId: org.steunpunt,
  });
  await w.account('wijkteam', {
    rol: 'professional',
    functie: 'wijkteam',
    organisatieId: org.wijkteam,
  });
  await w.account('beleid', { rol: 'beleidsmedewerker' });
  await w.account('beheer', { rol: 'functioneel-beheerder' });
});
afterAll(() => t.close());

describe('mantelzorg', () => {
  it('lets the functioneel beheerder set up this year’s waardering, with its rules checked', async () => {
    const fout = await api('beheer', 'POST', '/mantelzorg/waarderingsrondes', {
      ...RONDE(),
      deadline: dag(-5),
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams[0].name).toBe('body.deadline');

    expect((await api('wijkteam', 'POST', '/mantelzorg/waarderingsrondes', RONDE())).status).toBe(
      403,
    );
    const res = await api('beheer', 'POST', '/mantelzorg/waarderingsrondes', RONDE());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ jaar: JAAR, open: true, vorm: 'bon', bedragCent: 4000 });
    rondeId = res.body.id;
    expect((await api('beheer', 'POST', '/mantelzorg/waarderingsrondes', RONDE())).status).toBe(
      409,
    );
    const gewijzigd = await api('consulent', 'PUT', `/mantelzorg/waarderingsrondes/${rondeId}`, {
      ...RONDE(),
      minUrenPerWeek: 6,
    });
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body.minUrenPerWeek).toBe(6);
    const lijst = await api('consulent', 'GET', '/mantelzorg/waarderingsrondes');
    expect(lijst.body.rondes).toHaveLength(1);
  });

  it('registers Anna’s care for her father from the portal (“Ik zorg voor iemand”)', async () => {
    const fout = await api('anna', 'POST', '/mijn/mantelzorg', {
      ...ZORG('Piet Jansen', 'vader@mz.example'),
      urenPerWeek: 200,
    });
    expect(fout.status).toBe(400);
    const zonder = await api('anna', 'POST', '/mijn/mantelzorg', {
      ...ZORG('Piet Jansen', 'vader@mz.example'),
      toestemming: false,
    });
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams.map((e: Json) => e.name)).toEqual(['body.toestemming']);

    const res = await api('anna', 'POST', '/mijn/mantelzorg', {
      ...ZORG('Piet Jansen', 'vader@mz.example'),
      geboortedatum: '1980-04-02',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      relatie: 'ouder',
      urenPerWeek: 12,
      geregistreerdDoor: 'zelf',
      zorgvrager: { naam: 'Piet Jansen', woontInGemeente: true },
    });
    relatieAnna = res.body.id;

    const mijn = await api('anna', 'GET', '/mijn/mantelzorg');
    expect(mijn.status).toBe(200);
    expect(mijn.body.relaties).toHaveLength(1);
    expect(mijn.body.jongeMantelzorger).toBe(false);
    expect(mijn.body.openRondes.map((r: Json) => r.id)).toEqual([rondeId]);
  });

  it('sends Anna the information package: an e-mail naming no one, with the PDF', async () => {
    const mail = t.mailer.outbox!.find((m) => m.includes('To: anna@mz.example'));
    expect(mail).toBeDefined();
    expect(mail).toContain('Informatie voor wie zorgt voor een ander');
    expect(mail).toContain('Content-Type: application/pdf; name=informatie-mantelzorg.pdf');
    // What she told us stays in Kring: not her father's name, not what she does.
    expect(mail).not.toContain('Piet Jansen');
    expect(mail).not.toContain('Boodschappen, de was');

    const pdf = await api('anna', 'GET', '/mijn/mantelzorg/informatiepakket');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(pdf.raw);
    expect(doc.getTitle()).toBe('Informatie voor wie zorgt voor een ander');
  });

  it('shows the consulent the carers of the steunpunt, and no one else', async () => {
    const res = await api('consulent', 'GET', '/mantelzorg/mantelzorgers');
    expect(res.status).toBe(200);
    expect(res.body.mantelzorgers.map((m: Json) => m.naam)).toEqual(['anna']);
    expect((await api('wijkteam', 'GET', '/mantelzorg/mantelzorgers')).status).toBe(403);
    expect((await api('buurman', 'GET', '/mantelzorg/mantelzorgers')).status).toBe(403);
  });

  it('lets the consulent register a young carer, recognised as younger than 25', async () => {
    const res = await api('consulent', 'POST', '/mantelzorg/mantelzorgers', {
      mantelzorger: {
        voornaam: 'Sem',
        achternaam: 'Bakker',
        geboortedatum: '2010-06-01',
        eMailadres: 'sem@mz.example',
      },
      ...ZORG('Ria Bakker', 'ria@mz.example'),
      ikWoonInGemeente: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      naam: 'Sem Bakker',
      jongeMantelzorger: true,
      relatie: { geregistreerdDoor: 'consulent' },
    });
    // A young carer gets the package in their own words.
    const mail = t.mailer.outbox!.find((m) => m.includes('To: sem@mz.example'));
    expect(mail).toContain('Zorg jij voor iemand thuis?');
    expect(
      (
        await api('wijkteam', 'POST', '/mantelzorg/mantelzorgers', {
          mantelzorger: { voornaam: 'X', achternaam: 'Y' },
          ...ZORG('Z', 'z@mz.example'),
        })
      ).status,
    ).toBe(403);
    const lijst = await api('consulent', 'GET', '/mantelzorg/mantelzorgers');
    expect(lijst.body.mantelzorgers.map((m: Json) => m.naam).sort()).toEqual([
      'Sem Bakker',
      'anna',
    ]);
  });

  it('takes Anna’s application; it waits for her father’s confirmation', async () => {
    expect(
      (
        await api('buurman', 'POST', '/mijn/mantelzorg/aanvragen', {
          toestemming: true,
          rondeId,
          relatieId: relatieAnna,
        })
      ).status,
    ).toBe(403);
    const res = await api('anna', 'POST', '/mijn/mantelzorg/aanvragen', {
      toestemming: true,
      rondeId,
      relatieId: relatieAnna,
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('wacht-op-bevestiging');
    expect(res.body.voldoet).toBe(false);
    expect(res.body.regels.filter((r: Json) => !r.voldaan)).toEqual([
      {
        regel: 'bevestiging',
        voldaan: false,
        reden: 'De persoon voor wie u zorgt heeft nog niet bevestigd dat u zorgt.',
      },
    ]);
    aanvraagAnna = res.body.id;
    const nogEens = await api('anna', 'POST', '/mijn/mantelzorg/aanvragen', {
      toestemming: true,
      rondeId,
      relatieId: relatieAnna,
    });
    expect(nogEens.status).toBe(409);
    expect(nogEens.type).toContain('application/problem+json');

    const teVroeg = await api(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsaanvragen/${aanvraagAnna}/besluit`,
      {
        besluit: 'toekennen',
        reden: 'Voldoet.',
      },
    );
    expect(teVroeg.status).toBe(409);
  });

  it('asks only her father to confirm', async () => {
    expect(
      (
        await api('buurman', 'POST', `/mijn/mantelzorg/bevestigingen/${aanvraagAnna}`, {
          bevestigd: true,
        })
      ).status,
    ).toBe(404);
    const mijn = await api('vader', 'GET', '/mijn/mantelzorg');
    expect(mijn.body.teBevestigen).toEqual([
      { aanvraagId: aanvraagAnna, mantelzorger: 'anna', jaar: JAAR },
    ]);
    const res = await api('vader', 'POST', `/mijn/mantelzorg/bevestigingen/${aanvraagAnna}`, {
      bevestigd: true,
    });
    expect(res.status).toBe(204);
    expect(
      (
        await api('vader', 'POST', `/mijn/mantelzorg/bevestigingen/${aanvraagAnna}`, {
          bevestigd: true,
        })
      ).status,
    ).toBe(409);
    expect((await api('vader', 'GET', '/mijn/mantelzorg')).body.teBevestigen).toEqual([]);
  });

  it('gives the consulent the queue with the rules pre-filled, and a reason for every decision', async () => {
    const rij = await api('consulent', 'GET', `/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`);
    expect(rij.status).toBe(200);
    expect(rij.body.aanvragen).toHaveLength(1);
    expect(rij.body.aanvragen[0]).toMatchObject({
      id: aanvraagAnna,
      status: 'te-beoordelen',
      bevestigd: true,
      voldoet: true,
    });
    const woon = rij.body.aanvragen[0].regels.find((r: Json) => r.regel === 'woonplaats');
    expect(woon.reden).toBe('De persoon voor wie u zorgt woont in de gemeente.');
    expect(
      (await api('wijkteam', 'GET', `/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`)).status,
    ).toBe(403);

    const zonder = await api(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsaanvragen/${aanvraagAnna}/besluit`,
      {
        besluit: 'toekennen',
        reden: ' ',
      },
    );
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams[0].name).toBe('body.reden');
    expect(
      (
        await api('wijkteam', 'POST', `/mantelzorg/waarderingsaanvragen/${aanvraagAnna}/besluit`, {
          besluit: 'toekennen',
          reden: 'Voldoet.',
        })
      ).status,
    ).toBe(403);
    const res = await api(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsaanvragen/${aanvraagAnna}/besluit`,
      {
        besluit: 'toekennen',
        reden: 'U voldoet aan alle regels. Dank voor uw zorg!',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'toegekend',
      besluitReden: 'U voldoet aan alle regels. Dank voor uw zorg!',
    });
    const mijn = await api('anna', 'GET', '/mijn/mantelzorg');
    expect(mijn.body.aanvragen[0].status).toBe('toegekend');
  });

  it('holds the maximum of one carer per care recipient for her brother', async () => {
    const rel = await api(
      'broer',
      'POST',
      '/mijn/mantelzorg',
      ZORG('Piet Jansen', 'VADER@mz.example'),
    );
    const aanvraag = await api('broer', 'POST', '/mijn/mantelzorg/aanvragen', {
      toestemming: true,
      rondeId,
      relatieId: rel.body.id,
    });
    expect(aanvraag.status).toBe(201);
    expect(
      (
        await api('vader', 'POST', `/mijn/mantelzorg/bevestigingen/${aanvraag.body.id}`, {
          bevestigd: true,
        })
      ).status,
    ).toBe(204);
    const url = `/mantelzorg/waarderingsaanvragen/${aanvraag.body.id}/besluit`;
    const toe = await api('consulent', 'POST', url, { besluit: 'toekennen', reden: 'Toch graag.' });
    expect(toe.status).toBe(409);
    expect(toe.body.detail).toContain('al 1 keer gegeven');
    const af = await api('consulent', 'POST', url, {
      besluit: 'afwijzen',
      reden: 'Voor uw vader is de waardering al gegeven.',
    });
    expect(af.status).toBe(200);
    expect(af.body.status).toBe('afgewezen');
  });

  it('exports the granted applications as CSV for payment', async () => {
    const res = await api(
      'consulent',
      'GET',
      `/mantelzorg/waarderingsrondes/${rondeId}/toekenningen/export`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    const regels = res.text.trim().split('\r\n');
    expect(regels[0]).toBe('aanvraag;naam;e-mailadres;postcode;jaar;vorm;bedrag;toegekend op');
    expect(regels).toHaveLength(2);
    expect(regels[1]).toContain(`${aanvraagAnna};anna;anna@mz.example;;${JAAR};bon;40,00;`);
    expect(
      (await api('wijkteam', 'GET', `/mantelzorg/waarderingsrondes/${rondeId}/toekenningen/export`))
        .status,
    ).toBe(403);
    expect(
      (await api('beleid', 'GET', `/mantelzorg/waarderingsrondes/${rondeId}/toekenningen/export`))
        .status,
    ).toBe(403);
  });

  it('gives the decision letter as PDF to Anna and the consulent, and to no one else', async () => {
    const { PDFDocument } = await import('pdf-lib');
    for (const wie of ['anna', 'consulent']) {
      const url =
        wie === 'anna' ? '/mijn/mantelzorg/aanvragen' : '/mantelzorg/waarderingsaanvragen';
      const res = await api(wie, 'GET', `${url}/${aanvraagAnna}/brief`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      expect((await PDFDocument.load(res.raw)).getTitle()).toBe(
        `Mantelzorgwaardering ${JAAR}: u krijgt de waardering`,
      );
    }
    for (const wie of ['broer', 'wijkteam']) {
      const res = await api(wie, 'GET', `/mijn/mantelzorg/aanvragen/${aanvraagAnna}/brief`);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('anna');
    }
  });

  it('shows the figures with small counts suppressed, to policy staff only', async () => {
    const res = await api('beleid', 'GET', `/mantelzorg/cijfers?jaar=${JAAR}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      jaar: JAAR,
      geregistreerd: null,
      jongerDan25: null,
      aanvragen: null,
      toegekend: null,
    });
    expect((await api('beleid', 'GET', '/mantelzorg/cijfers?jaar=1999')).status).toBe(400);
    expect((await api('anna', 'GET', '/mantelzorg/cijfers')).status).toBe(403);
    expect((await api('wijkteam', 'GET', '/mantelzorg/cijfers')).status).toBe(403);
  });

  it('logs every look at a carer’s data, with category netwerk', async () => {
    const persoon = await t.database.db
      .selectFrom('personen')
      .select('id')
      .where('account_id', '=', acc.anna!)
      .executeTakeFirstOrThrow();
    const log = await t.database.db
      .selectFrom('toegangslog')
      .select(['account_id', 'actie', 'uitkomst', 'categorie', 'grondslag'])
      .where('persoon_id', '=', persoon.id)
      .execute();
    const consulent = log.filter((r) => r.account_id === acc.consulent);
    expect(consulent.some((r) => r.actie === 'zoeken' && r.categorie === 'netwerk')).toBe(true);
    expect(consulent.some((r) => r.actie === 'wijzigen' && r.uitkomst === 'toegestaan')).toBe(true);
    expect(log.some((r) => r.account_id === acc.wijkteam && r.uitkomst === 'geweigerd')).toBe(true);
  });
});

describe('reminders before the deadline', () => {
  const mailsAan = (adres: string) =>
    t.mailer.outbox!.filter(
      (m) => m.includes(`To: ${adres}`) && m.includes('Subject: Vraag de mantelzorgwaardering'),
    ).length;
  const wacht = () => new Promise((r) => setTimeout(r, 50));

  it('reminds a carer who has not applied, two weeks and three days before, once each', async () => {
    expect(
      (await api('buurman', 'POST', '/mijn/mantelzorg', ZORG('Els Smit', 'els@mz.example'))).status,
    ).toBe(201);
    const over = (dagen: number) => new Date(Date.now() + dagen * 86_400_000);
    expect(await t.services.mantelzorg.herinnerVoorDeadline(over(10))).toEqual({
      herinneringen: 0,
    });
    expect(await t.services.mantelzorg.herinnerVoorDeadline(over(16))).toEqual({
      herinneringen: 1,
    });
    expect(await t.services.mantelzorg.herinnerVoorDeadline(over(17))).toEqual({
      herinneringen: 0,
    });
    expect(await t.services.mantelzorg.herinnerVoorDeadline(over(28))).toEqual({
      herinneringen: 1,
    });
    await wacht();
    expect(mailsAan('buurman@mz.example')).toBe(2);
    // Anna applied already: no reminder for her.
    expect(mailsAan('anna@mz.example')).toBe(0);
    const mail = t.mailer.outbox!.find(
      (m) => m.includes('To: buurman@mz.example') && m.includes('Subject: Vraag de'),
    )!;
    expect(mail).not.toContain('Els Smit');
  });
});

describe('mantelzorg in Mijn gegevens and erasure', () => {
  it('shows the carer their relations and applications in the inzage', async () => {
    const res = await api('anna', 'GET', '/mijn/gegevens');
    expect(res.status).toBe(200);
    const mz = res.body.overig.mantelzorg;
    expect(mz.relaties.map((r: Json) => r.zorgvrager.naam)).toEqual(['Piet Jansen']);
    expect(mz.aanvragen).toMatchObject([{ jaar: JAAR, status: 'toegekend' }]);
  });

  it('erases a carer’s relations, applications and confirmations; the care recipient’s link only', async () => {
    const scope = new GemeenteScope(t.database.db, gemeenteId);
    const persoon = async (k: string) =>
      (
        await t.database.db
          .selectFrom('personen')
          .select('id')
          .where('account_id', '=', acc[k]!)
          .executeTakeFirstOrThrow()
      ).id;
    const broer = await persoon('broer');
    await t.database.db.transaction().execute(async (trx) => {
      await t.services.mantelzorg.bron.wis(new GemeenteScope(trx, gemeenteId), broer);
    });
    const over = await scope.selectFrom('mantelzorgrelaties').select('mantelzorger_id').execute();
    expect(over.map((r) => r.mantelzorger_id)).not.toContain(broer);
    expect(await scope.selectFrom('waarderingsaanvragen').select('id').execute()).toHaveLength(1);
    expect(
      await scope.selectFrom('waarderingsbevestigingen').select('aanvraag_id').execute(),
    ).toEqual([{ aanvraag_id: aanvraagAnna }]);
    // The father as care recipient: the link to his record goes, Anna's relation stays.
    await t.services.mantelzorg.bron.wis(scope, await persoon('vader'));
    const anna = await scope
      .selectFrom('mantelzorgrelaties')
      .select(['id', 'zorgvrager_id'])
      .where('id', '=', relatieAnna)
      .executeTakeFirstOrThrow();
    expect(anna.zorgvrager_id).toBeNull();
  });
});
