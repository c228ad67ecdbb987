import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, GemeentenTable } from '../../platform/database/tables.ts';
import { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/**
 * `gemeenten` is the tenant registry itself — a platform table, not tenant-owned — so
 * this repository is one of the few that use Kysely directly (see the architecture test).
 */
export type GemeenteRow = Selectable<GemeentenTable>;

export function createGemeentenRepository(db: Kysely<DB>) {
  return {
    async findByCode(code: string): Promise<GemeenteRow | undefined> {
      return db.selectFrom('gemeenten').selectAll().where('code', '=', code).executeTakeFirst();
    },

    async list(offset: number, limit: number): Promise<{ rows: GemeenteRow[]; total: number }> {
      const [rows, count] = await Promise.all([
        db
          .selectFrom('gemeenten')
          .selectAll()
          .orderBy('naam')
          .orderBy('code')
          .offset(offset)
          .limit(limit)
          .execute(),
        db
          .selectFrom('gemeenten')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    /** Everything needed to route requests by host name; small, so read whole. */
    async routingTable(): Promise<Pick<GemeenteRow, 'id' | 'code' | 'naam' | 'hostnamen'>[]> {
      return db
        .selectFrom('gemeenten')
        .select(['id', 'code', 'naam', 'hostnamen'])
        .orderBy('id')
        .execute();
    },

    async insert(values: {
      code: string;
      naam: string;
      hostnamen: string[];
      demo: boolean;
      instellingen: unknown;
    }): Promise<GemeenteRow> {
      return db
        .insertInto('gemeenten')
        .values({ ...values, instellingen: JSON.stringify(values.instellingen) })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async findById(id: number): Promise<GemeenteRow | undefined> {
      return db.selectFrom('gemeenten').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** The settings document of one gemeente (or undefined for an unknown id). */
    async instellingen(id: number): Promise<Record<string, unknown> | undefined> {
      const row = await db
        .selectFrom('gemeenten')
        .select('instellingen')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? ((row.instellingen ?? {}) as Record<string, unknown>) : undefined;
    },

    /**
     * Replaces one key of the settings (other keys stay as they are) and records who did it
     * in the gemeente's admin log (`beheer_gebeurtenissen`), in one transaction.
     */
    async wijzigInstelling(
      id: number,
      sleutel: string,
      waarde: unknown,
      gebeurtenis: { door: string; soort: string; details: unknown },
    ): Promise<GemeenteRow | undefined> {
      const werk = async (trx: Kysely<DB>) => {
        const row = await trx
          .updateTable('gemeenten')
          .set({
            instellingen: sql<string>`jsonb_set(coalesce(instellingen, '{}'::jsonb), ${sql.val([sleutel])}::text[], ${JSON.stringify(waarde)}::jsonb)`,
            gewijzigd_op: sql<Date>`now()`,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) return undefined;
        await new GemeenteScope(trx, id)
          .insertInto('beheer_gebeurtenissen', {
            door_account_id: gebeurtenis.door,
            soort: gebeurtenis.soort,
            details: JSON.stringify(gebeurtenis.details),
          })
          .execute();
        return row;
      };
      // Inside a caller's transaction (the demo seed) join it; otherwise open one.
      return db.isTransaction ? werk(db) : db.transaction().execute(werk);
    },

    async hostnamenInUse(hostnamen: string[]): Promise<string[]> {
      if (hostnamen.length === 0) return [];
      const rows = await db
        .selectFrom('gemeenten')
        .select('hostnamen')
        .where((eb) => eb(eb.val(hostnamen), '&&', eb.ref('hostnamen')))
        .execute();
      const used = new Set(rows.flatMap((r) => r.hostnamen));
      return hostnamen.filter((h) => used.has(h));
    },
  };
}

export type GemeentenRepository = ReturnType<typeof createGemeentenRepository>;
