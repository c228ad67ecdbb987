import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { TokenDoel } from './e-mail-tokens.ts';

/** Single-use e-mail links; only the SHA-256 of a token is stored. */
export function createAanmeldenRepository() {
  return {
    async insertToken(
      scope: GemeenteScope,
      values: { tokenHash: string; accountId: string; doel: TokenDoel; verlooptOp: Date },
    ): Promise<void> {
      await scope
        .insertInto('aanmeld_tokens', {
          token_hash: values.tokenHash,
          account_id: values.accountId,
          doel: values.doel,
          verloopt_op: values.verlooptOp,
        })
        .execute();
    },

    async tokensSinds(
      scope: GemeenteScope,
      accountId: string,
      doel: TokenDoel,
      sinds: Date,
    ): Promise<number> {
      const row = await scope
        .selectFrom('aanmeld_tokens')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('account_id', '=', accountId)
        .where('doel', '=', doel)
        .where('aangemaakt_op', '>=', sinds)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Marks a usable token as used, in one statement, and returns its account; undefined when
     * the token is unknown, expired, of another purpose, or used already (single use even
     * when two requests race).
     */
    async gebruikToken(
      scope: GemeenteScope,
      tokenHash: string,
      doel: TokenDoel,
      nu: Date,
    ): Promise<string | undefined> {
      const row = await scope
        .updateTable('aanmeld_tokens')
        .set({ gebruikt_op: nu })
        .where('token_hash', '=', tokenHash)
        .where('doel', '=', doel)
        .where('gebruikt_op', 'is', null)
        .where('verloopt_op', '>', nu)
        .returning('account_id')
        .executeTakeFirst();
      return row?.account_id;
    },

    async findToken(scope: GemeenteScope, tokenHash: string, doel: TokenDoel) {
      return scope
        .selectFrom('aanmeld_tokens')
        .select(['account_id', 'verloopt_op', 'gebruikt_op'])
        .where('token_hash', '=', tokenHash)
        .where('doel', '=', doel)
        .executeTakeFirst();
    },

    /** After a reset every other open link of the account stops working. */
    async vervalOpenTokens(scope: GemeenteScope, accountId: string, doel: TokenDoel, nu: Date) {
      await scope
        .updateTable('aanmeld_tokens')
        .set({ gebruikt_op: nu })
        .where('account_id', '=', accountId)
        .where('doel', '=', doel)
        .where('gebruikt_op', 'is', null)
        .execute();
    },
  };
}

export type AanmeldenRepository = ReturnType<typeof createAanmeldenRepository>;
