import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The only SQL of message threads; every query scoped to the gemeente. */
export function createBerichtenRepository() {
  return {
    async vind(
      scope: GemeenteScope,
      over: { hulpvraagId?: string | undefined; koppelingId?: string | undefined },
    ) {
      let q = scope.selectFrom('gesprekken').selectAll();
      q = over.hulpvraagId
        ? q.where('hulpvraag_id', '=', over.hulpvraagId)
        : q.where('koppeling_id', '=', over.koppelingId ?? '');
      return q.executeTakeFirst();
    },

    async find(scope: GemeenteScope, id: string) {
      return scope.selectFrom('gesprekken').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async maak(
      scope: GemeenteScope,
      v: { persoonId: string; hulpvraagId: string | null; koppelingId: string | null },
      deelnemers: readonly string[],
    ): Promise<string> {
      const row = await scope
        .insertInto('gesprekken', {
          persoon_id: v.persoonId,
          hulpvraag_id: v.hulpvraagId,
          koppeling_id: v.koppelingId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.voegToe(scope, row.id, deelnemers);
      return row.id;
    },

    async voegToe(scope: GemeenteScope, gesprekId: string, accounts: readonly string[]) {
      if (accounts.length === 0) return;
      await scope
        .insertInto(
          'gesprek_deelnemers',
          [...new Set(accounts)].map((account_id) => ({ gesprek_id: gesprekId, account_id })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async deelnemers(scope: GemeenteScope, gesprekId: string) {
      return scope
        .selectFrom('gesprek_deelnemers')
        .innerJoin('accounts', 'accounts.id', 'gesprek_deelnemers.account_id')
        .select([
          'gesprek_deelnemers.account_id',
          'accounts.naam',
          'gesprek_deelnemers.gelezen_tot',
        ])
        .where('gesprek_deelnemers.gesprek_id', '=', gesprekId)
        .execute();
    },

    async vanAccount(scope: GemeenteScope, accountId: string) {
      return scope
        .selectFrom('gesprek_deelnemers')
        .innerJoin('gesprekken', (j) =>
          j
            .onRef('gesprekken.gemeente_id', '=', 'gesprek_deelnemers.gemeente_id')
            .onRef('gesprekken.id', '=', 'gesprek_deelnemers.gesprek_id'),
        )
        .select([
          'gesprekken.id',
          'gesprekken.persoon_id',
          'gesprekken.hulpvraag_id',
          'gesprekken.koppeling_id',
          'gesprek_deelnemers.gelezen_tot',
        ])
        .where('gesprek_deelnemers.account_id', '=', accountId)
        .execute();
    },

    async berichten(scope: GemeenteScope, gesprekId: string) {
      return scope
        .selectFrom('berichten')
        .leftJoin('accounts', 'accounts.id', 'berichten.van')
        .select([
          'berichten.id',
          'berichten.van',
          'accounts.naam',
          'berichten.tekst',
          'berichten.op',
        ])
        .where('berichten.gesprek_id', '=', gesprekId)
        .orderBy('berichten.op')
        .orderBy('berichten.id')
        .limit(1000)
        .execute();
    },

    async laatste(scope: GemeenteScope, gesprekId: string) {
      return scope
        .selectFrom('berichten')
        .select(['op', 'van'])
        .where('gesprek_id', '=', gesprekId)
        .orderBy('op', 'desc')
        .execute();
    },

    async schrijf(scope: GemeenteScope, gesprekId: string, van: string, tekst: string) {
      return scope
        .insertInto('berichten', { gesprek_id: gesprekId, van, tekst })
        .returning(['id', 'op'])
        .executeTakeFirstOrThrow();
    },

    async gelezen(scope: GemeenteScope, gesprekId: string, accountId: string) {
      await scope
        .updateTable('gesprek_deelnemers')
        .set({ gelezen_tot: sql<Date>`now()` as never })
        .where('gesprek_id', '=', gesprekId)
        .where('account_id', '=', accountId)
        .execute();
    },

    /** Erasure: the threads about this person, with their messages. */
    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('gesprekken').where('persoon_id', '=', persoonId).execute();
    },

    async inzage(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('berichten')
        .innerJoin('gesprekken', (j) =>
          j
            .onRef('gesprekken.gemeente_id', '=', 'berichten.gemeente_id')
            .onRef('gesprekken.id', '=', 'berichten.gesprek_id'),
        )
        .leftJoin('accounts', 'accounts.id', 'berichten.van')
        .select(['berichten.gesprek_id', 'accounts.naam as van', 'berichten.tekst', 'berichten.op'])
        .where('gesprekken.persoon_id', '=', persoonId)
        .orderBy('berichten.op')
        .execute();
    },
  };
}

export type BerichtenRepository = ReturnType<typeof createBerichtenRepository>;
