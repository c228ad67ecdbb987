import type { MatrixRij } from '../matrix.ts';

/** OpenID Connect: the login buttons are public; managing providers is for the functioneel beheerder. */
const ONBEKEND_ID = '00000000-0000-4000-8000-000000000000';
/** The platform admin manages providers too (it sets up a gemeente's first login). */
const beheer = { 'functioneel-beheerder': 200, platformbeheerder: 200, overig: 403 };
let volgnummer = 0;
const nieuweProvider = () => {
  volgnummer++;
  return {
    slug: `matrix-${volgnummer}`,
    naam: 'Matrix IdP',
    issuer: 'https://idp.example.org',
    clientId: 'kring',
    doelgroep: 'medewerkers',
  };
};

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/oidc-providers', openbaar: true, verwacht: { overig: 200 } },
  {
    route: 'GET /api/v1/oidc-providers/:id/autorisatie',
    openbaar: true,
    verwacht: { overig: 404 },
    verzoek: () => ({ url: `/api/v1/oidc-providers/${ONBEKEND_ID}/autorisatie` }),
  },
  {
    route: 'GET /api/v1/oidc-providers/:id/callback',
    openbaar: true,
    // The browser comes back here: always a redirect (to the login page with an error).
    verwacht: { overig: 302 },
    verzoek: () => ({ url: `/api/v1/oidc-providers/${ONBEKEND_ID}/callback?code=x&state=y` }),
  },
  { route: 'GET /api/v1/beheer/oidc-providers', verwacht: beheer },
  {
    route: 'POST /api/v1/beheer/oidc-providers',
    verwacht: { ...beheer, 'functioneel-beheerder': 201, platformbeheerder: 201 },
    verzoek: () => ({ payload: nieuweProvider() }),
  },
  {
    route: 'PATCH /api/v1/beheer/oidc-providers/:id',
    verwacht: beheer,
    verzoek: async (ctx) => {
      const p = await ctx.als(
        'functioneel-beheerder',
        'POST',
        '/api/v1/beheer/oidc-providers',
        nieuweProvider(),
      );
      return {
        url: `/api/v1/beheer/oidc-providers/${p.json().id}`,
        payload: { naam: 'Andere naam' },
      };
    },
  },
];
