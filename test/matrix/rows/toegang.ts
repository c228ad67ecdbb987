import type { MatrixRij } from '../matrix.ts';

/** Break-glass (care staff), its review (functioneel beheerder), the resident's access log. */
export const rows: MatrixRij[] = [
  {
    route: 'POST /api/v1/personen/:id/doorbraken',
    verwacht: {
      'professional-team': 201,
      'professional-buiten-team': 201,
      huisarts: 201,
      'andere-gemeente': 404,
      overig: 403,
    },
    // A fresh person each time: break-glass opens the file, and must not open the world's.
    verzoek: async (ctx) => ({
      url: `/api/v1/personen/${await ctx.nieuwePersoon()}/doorbraken`,
      payload: { reden: 'Acute zorgen, regisseur niet bereikbaar' },
    }),
  },
  { route: 'GET /api/v1/doorbraken', verwacht: { 'functioneel-beheerder': 200, overig: 403 } },
  {
    route: 'PATCH /api/v1/doorbraken/:doorbraakId',
    verwacht: { 'functioneel-beheerder': 204, overig: 403 },
    verzoek: async (ctx) => {
      const persoonId = await ctx.nieuwePersoon();
      const d = await ctx.als(
        'professional-buiten-team',
        'POST',
        `/api/v1/personen/${persoonId}/doorbraken`,
        {
          reden: 'Acute zorgen, regisseur niet bereikbaar',
        },
      );
      return { url: `/api/v1/doorbraken/${d.json().id}`, payload: { oordeel: 'terecht' } };
    },
  },
  { route: 'GET /api/v1/mijn/toegangslog', verwacht: { overig: 200 } },
];
