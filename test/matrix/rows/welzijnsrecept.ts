import { GemeenteScope } from '../../../src/server/platform/tenancy/gemeente-scope.ts';
import type { MatrixContext, MatrixRij } from '../matrix.ts';

/**
 * Welzijn op Recept (issue 8). The world's GP (`huisarts`, at the practice) refers to the
 * world's welzijn organisation. A referral's data is the GP's and the receiving
 * organisation's: no one else in the matrix sees it (a professional of the wijkteam neither),
 * another gemeente does not find it. The coach's steps are the receiving organisation's: the
 * GP is refused them. Policy staff see the evaluation, which is aggregated.
 */
const ALLEEN_DE_HUISARTS = { huisarts: 200, 'andere-gemeente': 404, overig: 403 };
const ALLEEN_DE_COACH = { 'andere-gemeente': 404, overig: 403 };
const ZES = ['lichaam', 'gevoel', 'zingeving', 'levenskwaliteit', 'meedoen', 'dagelijksLeven'];

async function ontvangerIngesteld(ctx: MatrixContext): Promise<void> {
  const scope = new GemeenteScope(ctx.t.database.db, ctx.w.steinId);
  await ctx.t.services.welzijnsrecept.stelOntvangerIn(scope, ctx.w.org.welzijn, null);
}

const recept = (ctx: MatrixContext) => ({
  persoon: { voornaam: 'Annie', achternaam: 'de Graaf', telefoonnummer: '046 123 45 67' },
  toestemming: true,
  reden: 'Mevrouw is veel alleen.',
  contactVoorkeur: 'telefoon',
  ontvangerId: ctx.w.org.welzijn,
});

/** A fresh referral by the world's GP; answers its id. */
async function nieuwRecept(ctx: MatrixContext): Promise<string> {
  await ontvangerIngesteld(ctx);
  const res = await ctx.als('huisarts', 'POST', '/api/v1/welzijnsrecepten', recept(ctx));
  if (res.statusCode !== 201) throw new Error(`fixture recept: ${res.statusCode}`);
  return (res.json() as { id: string }).id;
}

const opRecept = (pad: string, payload?: unknown) => async (ctx: MatrixContext) => ({
  url: `/api/v1/welzijnsrecepten/${await nieuwRecept(ctx)}${pad}`,
  ...(payload === undefined ? {} : { payload }),
});

const vandaag = () => new Date().toISOString().slice(0, 10);

export const rows: MatrixRij[] = [
  {
    route: 'GET /api/v1/welzijnsrecepten/ontvangers',
    verwacht: { huisarts: 200, overig: 403 },
  },
  {
    route: 'POST /api/v1/welzijnsrecepten',
    verwacht: { huisarts: 201, overig: 403 },
    verzoek: async (ctx) => {
      await ontvangerIngesteld(ctx);
      return { payload: recept(ctx) };
    },
  },
  {
    route: 'GET /api/v1/welzijnsrecepten',
    verwacht: {
      'professional-team': 200,
      'professional-buiten-team': 200,
      'andere-gemeente': 200,
      overig: 403,
    },
    verzoek: () => ({ url: '/api/v1/welzijnsrecepten?kant=ontvanger' }),
  },
  {
    route: 'GET /api/v1/welzijnsrecepten/:id',
    verwacht: ALLEEN_DE_HUISARTS,
    verzoek: opRecept(''),
  },
  {
    route: 'POST /api/v1/welzijnsrecepten/:id/statuswijzigingen',
    verwacht: ALLEEN_DE_HUISARTS,
    verzoek: opRecept('/statuswijzigingen', { status: 'cancelled', reden: 'Wil toch niet.' }),
  },
  {
    route: 'POST /api/v1/welzijnsrecepten/:id/contactmomenten',
    verwacht: ALLEEN_DE_COACH,
    verzoek: async (ctx) =>
      opRecept('/contactmomenten', { datum: vandaag(), soort: 'telefoon' })(ctx),
  },
  {
    route: 'PUT /api/v1/welzijnsrecepten/:id/verkenning',
    verwacht: ALLEEN_DE_COACH,
    verzoek: opRecept('/verkenning', { interesses: 'Koken', mogelijkheden: '' }),
  },
  {
    route: 'PUT /api/v1/welzijnsrecepten/:id/activiteit',
    verwacht: ALLEEN_DE_COACH,
    verzoek: opRecept('/activiteit', {
      aanbodId: '00000000-0000-4000-8000-000000000000',
      startdatum: '2026-01-05',
    }),
  },
  {
    route: 'POST /api/v1/welzijnsrecepten/:id/welbevinden',
    verwacht: ALLEEN_DE_COACH,
    verzoek: async (ctx) =>
      opRecept('/welbevinden', {
        moment: 'start',
        datum: vandaag(),
        scores: Object.fromEntries(ZES.map((d) => [d, 5])),
      })(ctx),
  },
  {
    route: 'POST /api/v1/welzijnsrecepten/:id/afsluiting',
    verwacht: ALLEEN_DE_COACH,
    verzoek: opRecept('/afsluiting', {
      status: 'completed',
      samenvatting: 'Gaat naar de kookclub.',
      terugkoppeling: 'Er is een activiteit gevonden.',
    }),
  },
  {
    route: 'PATCH /api/v1/welzijnsrecepten/:id/taken/:taakId',
    verwacht: ALLEEN_DE_COACH,
    verzoek: async (ctx) => ({
      url: `/api/v1/welzijnsrecepten/${await nieuwRecept(ctx)}/taken/00000000-0000-4000-8000-000000000000`,
      payload: { gedaan: true },
    }),
  },
  {
    route: 'GET /api/v1/welzijnsrecepten/evaluatie',
    verwacht: { huisarts: 200, beleidsmedewerker: 200, overig: 403 },
  },
  {
    route: 'GET /api/v1/welzijnsrecepten/evaluatie/export',
    verwacht: { huisarts: 200, beleidsmedewerker: 200, overig: 403 },
  },
  {
    route: 'GET /api/v1/welzijnsrecepten/instellingen',
    verwacht: { overig: 200 },
  },
  {
    route: 'PUT /api/v1/welzijnsrecepten/instellingen',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: () => ({ payload: { dimensies: ZES } }),
  },
  {
    route: 'GET /api/v1/welzijnsrecepten/ontvangerregels',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
  },
  {
    route: 'PUT /api/v1/welzijnsrecepten/ontvangerregels',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: (ctx) => ({
      payload: { regels: [{ organisatieId: ctx.w.org.welzijn, praktijkId: null }] },
    }),
  },
];
