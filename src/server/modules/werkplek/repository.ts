import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/**
 * The werkplek has no tables of its own: it composes what other modules keep, through their
 * services. This repository only reads which persons an account is a regisseur for.
 */
export function createWerkplekRepository() {
  return {
    async regisseurVan(scope: GemeenteScope, accountId: string): Promise<Set<string>> {
      const rows = await scope
        .selectFrom('betrokkenheden')
        .select('persoon_id')
        .where('account_id', '=', accountId)
        .where('rol', '=', 'regisseur')
        .where('tot', 'is', null)
        .execute();
      return new Set(rows.map((r) => r.persoon_id));
    },
  };
}

export type WerkplekRepository = ReturnType<typeof createWerkplekRepository>;
