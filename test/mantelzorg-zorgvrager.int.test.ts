import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAls, type Json } from './helpers/api-als.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { maakWereld } from './helpers/wereld.ts';

/**
 * Mantelzorgwaardering applied for by the person cared for (issue 9): when the campaign lets the
 * care recipient apply, the father Anna cares for sees her name and the year and applies; it
 * counts as his confirmation and lands in the consulent's queue with aanvrager 'zorgvrager'.
 * When only the care recipient may apply, Anna is refused (409); when only the carer may,
 * the father is refused. Nobody else can apply for Anna's relation.
 */
const HOST = 'stein-mzcode.example.nl';

let t: TestApp;
let gemeenteId: number;
let steunpunt: string;
const acc: Record<string, string> = {};

const api = apiAls(() => t, { host: HOST, net: 8, gemeenteId: () => gemeenteId, accounts: acc });

const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const JAAR = Number(dag(0).slice(0, 4));

const RONDE = (wieMagAanvragen: string) => ({
  jaar: JAAR,
  organisatieId: steunpunt,
  minUrenPerWeek: 8,
  minMaandenZorg: 3,
  minLeeftijd: 0,
  woonregel: 'geen',
  wieMagAanvragen,
  bevestigingNodig: true,
  maxPerZorgvrager: null,
  vorm: 'bon',
  bedragCent: 4000,
  openVanaf: dag(-1),
  deadline: dag(30),
  peildatum: dag(0),
});

let rondeId: string;
let relatieId: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await maakWereld(
    t,
    { code: 'GM0972', naam: 'Stein', host: HOST, domein: 'mzcode.example' },
    acc,
  );
  gemeenteId = w.gemeenteId;
  steunpunt = await w.organisatie('Steunpunt', 'welzijn');
  for (const k of ['anna', 'vader', 'buurman']) await w.account(k, { rol: 'inwoner' });
  await w.account('consulent', {
    rol: 'professional',
    functie: 'mantelzorgconsulent',
    organisatieId: steunpunt,
  });
  await w.account('beheer', { rol: 'functioneel-beheerder' });
  const r = await api('anna', 'POST', '/mijn/mantelzorg', {
    zorgvrager: {
      naam: 'Piet de Vries',
      eMailadres: 'Vader@mzcode.example',
      woontInGemeente: true,
    },
    relatie: 'ouder',
    watIkDoe: 'Boodschappen.',
    urenPerWeek: 12,
    sinds: '2023-03-01',
    samenwonend: false,
    anderenBetrokken: '',
    ikWoonInGemeente: true,
    toestemming: true,
  });
  expect(r.status).toBe(201);
  relatieId = r.body.id;
});
afterAll(() => t.close());

const aanvraag = () => ({ rondeId, relatieId, toestemming: true });

describe('mantelzorgwaardering applied for by the person cared for', () => {
  it('refuses the person cared for when only the carer may apply', async () => {
    const r = await api('beheer', 'POST', '/mantelzorg/waarderingsrondes', RONDE('mantelzorger'));
    expect(r.status).toBe(201);
    rondeId = r.body.id;
    const mijn = await api('vader', 'GET', '/mijn/mantelzorg');
    expect(mijn.body.kanAanvragenAlsZorgvrager).toEqual([]);
    const res = await api('vader', 'POST', '/mijn/mantelzorg/aanvragen-als-zorgvrager', aanvraag());
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe('Alleen de persoon die zorgt mag dit aanvragen.');
  });

  it('refuses the carer when only the person cared for may apply', async () => {
    const ronde = await api(
      'beheer',
      'PUT',
      `/mantelzorg/waarderingsrondes/${rondeId}`,
      RONDE('zorgvrager'),
    );
    expect(ronde.status).toBe(200);
    const res = await api('anna', 'POST', '/mijn/mantelzorg/aanvragen', aanvraag());
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe('Alleen de persoon voor wie gezorgd wordt mag dit aanvragen.');
  });

  it('lets no one else apply for the relation', async () => {
    for (const wie of ['buurman', 'anna']) {
      const res = await api(wie, 'POST', '/mijn/mantelzorg/aanvragen-als-zorgvrager', aanvraag());
      expect(res.status).toBe(400);
      expect(res.body.invalidParams[0].name).toBe('body.relatieId');
    }
  });

  it('lets the person cared for apply; it counts as confirmed and reaches the queue', async () => {
    const mijn = await api('vader', 'GET', '/mijn/mantelzorg');
    expect(mijn.status).toBe(200);
    expect(mijn.body.kanAanvragenAlsZorgvrager).toEqual([
      { relatieId, mantelzorger: 'anna', rondeId, jaar: JAAR },
    ]);
    const res = await api('vader', 'POST', '/mijn/mantelzorg/aanvragen-als-zorgvrager', aanvraag());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rondeId, relatieId, jaar: JAAR, status: 'te-beoordelen' });
    expect(Object.keys(res.body).sort()).toEqual(
      ['id', 'jaar', 'mantelzorger', 'relatieId', 'rondeId', 'status'].sort(),
    );

    const nogEens = await api(
      'vader',
      'POST',
      '/mijn/mantelzorg/aanvragen-als-zorgvrager',
      aanvraag(),
    );
    expect(nogEens.status).toBe(409);
    expect((await api('vader', 'GET', '/mijn/mantelzorg')).body.kanAanvragenAlsZorgvrager).toEqual(
      [],
    );

    const rij = await api('consulent', 'GET', `/mantelzorg/waarderingsrondes/${rondeId}/aanvragen`);
    expect(rij.status).toBe(200);
    const a = rij.body.aanvragen[0];
    expect(a).toMatchObject({ aanvrager: 'zorgvrager', bevestigd: true, voldoet: true });
    expect(a.regels.find((r: Json) => r.regel === 'aanvrager').voldaan).toBe(true);
    const besluit = await api(
      'consulent',
      'POST',
      `/mantelzorg/waarderingsaanvragen/${a.id}/besluit`,
      {
        besluit: 'toekennen',
        reden: 'U voldoet aan alle regels.',
      },
    );
    expect(besluit.status).toBe(200);
    expect(besluit.body.status).toBe('toegekend');

    // Anna sees her application, made by her father.
    const anna = await api('anna', 'GET', '/mijn/mantelzorg');
    expect(anna.body.aanvragen[0]).toMatchObject({ aanvrager: 'zorgvrager', status: 'toegekend' });
  });
});
