import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_TEKENS } from '../src/server/modules/mantelzorg/waarderingscode.ts';
import { DOEL_CODE } from '../src/server/modules/mantelzorg/waarderingscode-service.ts';
import { apiAls } from './helpers/api-als.ts';
import { pdfRegels } from './helpers/pdf-tekst.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { maakWereld } from './helpers/wereld.ts';

/**
 * Mantelzorgwaardering with a one-time code (issue 9), for carers without a Kring account.
 * The consulent makes the letters for the campaign: one page per carer of the steunpunt
 * without an account who has not applied (Bert, with e-mail, also gets the code by mail;
 * Carla has no e-mail; Anna has an account and applies in the portal). Carla checks her code
 * without logging in — she sees the year and her care, no names — and applies once. Wrong,
 * used, revoked and expired codes all get the same answer. New letters revoke the old code.
 */
const HOST = 'stein-mzbrief.example.nl';

let t: TestApp;
let gemeenteId: number;
let steunpunt: string;
const acc: Record<string, string> = {};
const vraag = apiAls(() => t, { host: HOST, net: 21, gemeenteId: () => gemeenteId, accounts: acc });

const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const JAAR = Number(dag(0).slice(0, 4));
const WERKT_NIET =
  'Deze code werkt niet. Kijk of u de code goed heeft overgenomen. Lukt het niet? Bel het steunpunt.';

const ZORG = {
  relatie: 'partner',
  watIkDoe: 'Wassen en aankleden.',
  urenPerWeek: 20,
  sinds: '2022-05-01',
  samenwonend: true,
  anderenBetrokken: '',
  ikWoonInGemeente: true,
};

let rondeId: string;
let bertId: string;
let carlaId: string;
/** Carla's code, read from her letter in the PDF. */
let codeCarla: string;
let codeBert: string;

/** The code in a letter or mail: "Typ uw code: XXXX-XXXX-XXXX". */
const codeIn = (tekst: string) =>
  /Typ uw code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(tekst)![1]!;
/** The code mails (the desk registration sent the information package before). */
const mailsAan = (adres: string) =>
  (t.mailer.outbox ?? []).filter((m) => m.includes(`To: ${adres}`) && m.includes('Typ uw code:'));

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakWereld(
    t,
    { code: 'GM0971', naam: 'Stein', host: HOST, domein: 'mzbrief.example' },
    acc,
  );
  gemeenteId = w.gemeenteId;
  steunpunt = await w.organisatie('Steunpunt', 'welzijn');
  await w.account('anna', { rol: 'inwoner' });
  await w.account('consulent', {
    rol: 'professional',
    functie: 'mantelzorgconsulent',
    organisatieId: steunpunt,
  });
  await w.account('beheer', { rol: 'functioneel-beheerder' });
  const anna = await vraag('anna', 'POST', '/mijn/mantelzorg', {
    ...ZORG,
    zorgvrager: { naam: 'Henk Bakker', woontInGemeente: true },
    toestemming: true,
  });
  expect(anna.status).toBe(201);
  const aanBalie = async (voornaam: string, eMailadres: string | undefined, zorgvrager: string) => {
    const r = await vraag('consulent', 'POST', '/mantelzorg/mantelzorgers', {
      mantelzorger: { voornaam, achternaam: 'Smit', eMailadres },
      ...ZORG,
      zorgvrager: { naam: zorgvrager, woontInGemeente: true },
    });
    expect(r.status).toBe(201);
    return r.body.persoonId as string;
  };
  bertId = await aanBalie('Bert', 'bert@mzbrief.example', 'Truus Smit');
  carlaId = await aanBalie('Carla', undefined, 'Wim Smit');
  const ronde = await vraag('beheer', 'POST', '/mantelzorg/waarderingsrondes', {
    jaar: JAAR,
    organisatieId: steunpunt,
    minUrenPerWeek: 8,
    minMaandenZorg: 3,
    minLeeftijd: 0,
    woonregel: 'geen',
    wieMagAanvragen: 'beide',
    bevestigingNodig: false,
    maxPerZorgvrager: null,
    vorm: 'bedrag',
    bedragCent: 10000,
    openVanaf: dag(-1),
    deadline: dag(30),
    peildatum: dag(0),
  });
  expect(ronde.status).toBe(201);
  rondeId = ronde.body.id;
});
afterAll(() => t.close());

describe('letters with a one-time code', () => {
  it('makes one letter per carer without an account, and mails the code where it can', async () => {
    const res = await vraag(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsrondes/${rondeId}/codebrieven`,
      {},
    );
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    const paginas = pdfRegels(res.raw);
    expect(paginas).toHaveLength(2);
    const [bert, carla] = paginas.map((p) => p.join('\n'));
    expect(bert).toContain('Beste Bert Smit,');
    expect(carla).toContain('Beste Carla Smit,');
    expect(carla).toContain(`Vraag de mantelzorgwaardering ${JAAR} aan`);
    expect(carla).toContain('/mijn-kring/mantelzorg/code');
    expect(`${bert}${carla}`).not.toContain('Anna');
    codeCarla = codeIn(carla!);
    const mail = mailsAan('bert@mzbrief.example');
    expect(mail).toHaveLength(1);
    codeBert = codeIn(mail[0]!);
    expect(codeBert).toBe(codeIn(bert!));
    expect(codeCarla).not.toBe(codeBert);
    // Kring keeps only hashes.
    const opgeslagen = await t.database.db
      .selectFrom('waarderingscodes')
      .select('code_hash')
      .where('gemeente_id', '=', gemeenteId)
      .execute();
    expect(opgeslagen).toHaveLength(2);
    expect(JSON.stringify(opgeslagen)).not.toContain(codeCarla.slice(0, 4));
  });

  it('makes no second letter while a code still works', async () => {
    const res = await vraag(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsrondes/${rondeId}/codebrieven`,
      {},
    );
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/^Niemand heeft nu een brief nodig/);
  });

  it('is only for the campaign’s consulent', async () => {
    for (const wie of ['anna', 'beheer']) {
      const res = await vraag(
        wie,
        'POST',
        `/mantelzorg/waarderingsrondes/${rondeId}/codebrieven`,
        {},
      );
      expect(res.status).toBe(403);
    }
  });
});

describe('applying with the code, without logging in', () => {
  it('answers a wrong or malformed code with one message, on the field', async () => {
    for (const code of ['KX7M-4TQA-9HPW', 'abc', 'KX7M-4TQA-9HP0']) {
      const res = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/controle', { code });
      expect(res.status).toBe(400);
      expect(res.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'body.code', reason: WERKT_NIET }),
      ]);
    }
    const leeg = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/controle', {
      code: ' ',
    });
    expect(leeg.status).toBe(400);
    expect(leeg.body.invalidParams[0].reason).toBe('Vul de code uit uw brief in.');
  });

  it('shows the campaign and the care for a working code, however typed, and no names', async () => {
    const getypt = codeCarla.toLowerCase().replace(/-/g, ' ');
    const res = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/controle', {
      code: getypt,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      jaar: JAAR,
      vorm: 'bedrag',
      bedragCent: 10000,
      deadline: dag(30),
      zorg: [{ relatie: 'partner', urenPerWeek: 20 }],
    });
    expect(res.text).not.toMatch(/Carla|Smit|Wim/);
    const log = await t.database.db
      .selectFrom('toegangslog')
      .select(['actie', 'account_id', 'grondslag', 'doel', 'categorie'])
      .where('gemeente_id', '=', gemeenteId)
      .where('persoon_id', '=', carlaId)
      .where('doel', '=', DOEL_CODE)
      .execute();
    expect(log).toEqual([
      {
        actie: 'lezen',
        account_id: null,
        grondslag: 'eigen-gegevens',
        doel: DOEL_CODE,
        categorie: 'netwerk',
      },
    ]);
  });

  it('asks for the consent, and applies nothing without it', async () => {
    const res = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/aanvraag', {
      code: codeCarla,
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams[0].name).toBe('body.toestemming');
    const wachtrij = await vraag(
      'consulent',
      'GET',
      `/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`,
    );
    expect(wachtrij.body.aanvragen).toEqual([]);
  });

  it('applies once: the application is in the queue, marked as by code; the code is used', async () => {
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        vraag(null, 'POST', '/mantelzorg/waardering-met-code/aanvraag', {
          code: codeCarla,
          toestemming: true,
        }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([201, 400]);
    expect((a!.status === 201 ? a! : b!).body).toEqual({ jaar: JAAR, aanvragen: 1 });
    const wachtrij = await vraag(
      'consulent',
      'GET',
      `/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`,
    );
    expect(wachtrij.body.aanvragen).toHaveLength(1);
    expect(wachtrij.body.aanvragen[0]).toMatchObject({
      mantelzorger: { id: carlaId, naam: 'Carla Smit' },
      aanvrager: 'mantelzorger',
      viaCode: true,
      status: 'te-beoordelen',
      voldoet: true,
    });
    const nogmaals = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/controle', {
      code: codeCarla,
    });
    expect(nogmaals.status).toBe(400);
    expect(nogmaals.body.invalidParams[0].reason).toBe(WERKT_NIET);
  });

  it('makes new letters on request only for who still needs one; the old code stops', async () => {
    const res = await vraag(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsrondes/${rondeId}/codebrieven`,
      {
        opnieuw: true,
      },
    );
    expect(res.status).toBe(200);
    const paginas = pdfRegels(res.raw);
    expect(paginas).toHaveLength(1);
    const nieuw = codeIn(paginas[0]!.join('\n'));
    expect(mailsAan('bert@mzbrief.example')).toHaveLength(2);
    const oud = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/controle', {
      code: codeBert,
    });
    expect(oud.status).toBe(400);
    const ok = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/controle', {
      code: nieuw,
    });
    expect(ok.status).toBe(200);
    codeBert = nieuw;
  });

  it('works only in its own gemeente', async () => {
    await t.services.gemeenten.create({
      code: 'GM0917',
      naam: 'Heerlen',
      hostnamen: ['heerlen-mzbrief.example.nl'],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/mantelzorg/waardering-met-code/controle',
      headers: { host: 'heerlen-mzbrief.example.nl' },
      remoteAddress: '10.21.250.1',
      payload: { code: codeBert },
    });
    expect(res.statusCode).toBe(400);
  });
  it('stops after the deadline', async () => {
    await t.database.db
      .updateTable('waarderingscodes')
      .set({ geldig_tot: dag(-1) })
      .where('gemeente_id', '=', gemeenteId)
      .where('persoon_id', '=', bertId)
      .execute();
    const res = await vraag(null, 'POST', '/mantelzorg/waardering-met-code/aanvraag', {
      code: codeBert,
      toestemming: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams[0].reason).toBe(WERKT_NIET);
  });
});

describe('guessing', () => {
  it('is slowed down: more than 10 tries a minute from one address get 429', async () => {
    const statussen: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/mantelzorg/waardering-met-code/controle',
        headers: { host: HOST },
        remoteAddress: '10.21.251.1',
        payload: { code: `KX7M-4TQA-9H${CODE_TEKENS[i]}${CODE_TEKENS[i + 1]}` },
      });
      statussen.push(res.statusCode);
    }
    expect(statussen.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statussen[10]).toBe(429);
  });
});
