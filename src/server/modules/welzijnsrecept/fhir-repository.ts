import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** A FHIR client of a practice (migration 0014). */
export interface FhirClientRij {
  clientId: string;
  geheimHash: string;
  naam: string;
  praktijkId: string;
  accountId: string;
  aangemaaktOp: Date;
  ingetrokkenOp: Date | null;
}

/** What a valid bearer token stands for. */
export interface FhirTokenHouder {
  clientId: string;
  praktijkId: string;
  accountId: string;
}

/** The FHIR clients and their tokens; secrets and tokens only as SHA-256. */
export function createFhirRepository() {
  return {
    async insertClient(
      scope: GemeenteScope,
      c: Pick<FhirClientRij, 'clientId' | 'geheimHash' | 'naam' | 'praktijkId' | 'accountId'>,
    ): Promise<void> {
      await scope
        .insertInto('fhir_clients', {
          client_id: c.clientId,
          geheim_hash: c.geheimHash,
          naam: c.naam,
          praktijk_id: c.praktijkId,
          account_id: c.accountId,
        })
        .execute();
    },

    async client(scope: GemeenteScope, clientId: string): Promise<FhirClientRij | undefined> {
      const r = await scope
        .selectFrom('fhir_clients')
        .selectAll()
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return r
        ? {
            clientId: r.client_id,
            geheimHash: r.geheim_hash,
            naam: r.naam,
            praktijkId: r.praktijk_id,
            accountId: r.account_id,
            aangemaaktOp: r.aangemaakt_op,
            ingetrokkenOp: r.ingetrokken_op,
          }
        : undefined;
    },

    /** Revokes a client; its tokens are deleted too. False when there was no such active client. */
    async trekIn(scope: GemeenteScope, clientId: string, nu: Date): Promise<boolean> {
      return scope.transaction(async (trx) => {
        const r = await trx
          .updateTable('fhir_clients')
          .set({ ingetrokken_op: nu })
          .where('client_id', '=', clientId)
          .where('ingetrokken_op', 'is', null)
          .executeTakeFirst();
        await trx.deleteFrom('fhir_tokens').where('client_id', '=', clientId).execute();
        return Number(r.numUpdatedRows) > 0;
      });
    },

    /** Stores a new token's hash; expired tokens of the gemeente are cleared on the way. */
    async insertToken(
      scope: GemeenteScope,
      t: { tokenHash: string; clientId: string; verlooptOp: Date },
      nu: Date,
    ): Promise<void> {
      await scope.transaction(async (trx) => {
        await trx.deleteFrom('fhir_tokens').where('verloopt_op', '<=', nu).execute();
        await trx
          .insertInto('fhir_tokens', {
            token_hash: t.tokenHash,
            client_id: t.clientId,
            verloopt_op: t.verlooptOp,
          })
          .execute();
      });
    },

    /** The holder of a token that has not expired, of a client that is not revoked. */
    async houder(
      scope: GemeenteScope,
      tokenHash: string,
      nu: Date,
    ): Promise<FhirTokenHouder | undefined> {
      const r = await scope
        .selectFrom('fhir_tokens')
        .innerJoin('fhir_clients', (j) =>
          j
            .onRef('fhir_clients.gemeente_id', '=', 'fhir_tokens.gemeente_id')
            .onRef('fhir_clients.client_id', '=', 'fhir_tokens.client_id'),
        )
        .select(['fhir_clients.client_id', 'fhir_clients.praktijk_id', 'fhir_clients.account_id'])
        .where('fhir_tokens.token_hash', '=', tokenHash)
        .where('fhir_tokens.verloopt_op', '>', nu)
        .where('fhir_clients.ingetrokken_op', 'is', null)
        .executeTakeFirst();
      return r
        ? { clientId: r.client_id, praktijkId: r.praktijk_id, accountId: r.account_id }
        : undefined;
    },
  };
}

export type FhirRepository = ReturnType<typeof createFhirRepository>;
