import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The only SQL of regie: the record of handovers. */
export function createRegieRepository() {
  return {
    async overdrachten(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('regie_overdrachten')
        .leftJoin('accounts as van', 'van.id', 'regie_overdrachten.van_account_id')
        .innerJoin('accounts as naar', 'naar.id', 'regie_overdrachten.naar_account_id')
        .select([
          'van.naam as van',
          'naar.naam as naar',
          'regie_overdrachten.reden',
          'regie_overdrachten.op',
        ])
        .where('regie_overdrachten.persoon_id', '=', persoonId)
        .orderBy('regie_overdrachten.op')
        .execute();
    },

    async legVast(
      scope: GemeenteScope,
      v: {
        persoonId: string;
        van: string | null;
        naar: string;
        organisatieId: string;
        reden: string;
      },
    ): Promise<void> {
      await scope
        .insertInto('regie_overdrachten', {
          persoon_id: v.persoonId,
          van_account_id: v.van,
          naar_account_id: v.naar,
          naar_organisatie_id: v.organisatieId,
          reden: v.reden,
        })
        .execute();
    },
  };
}

export type RegieRepository = ReturnType<typeof createRegieRepository>;
