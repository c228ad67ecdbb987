import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

const datum = sql<string>`to_char(casusoverleggen.datum, 'YYYY-MM-DD')`.as('datum');

/** The only SQL of case conferences, scoped to the gemeente. */
export function createCasusoverlegRepository() {
  return {
    async vanPersoon(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('casusoverleggen')
        .select(['id', datum, 'agenda', 'notities', 'deelnemers', 'besluiten'])
        .where('persoon_id', '=', persoonId)
        .orderBy('casusoverleggen.datum', 'desc')
        .execute();
    },

    async insert(
      scope: GemeenteScope,
      v: { persoonId: string; datum: string; agenda: string; deelnemers: unknown; door: string },
    ): Promise<string> {
      const row = await scope
        .insertInto('casusoverleggen', {
          persoon_id: v.persoonId,
          datum: v.datum,
          agenda: v.agenda,
          deelnemers: JSON.stringify(v.deelnemers),
          door: v.door,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async verslag(
      scope: GemeenteScope,
      persoonId: string,
      id: string,
      v: { notities: string; besluiten: unknown },
    ): Promise<boolean> {
      const res = await scope
        .updateTable('casusoverleggen')
        .set({
          notities: v.notities,
          besluiten: JSON.stringify(v.besluiten),
          gewijzigd_op: sql<Date>`now()` as never,
        })
        .where('persoon_id', '=', persoonId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('casusoverleggen').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type CasusoverlegRepository = ReturnType<typeof createCasusoverlegRepository>;
