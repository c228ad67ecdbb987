import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The organisations on the sociale kaart, for the HSDS `/organizations` list. */
export function createHsdsRepository() {
  return {
    async organisaties(
      scope: GemeenteScope,
      opties: { zoek: string | null; offset: number; limit: number },
    ): Promise<{ ids: string[]; totaal: number }> {
      let q = scope.selectFrom('organisaties').where('op_kaart', '=', true);
      if (opties.zoek) {
        const patroon = `%${opties.zoek.replace(/[\\%_]/g, '\\$&')}%`;
        q = q.where(sql<boolean>`naam ILIKE ${patroon}`);
      }
      const rows = await q
        .select(['id', sql<string>`count(*) OVER ()`.as('totaal')])
        .orderBy('naam')
        .orderBy('id')
        .offset(opties.offset)
        .limit(opties.limit)
        .execute();
      return { ids: rows.map((r) => r.id), totaal: Number(rows[0]?.totaal ?? 0) };
    },
  };
}

export type HsdsRepository = ReturnType<typeof createHsdsRepository>;
