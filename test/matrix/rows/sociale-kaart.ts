import type { MatrixContext, MatrixRij } from '../matrix.ts';

/**
 * The sociale kaart: searching and reading published entries is public; an organisation
 * admin edits the entries of their own organisation; the editor (redacteur) moderates.
 * Every caller gets a fresh entry where a row changes one, so callers do not interact.
 */
const inhoud = {
  naam: 'Matrix Koffieochtend',
  soort: 'activiteit',
  beschrijving: 'Elke week koffie drinken met buren.',
  kosten: { soort: 'gratis' },
};
/** The organisation admin of Welzijn Stein, and the editor. */
const bewerkers = {
  organisatiebeheerder: 200,
  redacteur: 200,
  'andere-gemeente': 404,
  overig: 403,
};

async function nieuwAanbod(ctx: MatrixContext): Promise<string> {
  const res = await ctx.als('organisatiebeheerder', 'POST', '/api/v1/aanbod', {
    organisatieId: ctx.w.org.welzijn,
    inhoud,
  });
  if (res.statusCode !== 201) throw new Error(`fixture aanbod: ${res.statusCode}`);
  return (res.json() as unknown as { aanbodId: string }).aanbodId;
}

/** A new entry whose change is submitted to the editor; answers the proposal id too. */
async function ingediend(ctx: MatrixContext): Promise<{ aanbodId: string; voorstelId: string }> {
  const aanbodId = await nieuwAanbod(ctx);
  const res = await ctx.als(
    'organisatiebeheerder',
    'POST',
    `/api/v1/aanbod/${aanbodId}/bewerking/indienen`,
  );
  const body = res.json() as unknown as { voorstel: { id: string } };
  return { aanbodId, voorstelId: body.voorstel.id };
}

let gepubliceerd: string | undefined;
async function gepubliceerdAanbod(ctx: MatrixContext): Promise<string> {
  if (gepubliceerd) return gepubliceerd;
  const { aanbodId, voorstelId } = await ingediend(ctx);
  const res = await ctx.als(
    'redacteur',
    'POST',
    `/api/v1/moderatie/voorstellen/${voorstelId}/publiceren`,
  );
  if (res.statusCode !== 200) throw new Error(`fixture publiceren: ${res.statusCode}`);
  gepubliceerd = aanbodId;
  return aanbodId;
}

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/aanbod', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'GET /api/v1/aanbod/:id',
    openbaar: true,
    verwacht: { 'andere-gemeente': 404, overig: 200 },
    verzoek: async (ctx) => ({ url: `/api/v1/aanbod/${await gepubliceerdAanbod(ctx)}` }),
  },
  {
    route: 'GET /api/v1/aanbieders/:id',
    openbaar: true,
    verwacht: { 'andere-gemeente': 404, overig: 200 },
    verzoek: async (ctx) => {
      await gepubliceerdAanbod(ctx);
      // Shown on the map (a setting of the organisation).
      await ctx.t.database.db
        .updateTable('organisaties')
        .set({ op_kaart: true } as never)
        .where('id', '=', ctx.w.org.welzijn)
        .execute();
      return { url: `/api/v1/aanbieders/${ctx.w.org.welzijn}` };
    },
  },
  { route: 'GET /api/v1/taxonomieen', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'GET /api/v1/mijn-aanbod',
    verwacht: { organisatiebeheerder: 200, redacteur: 200, overig: 403 },
  },
  {
    route: 'POST /api/v1/aanbod',
    verwacht: { organisatiebeheerder: 201, redacteur: 201, overig: 403 },
    verzoek: ({ w }) => ({ payload: { organisatieId: w.org.welzijn, inhoud } }),
  },
  {
    route: 'GET /api/v1/aanbod/:id/bewerking',
    verwacht: bewerkers,
    verzoek: async (ctx) => ({ url: `/api/v1/aanbod/${await nieuwAanbod(ctx)}/bewerking` }),
  },
  {
    route: 'PUT /api/v1/aanbod/:id/bewerking',
    verwacht: bewerkers,
    verzoek: async (ctx) => ({
      url: `/api/v1/aanbod/${await nieuwAanbod(ctx)}/bewerking`,
      payload: { ...inhoud, naam: 'Matrix Koffieochtend (nieuw)' },
    }),
  },
  {
    route: 'POST /api/v1/aanbod/:id/bewerking/indienen',
    verwacht: bewerkers,
    verzoek: async (ctx) => ({
      url: `/api/v1/aanbod/${await nieuwAanbod(ctx)}/bewerking/indienen`,
    }),
  },
  {
    route: 'POST /api/v1/aanbod/:id/bewerking/intrekken',
    verwacht: bewerkers,
    verzoek: async (ctx) => ({
      url: `/api/v1/aanbod/${(await ingediend(ctx)).aanbodId}/bewerking/intrekken`,
    }),
  },
  {
    route: 'POST /api/v1/aanbod/:id/controles',
    verwacht: bewerkers,
    verzoek: async (ctx) => ({ url: `/api/v1/aanbod/${await gepubliceerdAanbod(ctx)}/controles` }),
  },
  {
    route: 'GET /api/v1/aanbod/:id/historie',
    verwacht: bewerkers,
    verzoek: async (ctx) => ({ url: `/api/v1/aanbod/${await gepubliceerdAanbod(ctx)}/historie` }),
  },
  { route: 'GET /api/v1/moderatie/voorstellen', verwacht: { redacteur: 200, overig: 403 } },
  {
    route: 'GET /api/v1/moderatie/voorstellen/:id',
    verwacht: { redacteur: 200, overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/moderatie/voorstellen/${(await ingediend(ctx)).voorstelId}`,
    }),
  },
  {
    route: 'POST /api/v1/moderatie/voorstellen/:id/publiceren',
    verwacht: { redacteur: 200, overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/moderatie/voorstellen/${(await ingediend(ctx)).voorstelId}/publiceren`,
    }),
  },
  {
    route: 'POST /api/v1/moderatie/voorstellen/:id/terugsturen',
    verwacht: { redacteur: 200, overig: 403 },
    verzoek: async (ctx) => ({
      url: `/api/v1/moderatie/voorstellen/${(await ingediend(ctx)).voorstelId}/terugsturen`,
      payload: { opmerking: 'Graag de tijden erbij.' },
    }),
  },
];
