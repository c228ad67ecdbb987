import type { MatrixContext, MatrixRij } from '../matrix.ts';

/**
 * Respijtzorg (issue 9). A carer's requests are theirs: every logged-in resident asks for
 * themselves and cancels only their own. The world has no provider staff (the integration
 * test covers them): one request is 404 for whoever may read the carer's data (the carer,
 * the care staff with their consent to the volunteer organisation, another gemeente) — it
 * was sent to no provider — and 403 for the rest. Volunteer requests go to
 * the world's Wijkteam Stein as the loket's volunteer organisation.
 */
const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const VERZOEK = {
  soort: 'maatje',
  voorWie: { naam: 'Piet Jansen', relatie: 'mijn vader' },
  datum: dag(14),
  dagdeel: 'ochtend',
  hoeVaak: 'eenmalig',
  postcode: '6171 AB',
  toelichting: 'Mee naar de huisarts.',
  toestemming: true,
};

async function regels(ctx: MatrixContext): Promise<void> {
  const res = await ctx.als('functioneel-beheerder', 'PUT', '/api/v1/gemeente/loketregels', {
    vrijwilligersOrganisatieId: ctx.w.org.wijkteam,
    wijkteamOrganisatieId: ctx.w.org.wijkteam,
  });
  if (res.statusCode !== 200) throw new Error(`fixture loketregels: ${res.statusCode}`);
}

/** A fresh volunteer request of `inwoner-zelf`. */
async function verzoek(ctx: MatrixContext): Promise<string> {
  await regels(ctx);
  const res = await ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/respijtzorg', VERZOEK);
  if (res.statusCode !== 201) throw new Error(`fixture respijtverzoek: ${res.statusCode}`);
  return res.json().id;
}

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/mijn/respijtzorg', verwacht: { overig: 200 } },
  {
    route: 'GET /api/v1/mijn/respijtzorg/aanbieders',
    verwacht: { overig: 200 },
    verzoek: () => ({ url: '/api/v1/mijn/respijtzorg/aanbieders?soort=logeren' }),
  },
  {
    route: 'POST /api/v1/mijn/respijtzorg',
    verwacht: { 'andere-gemeente': 409, overig: 201 },
    verzoek: async (ctx) => {
      await regels(ctx);
      return { payload: VERZOEK };
    },
  },
  {
    route: 'POST /api/v1/mijn/respijtzorg/:id/annulering',
    verwacht: { 'inwoner-zelf': 200, overig: 404 },
    verzoek: async (ctx) => ({
      url: `/api/v1/mijn/respijtzorg/${await verzoek(ctx)}/annulering`,
    }),
  },
  {
    route: 'GET /api/v1/respijtzorg/verzoeken',
    verwacht: {
      'professional-team': 200,
      'professional-buiten-team': 200,
      huisarts: 200,
      'andere-gemeente': 200,
      overig: 403,
    },
  },
  {
    route: 'GET /api/v1/respijtzorg/verzoeken/:id',
    verwacht: {
      'inwoner-zelf': 404,
      'professional-team': 404,
      'professional-buiten-team': 404,
      'andere-gemeente': 404,
      overig: 403,
    },
    verzoek: async (ctx) => ({ url: `/api/v1/respijtzorg/verzoeken/${await verzoek(ctx)}` }),
  },
  {
    route: 'POST /api/v1/respijtzorg/verzoeken/:id/antwoord',
    verwacht: {
      'inwoner-zelf': 404,
      'professional-team': 404,
      'professional-buiten-team': 404,
      'andere-gemeente': 404,
      overig: 403,
    },
    verzoek: async (ctx) => ({
      url: `/api/v1/respijtzorg/verzoeken/${await verzoek(ctx)}/antwoord`,
      payload: { besluit: 'toezeggen', toelichting: '' },
    }),
  },
];
