import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import { MEDEWERKER_ROLLEN } from '../accounts/model.ts';
import { likePatroon } from './rollen-regels.ts';

export interface AccountRij {
  id: string;
  naam: string;
  email: string | null;
  actief: boolean;
  platformbeheerder: boolean;
}

export interface RolRij {
  accountId: string;
  rol: string;
  functie: string | null;
  organisatieId: string | null;
  organisatieNaam: string | null;
}

export interface OrganisatieRij {
  id: string;
  naam: string;
  soort: string;
}

const STAFF = [...MEDEWERKER_ROLLEN];

/**
 * Staff accounts of one gemeente: `rollen` (tenant table, through the scope) joined to the
 * platform table `accounts` on its key. Only accounts with a staff role here are visible.
 */
export function createGebruikersbeheerRepository() {
  function staffAccounts(scope: GemeenteScope, naam: string) {
    let q = scope
      .selectFrom('rollen')
      .innerJoin('accounts', 'accounts.id', 'rollen.account_id')
      .where('rollen.rol', 'in', STAFF);
    if (naam) q = q.where(sql<boolean>`accounts.naam ilike ${likePatroon(naam)}`);
    return q;
  }

  return {
    async accounts(
      scope: GemeenteScope,
      options: { naam: string; offset: number; limit: number },
    ): Promise<{ rows: AccountRij[]; totaal: number }> {
      const rows = await staffAccounts(scope, options.naam)
        .select([
          'accounts.id',
          'accounts.naam',
          'accounts.email',
          'accounts.actief',
          'accounts.platformbeheerder',
        ])
        .distinct()
        .orderBy('accounts.naam')
        .orderBy('accounts.id')
        .offset(options.offset)
        .limit(options.limit)
        .execute();
      const { totaal } = await staffAccounts(scope, options.naam)
        .select(sql<string>`count(distinct accounts.id)`.as('totaal'))
        .executeTakeFirstOrThrow();
      return { rows, totaal: Number(totaal) };
    },

    async account(scope: GemeenteScope, id: string): Promise<AccountRij | undefined> {
      return staffAccounts(scope, '')
        .where('accounts.id', '=', id)
        .select([
          'accounts.id',
          'accounts.naam',
          'accounts.email',
          'accounts.actief',
          'accounts.platformbeheerder',
        ])
        .executeTakeFirst();
    },

    async staffRollen(scope: GemeenteScope, accountIds: string[]): Promise<RolRij[]> {
      if (accountIds.length === 0) return [];
      const rows = await scope
        .selectFrom('rollen')
        .leftJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'rollen.gemeente_id')
            .onRef('organisaties.id', '=', 'rollen.organisatie_id'),
        )
        .select([
          'rollen.account_id',
          'rollen.rol',
          'rollen.functie',
          'rollen.organisatie_id',
          'organisaties.naam as organisatie_naam',
        ])
        .where('rollen.account_id', 'in', accountIds)
        .where('rollen.rol', 'in', STAFF)
        .orderBy('rollen.rol')
        .execute();
      return rows.map((r) => ({
        accountId: r.account_id,
        rol: r.rol,
        functie: r.functie,
        organisatieId: r.organisatie_id,
        organisatieNaam: r.organisatie_naam,
      }));
    },

    async organisaties(
      scope: GemeenteScope,
      options: { offset: number; limit: number },
    ): Promise<{ rows: OrganisatieRij[]; totaal: number }> {
      const rows = await scope
        .selectFrom('organisaties')
        .select(['id', 'naam', 'soort'])
        .orderBy('naam')
        .orderBy('id')
        .offset(options.offset)
        .limit(options.limit)
        .execute();
      const { totaal } = await scope
        .selectFrom('organisaties')
        .select(sql<string>`count(*)`.as('totaal'))
        .executeTakeFirstOrThrow();
      return { rows, totaal: Number(totaal) };
    },

    async bestaandeOrganisaties(scope: GemeenteScope, ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await scope
        .selectFrom('organisaties')
        .select('id')
        .where('id', 'in', ids)
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    async insertOrganisatie(
      scope: GemeenteScope,
      values: { naam: string; soort: string },
    ): Promise<OrganisatieRij> {
      return scope
        .insertInto('organisaties', values)
        .returning(['id', 'naam', 'soort'])
        .executeTakeFirstOrThrow();
    },

    async renameOrganisatie(
      scope: GemeenteScope,
      id: string,
      naam: string,
    ): Promise<OrganisatieRij | undefined> {
      return scope
        .updateTable('organisaties')
        .set({ naam })
        .where('id', '=', id)
        .returning(['id', 'naam', 'soort'])
        .executeTakeFirst();
    },

    async gebeurtenis(
      scope: GemeenteScope,
      values: {
        door: string;
        soort: string;
        accountId?: string;
        organisatieId?: string;
        details?: unknown;
      },
    ): Promise<void> {
      await scope
        .insertInto('beheer_gebeurtenissen', {
          door_account_id: values.door,
          soort: values.soort,
          account_id: values.accountId ?? null,
          organisatie_id: values.organisatieId ?? null,
          details: JSON.stringify(values.details ?? {}),
        })
        .execute();
    },
  };
}

export type GebruikersbeheerRepository = ReturnType<typeof createGebruikersbeheerRepository>;
