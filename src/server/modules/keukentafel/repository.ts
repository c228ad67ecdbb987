import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

const datum = sql<string>`to_char(keukentafelgesprekken.datum, 'YYYY-MM-DD')`.as('datum');

/** The only SQL of instruments and kitchen-table conversations, scoped to the gemeente. */
export function createKeukentafelRepository() {
  return {
    async instrumenten(scope: GemeenteScope) {
      return scope.selectFrom('instrumenten').selectAll().orderBy('naam').execute();
    },

    async instrument(scope: GemeenteScope, id: string) {
      return scope.selectFrom('instrumenten').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async codeBestaat(scope: GemeenteScope, code: string): Promise<boolean> {
      const row = await scope
        .selectFrom('instrumenten')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertInstrument(
      scope: GemeenteScope,
      v: {
        code: string;
        naam: string;
        soort: string;
        min: number;
        max: number;
        labels: string[];
        onderdelen: unknown[];
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('instrumenten', {
          code: v.code,
          naam: v.naam,
          soort: v.soort,
          schaal_min: v.min,
          schaal_max: v.max,
          schaal_labels: JSON.stringify(v.labels),
          onderdelen: JSON.stringify(v.onderdelen),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async zetActief(scope: GemeenteScope, id: string, actief: boolean): Promise<boolean> {
      const res = await scope
        .updateTable('instrumenten')
        .set({ actief })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async gesprekken(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('keukentafelgesprekken')
        .leftJoin('accounts', 'accounts.id', 'keukentafelgesprekken.door')
        .select([
          'keukentafelgesprekken.id',
          'keukentafelgesprekken.instrument',
          datum,
          'keukentafelgesprekken.plaats',
          'keukentafelgesprekken.deelnemers',
          'keukentafelgesprekken.scores',
          'keukentafelgesprekken.sterktes',
          'keukentafelgesprekken.kan_bieden',
          'keukentafelgesprekken.dromen',
          'keukentafelgesprekken.ideale_dag',
          'accounts.naam as door',
          'keukentafelgesprekken.aangemaakt_op',
        ])
        .where('keukentafelgesprekken.persoon_id', '=', persoonId)
        .orderBy('keukentafelgesprekken.datum')
        .orderBy('keukentafelgesprekken.aangemaakt_op')
        .execute();
    },

    async insertGesprek(
      scope: GemeenteScope,
      v: {
        persoonId: string;
        instrument: string;
        datum: string;
        plaats: string;
        deelnemers: unknown;
        scores: unknown;
        sterktes: string;
        kanBieden: string;
        dromen: string;
        idealeDag: string;
        door: string;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('keukentafelgesprekken', {
          persoon_id: v.persoonId,
          instrument: v.instrument,
          datum: v.datum,
          plaats: v.plaats,
          deelnemers: JSON.stringify(v.deelnemers),
          scores: JSON.stringify(v.scores),
          sterktes: v.sterktes,
          kan_bieden: v.kanBieden,
          dromen: v.dromen,
          ideale_dag: v.idealeDag,
          door: v.door,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('keukentafelgesprekken').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type KeukentafelRepository = ReturnType<typeof createKeukentafelRepository>;
