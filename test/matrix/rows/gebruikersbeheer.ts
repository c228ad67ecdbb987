import type { MatrixRij } from '../matrix.ts';

/** Staff accounts and organisations: the functioneel beheerder of this gemeente only. */
const beheer = { 'functioneel-beheerder': 200, overig: 403 };
/** Lists the platform admin may read too (to find a gemeente's admins); it changes nothing here. */
const lezen = { ...beheer, platformbeheerder: 200 };
let volgnummer = 0;
const nieuwAccount = () => {
  volgnummer++;
  return {
    naam: 'Matrix Medewerker',
    email: `matrix-medewerker-${volgnummer}@wereld.example`,
    rollen: [{ rol: 'redacteur' }],
  };
};

export const rows: MatrixRij[] = [
  { route: 'GET /api/v1/beheer/accounts', verwacht: lezen },
  {
    route: 'POST /api/v1/beheer/accounts/_zoek',
    verwacht: lezen,
    verzoek: () => ({ payload: { naam: 'Matrix' } }),
  },
  {
    route: 'POST /api/v1/beheer/accounts',
    verwacht: { ...beheer, 'functioneel-beheerder': 201 },
    verzoek: () => ({ payload: nieuwAccount() }),
  },
  {
    route: 'GET /api/v1/beheer/accounts/:id',
    verwacht: beheer,
    verzoek: (ctx) => ({ url: `/api/v1/beheer/accounts/${ctx.w.accounts.redacteur}` }),
  },
  {
    route: 'PATCH /api/v1/beheer/accounts/:id',
    verwacht: beheer,
    // A fresh account each time: turning one off ends its sessions.
    verzoek: async (ctx) => {
      const a = await ctx.als(
        'functioneel-beheerder',
        'POST',
        '/api/v1/beheer/accounts',
        nieuwAccount(),
      );
      return { url: `/api/v1/beheer/accounts/${a.json().id}`, payload: { actief: false } };
    },
  },
  {
    route: 'PUT /api/v1/beheer/accounts/:id/rollen',
    verwacht: beheer,
    verzoek: async (ctx) => {
      const a = await ctx.als(
        'functioneel-beheerder',
        'POST',
        '/api/v1/beheer/accounts',
        nieuwAccount(),
      );
      return {
        url: `/api/v1/beheer/accounts/${a.json().id}/rollen`,
        payload: { rollen: [{ rol: 'beleidsmedewerker' }] },
      };
    },
  },
  { route: 'GET /api/v1/beheer/organisaties', verwacht: lezen },
  {
    route: 'POST /api/v1/beheer/organisaties',
    verwacht: { ...beheer, 'functioneel-beheerder': 201 },
    verzoek: () => ({ payload: { naam: 'Matrix Organisatie', soort: 'informeel' } }),
  },
  {
    route: 'PATCH /api/v1/beheer/organisaties/:id',
    verwacht: beheer,
    verzoek: async (ctx) => {
      const o = await ctx.als('functioneel-beheerder', 'POST', '/api/v1/beheer/organisaties', {
        naam: 'Matrix Organisatie',
        soort: 'informeel',
      });
      return {
        url: `/api/v1/beheer/organisaties/${o.json().id}`,
        payload: { naam: 'Matrix Hernoemd' },
      };
    },
  },
];
