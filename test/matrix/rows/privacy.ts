import type { MatrixRij } from '../matrix.ts';

/**
 * The resident's own rights (`/mijn/…`: every logged-in account, about itself only), the
 * case team's handling of correction requests, and retention classes.
 *
 * Order matters here: giving consent makes a person record for a caller that has none, so
 * the rows that answer 404 "no dossier" for such callers come before the consent rows.
 */
const geenDossier = { 'inwoner-zelf': 201, overig: 404 };

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/mijn/gegevens', verwacht: { overig: 200 } },
  { route: 'GET /api/v1/mijn/gegevens/overzicht', verwacht: { overig: 200 } },
  { route: 'GET /api/v1/mijn/correctieverzoeken', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/correctieverzoeken',
    verwacht: geenDossier,
    verzoek: () => ({
      payload: { categorie: 'contact', toelichting: 'Mijn postcode klopt niet.' },
    }),
  },
  { route: 'GET /api/v1/mijn/wisverzoeken', verwacht: { overig: 200 } },
  // The world's person has a running case: the request is recorded, contact data is kept.
  { route: 'POST /api/v1/mijn/wisverzoeken', verwacht: geenDossier },
  {
    route: 'GET /api/v1/personen/:id/correctieverzoeken',
    verwacht: {
      'inwoner-zelf': 200,
      'professional-team': 200,
      'andere-gemeente': 404,
      overig: 403,
    },
  },
  {
    route: 'PATCH /api/v1/personen/:id/correctieverzoeken/:verzoekId',
    // The case team answers; the person cannot answer their own request.
    verwacht: { 'professional-team': 200, 'andere-gemeente': 404, overig: 403 },
    verzoek: async (ctx) => {
      const v = await ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/correctieverzoeken', {
        categorie: 'contact',
        toelichting: 'Mijn telefoonnummer is veranderd.',
      });
      return {
        url: `/api/v1/personen/${ctx.w.persoonId}/correctieverzoeken/${v.json().id}`,
        payload: { status: 'uitgevoerd', reactie: 'Aangepast.' },
      };
    },
  },
  { route: 'GET /api/v1/mijn/toestemmingen', verwacht: { overig: 200 } },
  {
    route: 'POST /api/v1/mijn/toestemmingen',
    verwacht: { 'andere-gemeente': 400, overig: 201 },
    // Welzijn Stein: no caller of the matrix works there as care staff, so nobody gains access.
    verzoek: ({ w }) => ({
      payload: { organisatieId: w.org.welzijn, categorieen: ['contact'], doel: 'Matrix' },
    }),
  },
  {
    route: 'DELETE /api/v1/mijn/toestemmingen/:toestemmingId',
    // Only the person who gave it can revoke it; for anyone else it does not exist.
    verwacht: { 'inwoner-zelf': 204, overig: 404 },
    verzoek: async (ctx) => {
      const t = await ctx.als('inwoner-zelf', 'POST', '/api/v1/mijn/toestemmingen', {
        organisatieId: ctx.w.org.welzijn,
        categorieen: ['contact'],
        doel: 'Matrix',
      });
      return { url: `/api/v1/mijn/toestemmingen/${t.json().id}` };
    },
  },
  { route: 'GET /api/v1/bewaartermijnen', verwacht: { 'functioneel-beheerder': 200, overig: 403 } },
  {
    route: 'PUT /api/v1/bewaartermijnen/:categorie',
    verwacht: { 'functioneel-beheerder': 200, overig: 403 },
    verzoek: () => ({ url: '/api/v1/bewaartermijnen/contact', payload: { jaren: 15 } }),
  },
];
