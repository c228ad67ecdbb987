import type { Kysely, Selectable } from 'kysely';
import type { DB, GemeentenTable } from '../../platform/database/tables.ts';

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
