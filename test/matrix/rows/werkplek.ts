import type { MatrixContext, MatrixRij } from '../matrix.ts';

/**
 * Werkplek (issue 6). The world's person has `professional-team` as regisseur for the
 * categories contact and intake — not netwerk, so the network is the person's own here.
 * Conversations, plan, regie and conferences are the case team's; the person reads their
 * plan and conversations (inzage) but writes only reactions to the plan.
 */
const team = { 'professional-team': 200, 'andere-gemeente': 404, overig: 403 };
/**
 * Reading intake: also `professional-buiten-team`, whose organisation the person consented
 * to for category intake when sending a help request (rows of loket.ts). Consent is per data
 * category, so it covers the conversations and the plan as well.
 */
const leesbaar = { ...team, 'inwoner-zelf': 200, 'professional-buiten-team': 200 };
const eigenNetwerk = { 'inwoner-zelf': 200, 'andere-gemeente': 404, overig: 403 };

async function ok(res: Promise<{ statusCode: number; json(): { id: string } }>, wat: string) {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`fixture ${wat}: ${r.statusCode}`);
  return r.json() as { id: string } & Record<string, unknown>;
}

/** A plan with one subgoal and one action for the world's person; answers the action id. */
async function planMetActie(ctx: MatrixContext): Promise<string> {
  const res = await ok(
    ctx.als('professional-team', 'PUT', `/api/v1/personen/${ctx.w.persoonId}/plan`, {
      hoofddoel: 'Weer zelf boodschappen doen',
      doelen: [
        {
          titel: 'Hulp bij boodschappen',
          acties: [{ omschrijving: 'Samen naar de winkel', eigenaarSoort: 'vrijwilliger' }],
        },
      ],
    }),
    'plan',
  );
  const plan = (res as unknown as { plan: { doelen: { acties: { id: string }[] }[] } }).plan;
  return plan.doelen[0]!.acties[0]!.id;
}

let code = 0;

export const rows: MatrixRij[] = [
  {
    route: 'GET /api/v1/werkplek/caseload',
    verwacht: {
      'professional-team': 200,
      'professional-buiten-team': 200,
      huisarts: 200,
      'andere-gemeente': 200,
      overig: 403,
    },
  },
  { route: 'GET /api/v1/personen/:id/tijdlijn', verwacht: team },
  {
    route: 'GET /api/v1/instrumenten',
    verwacht: {
      'professional-team': 200,
      'professional-buiten-team': 200,
      huisarts: 200,
      'andere-gemeente': 200,
      'functioneel-beheerder': 200,
      overig: 403,
    },
  },
  {
    route: 'POST /api/v1/instrumenten',
    verwacht: { 'functioneel-beheerder': 201, overig: 403 },
    verzoek: () => {
      code++;
      return {
        payload: {
          code: `welbevinden-${code}`,
          naam: 'Welbevinden in zes dimensies',
          soort: 'welbevinden',
          schaal: { min: 0, max: 10 },
          onderdelen: [
            { code: 'lichaam', naam: 'Lichaam' },
            { code: 'gevoel', naam: 'Gevoel' },
          ],
        },
      };
    },
  },
  {
    route: 'PATCH /api/v1/instrumenten/:instrumentId',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: async (ctx) => {
      code++;
      const i = await ok(
        ctx.als('functioneel-beheerder', 'POST', '/api/v1/instrumenten', {
          code: `matrix-${code}`,
          naam: 'Matrix',
          soort: 'zelfredzaamheid',
          schaal: { min: 1, max: 5 },
          onderdelen: [
            { code: 'een', naam: 'Een' },
            { code: 'twee', naam: 'Twee' },
          ],
        }),
        'instrument',
      );
      return { url: `/api/v1/instrumenten/${i.id}`, payload: { actief: false } };
    },
  },
  { route: 'GET /api/v1/personen/:id/keukentafelgesprekken', verwacht: leesbaar },
  {
    route: 'POST /api/v1/personen/:id/keukentafelgesprekken',
    verwacht: { ...team, 'professional-team': 201 },
    verzoek: () => ({
      payload: {
        datum: '2026-11-30',
        plaats: 'Thuis',
        scores: [{ onderdeel: 'financien', score: 2, notitie: 'Schulden' }],
      },
    }),
  },
  { route: 'GET /api/v1/personen/:id/netwerkleden', verwacht: eigenNetwerk },
  {
    route: 'POST /api/v1/personen/:id/netwerkleden',
    verwacht: { ...eigenNetwerk, 'inwoner-zelf': 201 },
    verzoek: () => ({
      payload: { naam: 'Mieke', sector: 'familie', relatie: 'dochter', nabijheid: 1 },
    }),
  },
  {
    route: 'PUT /api/v1/personen/:id/netwerkleden/:lidId',
    verwacht: eigenNetwerk,
    verzoek: async (ctx) => {
      const lid = await ok(
        ctx.als('inwoner-zelf', 'POST', `/api/v1/personen/${ctx.w.persoonId}/netwerkleden`, {
          naam: 'Jan',
          sector: 'buren',
          nabijheid: 2,
        }),
        'netwerklid',
      );
      return {
        url: `/api/v1/personen/${ctx.w.persoonId}/netwerkleden/${lid.id}`,
        payload: { naam: 'Jan', sector: 'buren', nabijheid: 1, kanHelpenMet: 'boodschappen' },
      };
    },
  },
  {
    route: 'DELETE /api/v1/personen/:id/netwerkleden/:lidId',
    verwacht: { ...eigenNetwerk, 'inwoner-zelf': 204 },
    verzoek: async (ctx) => {
      const lid = await ok(
        ctx.als('inwoner-zelf', 'POST', `/api/v1/personen/${ctx.w.persoonId}/netwerkleden`, {
          naam: 'Piet',
          sector: 'vrienden',
          nabijheid: 3,
        }),
        'netwerklid',
      );
      return { url: `/api/v1/personen/${ctx.w.persoonId}/netwerkleden/${lid.id}` };
    },
  },
  {
    route: 'PUT /api/v1/personen/:id/plan',
    verwacht: team,
    verzoek: () => ({
      payload: { hoofddoel: 'Weer meedoen in de buurt', doelen: [{ titel: 'Iets leuks vinden' }] },
    }),
  },
  { route: 'GET /api/v1/personen/:id/plan', verwacht: leesbaar },
  {
    route: 'POST /api/v1/personen/:id/plan/acties/:actieId/hulpvraag',
    verwacht: { ...team, 'professional-team': 201 },
    verzoek: async (ctx) => {
      const r = await ctx.als('functioneel-beheerder', 'PUT', '/api/v1/gemeente/loketregels', {
        vrijwilligersOrganisatieId: ctx.w.org.welzijn,
        wijkteamOrganisatieId: ctx.w.org.wijkteam,
      });
      if (r.statusCode !== 200) throw new Error(`fixture loketregels: ${r.statusCode}`);
      const actieId = await planMetActie(ctx);
      return {
        url: `/api/v1/personen/${ctx.w.persoonId}/plan/acties/${actieId}/hulpvraag`,
        payload: { categorieen: ['boodschappen'], hoeVaak: 'elke-week', toestemming: true },
      };
    },
  },
  { route: 'GET /api/v1/mijn/plan', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/plan/reacties',
    // Only the world's person has a plan (written by the rows above).
    verwacht: { 'inwoner-zelf': 201, overig: 404 },
    verzoek: () => ({ payload: { akkoord: true, tekst: 'Goed zo.' } }),
  },
  { route: 'GET /api/v1/personen/:id/regie', verwacht: team },
  {
    route: 'PUT /api/v1/personen/:id/regie/team/:betrokkenheidId',
    verwacht: team,
    verzoek: async (ctx) => {
      const res = await ctx.als(
        'professional-team',
        'GET',
        `/api/v1/personen/${ctx.w.persoonId}/regie`,
      );
      const lid = (res.json() as unknown as { team: { betrokkenheidId: string }[] }).team[0]!;
      return {
        url: `/api/v1/personen/${ctx.w.persoonId}/regie/team/${lid.betrokkenheidId}`,
        payload: { levensdomeinen: ['financien', 'huishouden'] },
      };
    },
  },
  {
    route: 'POST /api/v1/personen/:id/regie/overdrachten',
    verwacht: { ...team, 'professional-team': 201 },
    verzoek: async (ctx) => ({
      url: `/api/v1/personen/${await ctx.nieuwePersoon()}/regie/overdrachten`,
      payload: {
        naarAccountId: ctx.w.accounts['professional-buiten-team'],
        naarOrganisatieId: ctx.w.org.wijkteam,
        reden: 'Zij kent de familie al.',
      },
    }),
  },
  { route: 'GET /api/v1/personen/:id/casusoverleggen', verwacht: team },
  {
    route: 'POST /api/v1/personen/:id/casusoverleggen',
    verwacht: { ...team, 'professional-team': 201 },
    verzoek: () => ({ payload: { datum: '2026-12-10', agenda: 'Wie doet wat?' } }),
  },
  {
    route: 'PUT /api/v1/personen/:id/casusoverleggen/:overlegId/verslag',
    verwacht: team,
    verzoek: async (ctx) => {
      const o = await ok(
        ctx.als(
          'professional-team',
          'POST',
          `/api/v1/personen/${ctx.w.persoonId}/casusoverleggen`,
          {
            datum: '2026-12-10',
          },
        ),
        'overleg',
      );
      return {
        url: `/api/v1/personen/${ctx.w.persoonId}/casusoverleggen/${o.id}/verslag`,
        payload: {
          notities: 'Goed gesprek.',
          besluiten: [{ tekst: 'Buurman helpt', eigenaarSoort: 'netwerk' }],
        },
      };
    },
  },
];
