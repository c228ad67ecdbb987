import { type Selectable, sql } from 'kysely';
import type { OidcProvidersTable } from '../../platform/database/tables.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

export type ProviderRij = Selectable<OidcProvidersTable>;

export interface AutorisatieRij {
  providerId: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  verlooptOp: Date;
}

export function createOidcRepository() {
  return {
    async providers(scope: GemeenteScope, alleenActief: boolean): Promise<ProviderRij[]> {
      let q = scope.selectFrom('oidc_providers').selectAll();
      if (alleenActief) q = q.where('actief', '=', true);
      return q.orderBy('naam').orderBy('id').execute();
    },

    async provider(scope: GemeenteScope, id: string): Promise<ProviderRij | undefined> {
      return scope.selectFrom('oidc_providers').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async providerBySlug(scope: GemeenteScope, slug: string): Promise<ProviderRij | undefined> {
      return scope
        .selectFrom('oidc_providers')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst();
    },

    async insertProvider(
      scope: GemeenteScope,
      values: Omit<ProviderRij, 'gemeente_id' | 'id' | 'aangemaakt_op' | 'actief'>,
    ): Promise<ProviderRij> {
      return scope
        .insertInto('oidc_providers', values)
        .returningAll()
        .executeTakeFirstOrThrow() as Promise<ProviderRij>;
    },

    async updateProvider(
      scope: GemeenteScope,
      id: string,
      values: Partial<Omit<ProviderRij, 'gemeente_id' | 'id' | 'aangemaakt_op' | 'slug'>>,
    ): Promise<ProviderRij | undefined> {
      if (Object.keys(values).length === 0) return this.provider(scope, id);
      return scope
        .updateTable('oidc_providers')
        .set(values)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst() as Promise<ProviderRij | undefined>;
    },

    async insertAutorisatie(
      scope: GemeenteScope,
      stateHash: string,
      values: AutorisatieRij,
    ): Promise<void> {
      await scope
        .insertInto('oidc_autorisaties', {
          state_hash: stateHash,
          provider_id: values.providerId,
          nonce: values.nonce,
          code_verifier: values.codeVerifier,
          redirect_uri: values.redirectUri,
          verloopt_op: values.verlooptOp,
        })
        .execute();
    },

    /** Takes a pending login out: a state can be used once, even by two requests at the same time. */
    async takeAutorisatie(
      scope: GemeenteScope,
      stateHash: string,
    ): Promise<AutorisatieRij | undefined> {
      const row = await scope
        .deleteFrom('oidc_autorisaties')
        .where('state_hash', '=', stateHash)
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        providerId: row.provider_id,
        nonce: row.nonce,
        codeVerifier: row.code_verifier,
        redirectUri: row.redirect_uri,
        verlooptOp: row.verloopt_op,
      };
    },

    async deleteVerlopenAutorisaties(scope: GemeenteScope): Promise<void> {
      await scope
        .deleteFrom('oidc_autorisaties')
        .where('verloopt_op', '<', sql<Date>`now()`)
        .execute();
    },

    async identiteit(
      scope: GemeenteScope,
      providerId: string,
      sub: string,
    ): Promise<string | undefined> {
      const row = await scope
        .selectFrom('oidc_identiteiten')
        .select('account_id')
        .where('provider_id', '=', providerId)
        .where('sub', '=', sub)
        .executeTakeFirst();
      return row?.account_id;
    },

    async insertIdentiteit(
      scope: GemeenteScope,
      providerId: string,
      sub: string,
      accountId: string,
    ): Promise<void> {
      await scope
        .insertInto('oidc_identiteiten', { provider_id: providerId, sub, account_id: accountId })
        .execute();
    },

    async touchIdentiteit(scope: GemeenteScope, providerId: string, sub: string): Promise<void> {
      await scope
        .updateTable('oidc_identiteiten')
        .set({ laatst_gebruikt_op: sql<Date>`now()` as never })
        .where('provider_id', '=', providerId)
        .where('sub', '=', sub)
        .execute();
    },

    async authenticatieGebeurtenis(
      scope: GemeenteScope,
      values: {
        accountId: string | null;
        soort: string;
        uitkomst: 'gelukt' | 'mislukt';
        ip: string | null;
      },
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

    async beheerGebeurtenis(
      scope: GemeenteScope,
      values: { door: string | null; soort: string; providerId: string; details: unknown },
    ): Promise<void> {
      await scope
        .insertInto('beheer_gebeurtenissen', {
          door_account_id: values.door,
          soort: values.soort,
          provider_id: values.providerId,
          details: JSON.stringify(values.details),
        })
        .execute();
    },
  };
}

export type OidcRepository = ReturnType<typeof createOidcRepository>;
