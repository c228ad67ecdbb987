import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The only SQL of network members, scoped to the gemeente. */
export function createNetwerkkaartRepository() {
  return {
    async leden(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('netwerkleden')
        .selectAll()
        .where('persoon_id', '=', persoonId)
        .orderBy('sector')
        .orderBy('nabijheid')
        .orderBy('naam')
        .execute();
    },

    async insert(
      scope: GemeenteScope,
      persoonId: string,
      v: {
        naam: string;
        sector: string;
        relatie: string;
        nabijheid: number;
        kanHelpenMet: string;
        accountId: string | null;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('netwerkleden', {
          persoon_id: persoonId,
          naam: v.naam,
          sector: v.sector,
          relatie: v.relatie,
          nabijheid: v.nabijheid,
          kan_helpen_met: v.kanHelpenMet,
          account_id: v.accountId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(
      scope: GemeenteScope,
      persoonId: string,
      id: string,
      v: {
        naam: string;
        sector: string;
        relatie: string;
        nabijheid: number;
        kanHelpenMet: string;
        accountId: string | null;
      },
    ): Promise<boolean> {
      const res = await scope
        .updateTable('netwerkleden')
        .set({
          naam: v.naam,
          sector: v.sector,
          relatie: v.relatie,
          nabijheid: v.nabijheid,
          kan_helpen_met: v.kanHelpenMet,
          account_id: v.accountId,
        })
        .where('persoon_id', '=', persoonId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async verwijder(scope: GemeenteScope, persoonId: string, id: string): Promise<boolean> {
      const res = await scope
        .deleteFrom('netwerkleden')
        .where('persoon_id', '=', persoonId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('netwerkleden').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type NetwerkkaartRepository = ReturnType<typeof createNetwerkkaartRepository>;
