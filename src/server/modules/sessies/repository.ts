import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

export type Uitkomst = 'gelukt' | 'mislukt' | 'geblokkeerd';

export interface SessieRij {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  mfaVoldaan: boolean;
  methode: string;
  laatstActief: Date;
  verlooptOp: Date;
  naam: string;
  platformbeheerder: boolean;
  actief: boolean;
}

export function createSessiesRepository() {
  return {
    async insert(
      scope: GemeenteScope,
      values: {
        tokenHash: string;
        accountId: string;
        csrfToken: string;
        methode: string;
        mfaVoldaan: boolean;
        verlooptOp: Date;
      },
    ): Promise<void> {
      await scope
        .insertInto('sessies', {
          token_hash: values.tokenHash,
          account_id: values.accountId,
          csrf_token: values.csrfToken,
          methode: values.methode,
          mfa_voldaan: values.mfaVoldaan,
          verloopt_op: values.verlooptOp,
        })
        .execute();
    },

    /** The session with its account; accounts is a platform table, joined on its key. */
    async find(scope: GemeenteScope, tokenHash: string): Promise<SessieRij | undefined> {
      const row = await scope
        .selectFrom('sessies')
        .innerJoin('accounts', 'accounts.id', 'sessies.account_id')
        .select([
          'sessies.token_hash',
          'sessies.account_id',
          'sessies.csrf_token',
          'sessies.mfa_voldaan',
          'sessies.methode',
          'sessies.laatst_actief_op',
          'sessies.verloopt_op',
          'accounts.naam',
          'accounts.platformbeheerder',
          'accounts.actief',
        ])
        .where('sessies.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        tokenHash: row.token_hash,
        accountId: row.account_id,
        csrfToken: row.csrf_token,
        mfaVoldaan: row.mfa_voldaan,
        methode: row.methode,
        laatstActief: row.laatst_actief_op,
        verlooptOp: row.verloopt_op,
        naam: row.naam,
        platformbeheerder: row.platformbeheerder,
        actief: row.actief,
      };
    },

    async touch(scope: GemeenteScope, tokenHash: string): Promise<void> {
      await scope
        .updateTable('sessies')
        .set({ laatst_actief_op: sql<Date>`now()` as never })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async markMfaVoldaan(scope: GemeenteScope, tokenHash: string): Promise<void> {
      await scope
        .updateTable('sessies')
        .set({ mfa_voldaan: true })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async delete(scope: GemeenteScope, tokenHash: string): Promise<void> {
      await scope.deleteFrom('sessies').where('token_hash', '=', tokenHash).execute();
    },

    async deleteAllOf(
      scope: GemeenteScope,
      accountId: string,
      behalveTokenHash?: string,
    ): Promise<number> {
      let query = scope.deleteFrom('sessies').where('account_id', '=', accountId);
      if (behalveTokenHash) query = query.where('token_hash', '!=', behalveTokenHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async insertGebeurtenis(
      scope: GemeenteScope,
      values: { accountId: string | null; soort: string; uitkomst: Uitkomst; ip: string | null },
    ): Promise<void> {
      await scope
        .insertInto('authenticatie_gebeurtenissen', {
          account_id: values.accountId,
          soort: values.soort,
          uitkomst: values.uitkomst,
          ip: values.ip,
        })
        .execute();
    },

    async gebeurtenissenVan(scope: GemeenteScope, accountId: string, limit: number) {
      return scope
        .selectFrom('authenticatie_gebeurtenissen')
        .select(['id', 'soort', 'uitkomst', 'ip', 'op'])
        .where('account_id', '=', accountId)
        .orderBy('op', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    async listOf(scope: GemeenteScope, accountId: string) {
      return scope
        .selectFrom('sessies')
        .select([
          'token_hash',
          'publiek_id',
          'methode',
          'mfa_voldaan',
          'aangemaakt_op',
          'laatst_actief_op',
        ])
        .where('account_id', '=', accountId)
        .where('verloopt_op', '>', new Date())
        .orderBy('laatst_actief_op', 'desc')
        .execute();
    },

    async deleteByPubliekId(
      scope: GemeenteScope,
      accountId: string,
      publiekId: string,
    ): Promise<number> {
      const result = await scope
        .deleteFrom('sessies')
        .where('account_id', '=', accountId)
        .where('publiek_id', '=', publiekId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type SessiesRepository = ReturnType<typeof createSessiesRepository>;
