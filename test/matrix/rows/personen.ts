import type { MatrixRij } from '../matrix.ts';

/**
 * Persons and case teams. Who may: the person (`inwoner-zelf`) and the case team
 * (`professional-team` is regisseur of the world's person). A colleague of the same role
 * and organisation outside the team may not; another gemeente does not find the person.
 */
const leesbaar = {
  'inwoner-zelf': 200,
  'professional-team': 200,
  'andere-gemeente': 404,
  overig: 403,
};
/** Changing the team: its regisseur only, on a fresh person so callers don't interact. */
const teambeheer = { 'professional-team': 201, 'andere-gemeente': 404, overig: 403 };

export const rows: MatrixRij[] = [
  {
    route: 'GET /api/v1/personen',
    verwacht: {
      'professional-team': 200,
      'professional-buiten-team': 200,
      huisarts: 200,
      'andere-gemeente': 200,
      overig: 403,
    },
  },
  {
    route: 'POST /api/v1/personen',
    verwacht: {
      'professional-team': 201,
      'professional-buiten-team': 201,
      huisarts: 201,
      'andere-gemeente': 201,
      overig: 403,
    },
    verzoek: () => ({
      payload: { naam: 'Matrix Persoon', grondslag: 'Wmo 2015', categorieen: ['contact'] },
    }),
  },
  { route: 'GET /api/v1/personen/:id', verwacht: leesbaar },
  {
    route: 'PATCH /api/v1/personen/:id',
    verwacht: leesbaar,
    verzoek: () => ({ payload: { telefoonnummer: '046 765 43 21' } }),
  },
  { route: 'GET /api/v1/personen/:id/betrokkenheden', verwacht: leesbaar },
  {
    route: 'POST /api/v1/personen/:id/betrokkenheden',
    verwacht: teambeheer,
    verzoek: async (ctx) => ({
      url: `/api/v1/personen/${await ctx.nieuwePersoon()}/betrokkenheden`,
      payload: {
        accountId: ctx.w.accounts.welzijnscoach,
        organisatieId: ctx.w.org.welzijn,
        categorieen: ['intake'],
        grondslag: 'Welzijn op recept',
      },
    }),
  },
  {
    route: 'DELETE /api/v1/personen/:id/betrokkenheden/:betrokkenheidId',
    verwacht: { ...teambeheer, 'professional-team': 204 },
    verzoek: async (ctx) => {
      const persoonId = await ctx.nieuwePersoon();
      const lid = await ctx.als(
        'professional-team',
        'POST',
        `/api/v1/personen/${persoonId}/betrokkenheden`,
        {
          accountId: ctx.w.accounts.welzijnscoach,
          organisatieId: ctx.w.org.welzijn,
          categorieen: ['intake'],
          grondslag: 'Welzijn op recept',
        },
      );
      return { url: `/api/v1/personen/${persoonId}/betrokkenheden/${lid.json().id}` };
    },
  },
  {
    route: 'POST /api/v1/personen/:id/vertegenwoordigers',
    verwacht: teambeheer,
    verzoek: async (ctx) => ({
      url: `/api/v1/personen/${await ctx.nieuwePersoon()}/vertegenwoordigers`,
      payload: { accountId: ctx.w.accounts['inwoner-ander'], soort: 'gemachtigde' },
    }),
  },
];
