import { datumKolom } from '../../platform/database/datum-kolom.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The one-time codes of the mantelzorgwaardering (0021); only hashes, see waarderingscode.ts. */
export function createWaarderingscodeRepository() {
  return {
    /**
     * The steunpunt's carers without a Kring account who have not applied for this campaign
     * for at least one of their relations: one row per such relation, with whether the carer
     * already has a code that still works.
     */
    codeKandidaten: (scope: GemeenteScope, rondeId: string, organisatieId: string) =>
      scope
        .selectFrom('mantelzorgrelaties')
        .innerJoin('personen as p', (j) =>
          j
            .onRef('p.gemeente_id', '=', 'mantelzorgrelaties.gemeente_id')
            .onRef('p.id', '=', 'mantelzorgrelaties.mantelzorger_id'),
        )
        .select((eb) => [
          'p.id as persoonId',
          'p.naam',
          'p.email',
          'p.postcode',
          'mantelzorgrelaties.id as relatieId',
          'mantelzorgrelaties.zorgvrager_email as zorgvragerEmail',
          eb
            .exists(
              eb
                .selectFrom('waarderingscodes as c')
                .select('c.id')
                .whereRef('c.gemeente_id', '=', 'p.gemeente_id')
                .whereRef('c.persoon_id', '=', 'p.id')
                .where('c.ronde_id', '=', rondeId)
                .where('c.gebruikt_op', 'is', null)
                .where('c.ingetrokken_op', 'is', null),
            )
            .as('heeftCode'),
        ])
        .where('mantelzorgrelaties.organisatie_id', '=', organisatieId)
        .where('p.account_id', 'is', null)
        .where('p.gewist_op', 'is', null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('waarderingsaanvragen as a')
                .select('a.id')
                .whereRef('a.gemeente_id', '=', 'mantelzorgrelaties.gemeente_id')
                .whereRef('a.relatie_id', '=', 'mantelzorgrelaties.id')
                .where('a.ronde_id', '=', rondeId),
            ),
          ),
        )
        .orderBy('p.naam')
        .orderBy('p.id')
        .execute(),

    /** New letters replace the old: their codes stop working. */
    async trekIn(scope: GemeenteScope, rondeId: string, persoonIds: string[]): Promise<void> {
      if (persoonIds.length === 0) return;
      await scope
        .updateTable('waarderingscodes')
        .set({ ingetrokken_op: new Date() })
        .where('ronde_id', '=', rondeId)
        .where('persoon_id', 'in', persoonIds)
        .where('gebruikt_op', 'is', null)
        .where('ingetrokken_op', 'is', null)
        .execute();
    },

    async insertCode(
      scope: GemeenteScope,
      v: { rondeId: string; persoonId: string; hash: string; geldigTot: string; door: string },
    ): Promise<void> {
      await scope
        .insertInto('waarderingscodes', {
          ronde_id: v.rondeId,
          persoon_id: v.persoonId,
          code_hash: v.hash,
          geldig_tot: v.geldigTot,
          aangemaakt_door: v.door,
          aangemaakt_op: new Date(),
        })
        .execute();
    },

    /** The code with this hash, locked until the transaction ends (one use, even at once). */
    vergrendel: (scope: GemeenteScope, hash: string) =>
      scope
        .selectFrom('waarderingscodes')
        .select([
          'id',
          'ronde_id',
          'persoon_id',
          datumKolom('geldig_tot', 'geldig_tot'),
          'gebruikt_op',
          'ingetrokken_op',
        ])
        .where('code_hash', '=', hash)
        .forUpdate()
        .executeTakeFirst(),

    async gebruikt(scope: GemeenteScope, id: string): Promise<void> {
      await scope
        .updateTable('waarderingscodes')
        .set({ gebruikt_op: new Date() })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type WaarderingscodeRepository = ReturnType<typeof createWaarderingscodeRepository>;
