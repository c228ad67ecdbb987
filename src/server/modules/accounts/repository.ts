import { type Kysely, type Selectable, sql } from 'kysely';
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

    async setActief(id: string, actief: boolean): Promise<void> {
      await db.updateTable('accounts').set({ actief }).where('id', '=', id).execute();
    },

    /**
     * A deleted resident account: switched off, and nothing left that identifies or logs in
     * (the row stays so the access log and messages keep a reference).
     */
    async anonimiseer(id: string): Promise<void> {
      await db
        .updateTable('accounts')
        .set({
          actief: false,
          email: null,
          naam: 'Verwijderd account',
          wachtwoord_hash: null,
          mfa_geheim: null,
          mfa_actief_sinds: null,
          mfa_herstelcodes: [],
          email_geverifieerd_op: null,
        })
        .where('id', '=', id)
        .execute();
    },

    async findById(id: string): Promise<AccountRow | undefined> {
      return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /**
     * Counts one more failed attempt and, when `blokkeerTot` says so for the new count,
     * locks the account until then. The increment is one statement, so parallel guesses
     * cannot lose a count.
     */
    async registreerMislukking(
      id: string,
      blokkeerTot: (pogingen: number) => Date | null,
    ): Promise<{ pogingen: number; geblokkeerdTot: Date | null }> {
      const row = await db
        .updateTable('accounts')
        .set({ mislukte_pogingen: sql<number>`mislukte_pogingen + 1` as never })
        .where('id', '=', id)
        .returning('mislukte_pogingen')
        .executeTakeFirstOrThrow();
      const tot = blokkeerTot(row.mislukte_pogingen);
      if (tot) {
        await db
          .updateTable('accounts')
          .set({ geblokkeerd_tot: tot })
          .where('id', '=', id)
          .execute();
      }
      return { pogingen: row.mislukte_pogingen, geblokkeerdTot: tot };
    },

    async resetMislukkingen(id: string): Promise<void> {
      await db
        .updateTable('accounts')
        .set({ mislukte_pogingen: 0, geblokkeerd_tot: null })
        .where('id', '=', id)
        .execute();
    },

    /** A new password also lifts a lockout: the person proved control of the mailbox. */
    async setWachtwoordHash(id: string, hash: string): Promise<void> {
      await db
        .updateTable('accounts')
        .set({
          wachtwoord_hash: hash,
          wachtwoord_gewijzigd_op: new Date(),
          mislukte_pogingen: 0,
          geblokkeerd_tot: null,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Stores a new (encrypted) TOTP secret that is not active yet; only when MFA is not active. */
    async setMfaGeheim(id: string, versleuteld: string): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({ mfa_geheim: versleuteld, mfa_laatste_stap: null, mfa_herstelcodes: [] })
        .where('id', '=', id)
        .where('mfa_actief_sinds', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async activeerMfa(id: string, herstelcodeHashes: string[], stap: number): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({
          mfa_actief_sinds: new Date(),
          mfa_herstelcodes: herstelcodeHashes,
          mfa_laatste_stap: stap,
        })
        .where('id', '=', id)
        .where('mfa_actief_sinds', 'is', null)
        .where('mfa_geheim', 'is not', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Records a TOTP time step as used; false when it (or a later one) was used already. */
    async gebruikTotpStap(id: string, stap: number): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({ mfa_laatste_stap: stap })
        .where('id', '=', id)
        .where((eb) =>
          eb.or([eb('mfa_laatste_stap', 'is', null), eb('mfa_laatste_stap', '<', String(stap))]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Removes a recovery code's hash; false when it was not (or no longer) there. */
    async gebruikHerstelcode(id: string, hash: string): Promise<boolean> {
      const result = await db
        .updateTable('accounts')
        .set({ mfa_herstelcodes: sql<string[]>`array_remove(mfa_herstelcodes, ${hash})` as never })
        .where('id', '=', id)
        .where(sql<boolean>`${hash} = any(mfa_herstelcodes)`)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markEmailGeverifieerd(id: string): Promise<void> {
      await db
        .updateTable('accounts')
        .set({ email_geverifieerd_op: sql<Date>`coalesce(email_geverifieerd_op, now())` as never })
        .where('id', '=', id)
        .execute();
    },

    async insert(values: {
      email: string | null;
      naam: string;
      wachtwoord_hash: string | null;
      platformbeheerder: boolean;
      email_geverifieerd_op?: Date | null;
    }): Promise<AccountRow> {
      return db.insertInto('accounts').values(values).returningAll().executeTakeFirstOrThrow();
    },

    async grantRole(
      scope: GemeenteScope,
      accountId: string,
      rol: string,
      functie: string | null,
      organisatieId: string | null = null,
    ): Promise<void> {
      await scope
        .insertInto('rollen', {
          account_id: accountId,
          rol,
          functie,
          organisatie_id: organisatieId,
        })
        .onConflict((oc) =>
          oc
            .columns(['gemeente_id', 'account_id', 'rol'])
            .doUpdateSet({ functie, organisatie_id: organisatieId }),
        )
        .execute();
    },

    async revokeRole(scope: GemeenteScope, accountId: string, rol: string): Promise<void> {
      await scope
        .deleteFrom('rollen')
        .where('account_id', '=', accountId)
        .where('rol', '=', rol)
        .execute();
    },

    async revokeAllRoles(scope: GemeenteScope, accountId: string): Promise<void> {
      await scope.deleteFrom('rollen').where('account_id', '=', accountId).execute();
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
