import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { loginAls } from './helpers/login.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

/**
 * Werkplek (issue 6) through the HTTP app: an intake request from the loket becomes the
 * wijkteam's case (regie), a kitchen-table conversation on all 8 life domains flags the
 * person as complex, the network, the plan with an action handed to a volunteer, the
 * person's reaction, the overlap warning, a case conference and a handover of regie.
 */
const STEIN = 'stein.example.nl';

let t: TestApp;
let steinId: number;
const org: Record<string, string> = {};
const acc: Record<string, string> = {};
let adres = 0;

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Json = Record<string, any>;

async function api(wie: string, method: string, url: string, payload?: unknown) {
  adres++;
  const headers = (await loginAls(t, { gemeenteId: steinId, accountId: acc[wie]!, host: STEIN }))
    .headers;
  const res = await t.app.inject({
    method: method as 'GET',
    url: `/api/v1${url}`,
    headers,
    remoteAddress: `10.7.${adres >> 8}.${adres & 255}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json };
}

const ALLE_8 = [
  ['dagbesteding', 3],
  ['sociaal-netwerk', 2],
  ['woonsituatie', 4],
  ['huishouden', 2],
  ['adl', 4],
  ['mobiliteit', 3],
  ['financien', 1],
  ['gezondheid', 3],
] as const;

let persoonId: string;

beforeAll(async () => {
  t = await createTestApp();
  steinId = (
    await t.services.gemeenten.create({ code: 'GM0882', naam: 'Stein', hostnamen: [STEIN] })
  ).id;
  const scope = new GemeenteScope(t.database.db, steinId);
  for (const [k, soort] of [
    ['wijkteam', 'wijkteam'],
    ['vrijwilligers', 'vrijwilligersorganisatie'],
    ['schuldhulp', 'zorg'],
  ] as const) {
    org[k] = (
      await t.database.db
        .insertInto('organisaties')
        .values({ gemeente_id: steinId, naam: `Org ${k}`, soort })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const maak = async (k: string, rol: object) => {
    acc[k] = (await t.services.accounts.create({ email: `${k}@werkplek.example`, naam: k })).id;
    await t.services.accounts.grantRole(scope, acc[k]!, rol as never);
  };
  await maak('kees', { rol: 'inwoner' });
  await maak('sanne', { rol: 'professional', functie: 'wijkteam', organisatieId: org.wijkteam });
  await maak('lars', { rol: 'professional', functie: 'wijkteam', organisatieId: org.wijkteam });
  await maak('sofie', {
    rol: 'professional',
    functie: 'casemanager',
    organisatieId: org.schuldhulp,
  });
  await maak('marieke', {
    rol: 'professional',
    functie: 'vrijwilligerscoordinator',
    organisatieId: org.vrijwilligers,
  });
  await maak('ruud', { rol: 'functioneel-beheerder' });
  await api('ruud', 'PUT', '/gemeente/loketregels', {
    vrijwilligersOrganisatieId: org.vrijwilligers,
    wijkteamOrganisatieId: org.wijkteam,
  });
});
afterAll(() => t.close());

describe('from an intake request to a case with regie', () => {
  it('the wijkteam member who picks up an intake request becomes regisseur (a Wmo melding)', async () => {
    const concept = await api('kees', 'POST', '/mijn/hulpvragen', {
      antwoorden: {
        voorWie: 'mijzelf',
        categorieen: ['boodschappen', 'geldzorgen', 'somber'],
        hoeVaak: 'elke-week',
        postcode: '6171 AB',
        urgentie: 'binnen-een-week',
      },
      contact: { telefoonnummer: '046 111 22 33' },
    });
    const sent = await api('kees', 'POST', `/mijn/hulpvragen/${concept.body.id}/verzending`, {
      toestemming: true,
    });
    expect(sent.body.routering.route).toBe('wijkteam');
    const opgepakt = await api('sanne', 'POST', `/loket/hulpvragen/${concept.body.id}/behandeling`);
    expect(opgepakt.status).toBe(200);
    persoonId = opgepakt.body.persoonId;
    const regie = await api('sanne', 'GET', `/personen/${persoonId}/regie`);
    expect(regie.body.regisseur).toMatchObject({ naam: 'sanne', organisatie: 'Org wijkteam' });
    const caseload = await api('sanne', 'GET', '/werkplek/caseload');
    expect(caseload.body.personen).toMatchObject([{ id: persoonId, regisseur: true }]);
  });

  it('records a kitchen-table conversation on all 8 domains; bad scores are refused at once', async () => {
    const fout = await api('sanne', 'POST', `/personen/${persoonId}/keukentafelgesprekken`, {
      datum: '2026-11-30',
      scores: [
        { onderdeel: 'financien', score: 7 },
        { onderdeel: 'dansen', score: 2 },
      ],
    });
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams.map((p: Json) => p.name)).toEqual([
      'body.scores.0.score',
      'body.scores.1.onderdeel',
    ]);
    const g = await api('sanne', 'POST', `/personen/${persoonId}/keukentafelgesprekken`, {
      datum: '2026-11-30',
      plaats: 'Aan de keukentafel',
      deelnemers: [
        { naam: 'Kees', rol: 'inwoner' },
        { naam: 'Mieke', rol: 'dochter' },
      ],
      scores: ALLE_8.map(([onderdeel, score]) => ({
        onderdeel,
        score,
        notitie: '',
        zelf: '',
        netwerk: '',
      })),
      sterktes: 'Goed met zijn handen',
      kanBieden: 'Fietsen repareren',
      dromen: 'Weer vissen met zijn kleinzoon',
      idealeDag: 'Ochtend in de tuin, middag bij de Maas',
    });
    expect(g.status).toBe(201);
    expect(g.body.scores).toHaveLength(8);
    // The person cannot record one about themselves, and does not see the werkplek timeline.
    expect(
      (
        await api('kees', 'POST', `/personen/${persoonId}/keukentafelgesprekken`, {
          datum: '2026-11-30',
        })
      ).status,
    ).toBe(403);
    // …but reads their conversations (inzage).
    expect(
      (await api('kees', 'GET', `/personen/${persoonId}/keukentafelgesprekken`)).body.gesprekken,
    ).toHaveLength(1);
  });

  it('flags the person as complex: three domains score 1–2', async () => {
    const regie = await api('sanne', 'GET', `/personen/${persoonId}/regie`);
    expect(regie.body.complexiteit).toEqual({
      complex: true,
      domeinen: ['sociaal-netwerk', 'huishouden', 'financien'],
      datum: '2026-11-30',
    });
    // There is a regisseur already, so no advice to appoint one.
    expect(regie.body.adviesProfessioneleRegie).toBe(false);
  });

  it('draws the network in sectors (the wijkteam got the netwerk category with regie)', async () => {
    for (const lid of [
      { naam: 'Mieke', sector: 'familie', relatie: 'dochter', nabijheid: 1, kanHelpenMet: 'Post' },
      { naam: 'Jan', sector: 'buren', relatie: 'buurman', nabijheid: 2 },
      { naam: 'Huisarts Hendriks', sector: 'professionals', nabijheid: 3 },
    ]) {
      expect((await api('sanne', 'POST', `/personen/${persoonId}/netwerkleden`, lid)).status).toBe(
        201,
      );
    }
    const fout = await api('sanne', 'POST', `/personen/${persoonId}/netwerkleden`, {
      naam: '',
      sector: 'collega',
      nabijheid: 5,
    });
    expect(fout.body.invalidParams.map((p: Json) => p.name).sort()).toEqual([
      'body.naam',
      'body.nabijheid',
      'body.sector',
    ]);
    const n = await api('sanne', 'GET', `/personen/${persoonId}/netwerkleden`);
    expect(n.body.leden.map((l: Json) => l.sector)).toEqual(['buren', 'familie', 'professionals']);
  });

  it('builds a plan; one action goes to the volunteer pool, linked both ways', async () => {
    const p = await api('sanne', 'PUT', `/personen/${persoonId}/plan`, {
      hoofddoel: 'Weer vissen met mijn kleinzoon',
      doelen: [
        {
          titel: 'Rust in de geldzaken',
          acties: [
            {
              omschrijving: 'Afspraak bij schuldhulp',
              eigenaarSoort: 'professional',
              eigenaar: 'Org schuldhulp',
              deadline: '2026-11-01',
            },
            { omschrijving: 'Post samen openen', eigenaarSoort: 'netwerk', eigenaar: 'Mieke' },
          ],
        },
        {
          titel: 'Boodschappen geregeld',
          acties: [{ omschrijving: 'Wekelijks naar de markt', eigenaarSoort: 'zelf' }],
        },
      ],
    });
    expect(p.status).toBe(200);
    const acties = p.body.plan.doelen.flatMap((d: Json) => d.acties);
    expect(acties[0]).toMatchObject({ teLaat: true, status: 'open' });
    const markt = acties[2];
    const zonder = await api(
      'sanne',
      'POST',
      `/personen/${persoonId}/plan/acties/${markt.id}/hulpvraag`,
      {
        categorieen: ['boodschappen'],
        hoeVaak: 'elke-week',
      },
    );
    expect(zonder.status).toBe(400);
    const naar = await api(
      'sanne',
      'POST',
      `/personen/${persoonId}/plan/acties/${markt.id}/hulpvraag`,
      {
        categorieen: ['boodschappen'],
        hoeVaak: 'elke-week',
        tijdvakken: ['SA-ochtend'],
        toestemming: true,
      },
    );
    expect(naar.status).toBe(201);
    const actie = naar.body.plan.doelen[1].acties[0];
    expect(actie).toMatchObject({ eigenaarSoort: 'vrijwilliger' });
    expect(actie.hulpvraagId).toBeTruthy();
    // The coordinator sees it in the pool, from the plan.
    const pool = await api('marieke', 'GET', '/loket/hulpvragen?status=in-matching');
    expect(pool.body.hulpvragen.find((h: Json) => h.id === actie.hulpvraagId)).toMatchObject({
      status: 'in-matching',
      route: 'vrijwilligers',
      redenen: ['uit-plan'],
      antwoorden: { omschrijving: 'Wekelijks naar de markt', postcode: '6171 AB' },
    });
    expect(
      (
        await api('sanne', 'POST', `/personen/${persoonId}/plan/acties/${markt.id}/hulpvraag`, {
          categorieen: ['boodschappen'],
          hoeVaak: 'elke-week',
          toestemming: true,
        })
      ).status,
    ).toBe(409);
    // Editing the plan keeps the link when the action keeps its id.
    const plan = (await api('sanne', 'GET', `/personen/${persoonId}/plan`)).body.plan;
    const opnieuw = await api('sanne', 'PUT', `/personen/${persoonId}/plan`, {
      hoofddoel: plan.hoofddoel,
      doelen: plan.doelen.map((d: Json) => ({ id: d.id, titel: d.titel, acties: d.acties })),
    });
    expect(opnieuw.body.plan.doelen[1].acties[0].hulpvraagId).toBe(actie.hulpvraagId);
  });

  it('the person reads the plan in Mijn Kring and agrees or comments', async () => {
    const mijn = await api('kees', 'GET', '/mijn/plan');
    expect(mijn.body.plan.hoofddoel).toBe('Weer vissen met mijn kleinzoon');
    expect((await api('kees', 'POST', '/mijn/plan/reacties', { akkoord: false })).status).toBe(400);
    const r = await api('kees', 'POST', '/mijn/plan/reacties', {
      akkoord: true,
      tekst: 'Zo wil ik het.',
    });
    expect(r.status).toBe(201);
    expect(r.body.plan.reacties).toMatchObject([{ akkoord: true, tekst: 'Zo wil ik het.' }]);
    expect(
      (await api('kees', 'PUT', `/personen/${persoonId}/plan`, { hoofddoel: 'Anders' })).status,
    ).toBe(403);
  });
});

describe('regie signals and case conferences', () => {
  it('warns when two professional organisations work on the same life domain', async () => {
    // The regisseur adds the debt counsellor to the team (both on money).
    const lid = await api('sanne', 'POST', `/personen/${persoonId}/betrokkenheden`, {
      accountId: acc.sofie,
      organisatieId: org.schuldhulp,
      categorieen: ['contact', 'intake'],
      grondslag: 'Schuldhulpverlening (Wgs)',
    });
    expect(lid.status).toBe(201);
    let regie = (await api('sanne', 'GET', `/personen/${persoonId}/regie`)).body;
    const mijn = regie.team.find((b: Json) => b.naam === 'sanne');
    expect(
      (
        await api('sanne', 'PUT', `/personen/${persoonId}/regie/team/${mijn.betrokkenheidId}`, {
          levensdomeinen: ['financien', 'huishouden'],
        })
      ).status,
    ).toBe(200);
    expect(regie.overlap).toEqual([]);
    const sofie = regie.team.find((b: Json) => b.naam === 'sofie');
    // A member may set their own domains; another member may not set someone else's.
    expect(
      (
        await api('sofie', 'PUT', `/personen/${persoonId}/regie/team/${mijn.betrokkenheidId}`, {
          levensdomeinen: [],
        })
      ).status,
    ).toBe(403);
    regie = (
      await api('sofie', 'PUT', `/personen/${persoonId}/regie/team/${sofie.betrokkenheidId}`, {
        levensdomeinen: ['financien'],
      })
    ).body;
    expect(regie.overlap).toEqual([
      { levensdomein: 'financien', organisaties: ['Org schuldhulp', 'Org wijkteam'] },
    ]);
  });

  it('plans a case conference; a decision with a subgoal becomes a plan action once', async () => {
    const netwerk = (await api('sanne', 'GET', `/personen/${persoonId}/netwerkleden`)).body.leden;
    const mieke = netwerk.find((l: Json) => l.naam === 'Mieke');
    const zonder = await api('sanne', 'POST', `/personen/${persoonId}/casusoverleggen`, {
      datum: '2026-12-10',
      deelnemers: [{ soort: 'informeel', netwerklidId: mieke.id }],
    });
    expect(zonder.status).toBe(400);
    const o = await api('sanne', 'POST', `/personen/${persoonId}/casusoverleggen`, {
      datum: '2026-12-10',
      agenda: 'Wie doet wat met de post?',
      deelnemers: [
        { soort: 'formeel', accountId: acc.sofie },
        { soort: 'informeel', netwerklidId: mieke.id, toestemming: true },
      ],
    });
    expect(o.status).toBe(201);
    expect(o.body.deelnemers).toEqual([
      { soort: 'formeel', naam: 'sofie', rol: 'Org schuldhulp' },
      { soort: 'informeel', naam: 'Mieke', rol: 'dochter' },
    ]);
    const doelId = (await api('sanne', 'GET', `/personen/${persoonId}/plan`)).body.plan.doelen[0]
      .id;
    const verslag = {
      notities: 'Mieke helpt met de post; schuldhulp regelt het budget.',
      besluiten: [
        {
          tekst: 'Budgetplan maken',
          eigenaarSoort: 'professional',
          eigenaar: 'Org schuldhulp',
          doelId,
        },
      ],
    };
    const v1 = await api(
      'sanne',
      'PUT',
      `/personen/${persoonId}/casusoverleggen/${o.body.id}/verslag`,
      verslag,
    );
    expect(v1.body.besluiten[0].actieId).toBeTruthy();
    const v2 = await api(
      'sanne',
      'PUT',
      `/personen/${persoonId}/casusoverleggen/${o.body.id}/verslag`,
      verslag,
    );
    expect(v2.body.besluiten[0].actieId).toBe(v1.body.besluiten[0].actieId);
    const acties = (await api('sanne', 'GET', `/personen/${persoonId}/plan`)).body.plan.doelen[0]
      .acties;
    expect(acties.filter((a: Json) => a.omschrijving === 'Budgetplan maken')).toHaveLength(1);
  });

  it('hands regie over explicitly; only the regisseur can, and it is kept', async () => {
    const weigering = await api('sofie', 'POST', `/personen/${persoonId}/regie/overdrachten`, {
      naarAccountId: acc.sofie,
      naarOrganisatieId: org.schuldhulp,
      reden: 'Ik neem het over.',
    });
    expect(weigering.status).toBe(403);
    const r = await api('sanne', 'POST', `/personen/${persoonId}/regie/overdrachten`, {
      naarAccountId: acc.lars,
      naarOrganisatieId: org.wijkteam,
      reden: 'Lars werkt in deze wijk.',
    });
    expect(r.status).toBe(201);
    expect(r.body.regisseur).toMatchObject({ naam: 'lars' });
    expect(r.body.team.find((b: Json) => b.naam === 'sanne').rol).toBe('lid');
    expect(r.body.overdrachten).toMatchObject([
      { van: 'sanne', naar: 'lars', reden: 'Lars werkt in deze wijk.' },
    ]);
  });

  it('the timeline shows each part only to who may see it', async () => {
    const sanne = await api('sanne', 'GET', `/personen/${persoonId}/tijdlijn`);
    expect(new Set(sanne.body.items.map((i: Json) => i.soort))).toEqual(
      new Set([
        'hulpvraag',
        'keukentafelgesprek',
        'plan',
        'plan-reactie',
        'casusoverleg',
        'regie-overdracht',
      ]),
    );
    // A colleague outside the team gets nothing.
    expect((await api('marieke', 'GET', `/personen/${persoonId}/tijdlijn`)).status).toBe(403);
  });
});
