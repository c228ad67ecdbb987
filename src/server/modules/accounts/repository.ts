import type { Kysely, Selectable } from 'kysely';
import type { AccountsTable, DB } from '../../platform/database/tables.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

export type AccountRow = Selectable<AccountsTable>;

/**
 * `accounts` is a platform table (one login may work for several gemeenten), read with
 * Kysely directly. Roles are tenant-owned and only reachable through a `GemeenteScope`.
 */
export function createAccountsRepository(db: Kysely<DB>) {
  return {
    async findByEmail(email: string): Promise<AccountRow | undefined> {
      return db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
    },

    async insert(values: {
      email: string;
      naam: string;
      wachtwoord_hash: string | null;
      platformbeheerder: boolean;
    }): Promise<AccountRow> {
      return db.insertInto('accounts').values(values).returningAll().executeTakeFirstOrThrow();
    },

    async grantRole(
      scope: GemeenteScope,
      accountId: string,
      rol: string,
      functie: string | null,
    ): Promise<void> {
      await scope
        .insertInto('rollen', { account_id: accountId, rol, functie })
        .onConflict((oc) =>
          oc.columns(['gemeente_id', 'account_id', 'rol']).doUpdateSet({ functie }),
        )
        .execute();
    },

    async rolesOf(
      scope: GemeenteScope,
      accountId: string,
    ): Promise<{ rol: string; functie: string | null; organisatie_id: string | null }[]> {
      return scope
        .selectFrom('rollen')
        .select(['rol', 'functie', 'organisatie_id'])
        .where('account_id', '=', accountId)
        .orderBy('rol')
        .execute();
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
