import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The only SQL of matches and their steps; every query scoped to the gemeente. */
export function createKoppelingenRepository() {
  /** A match with the two persons it joins (ids only; names come through toegang). */
  const basis = (scope: GemeenteScope) =>
    scope
      .selectFrom('koppelingen')
      .innerJoin('hulpvragen', (j) =>
        j
          .onRef('hulpvragen.gemeente_id', '=', 'koppelingen.gemeente_id')
          .onRef('hulpvragen.id', '=', 'koppelingen.hulpvraag_id'),
      )
      .innerJoin('hulpaanbod', (j) =>
        j
          .onRef('hulpaanbod.gemeente_id', '=', 'koppelingen.gemeente_id')
          .onRef('hulpaanbod.id', '=', 'koppelingen.aanbod_id'),
      )
      .select([
        'koppelingen.id',
        'koppelingen.status',
        'koppelingen.hulpvraag_id',
        'koppelingen.aanbod_id',
        'koppelingen.toelichting',
        'koppelingen.afstand_km',
        'koppelingen.aangemaakt_op',
        'hulpvragen.persoon_id as inwoner_persoon_id',
        'hulpvragen.organisatie_id',
        'hulpaanbod.persoon_id as vrijwilliger_persoon_id',
      ]);

  return {
    async find(scope: GemeenteScope, id: string) {
      return basis(scope).where('koppelingen.id', '=', id).executeTakeFirst();
    },

    /** Locks the match for a step, so two answers at once cannot both pass. */
    async vergrendel(scope: GemeenteScope, id: string) {
      return basis(scope)
        .where('koppelingen.id', '=', id)
        .forUpdate('koppelingen')
        .executeTakeFirst();
    },

    async vanPersoon(scope: GemeenteScope, persoonId: string) {
      return basis(scope)
        .where((eb) =>
          eb.or([
            eb('hulpvragen.persoon_id', '=', persoonId),
            eb('hulpaanbod.persoon_id', '=', persoonId),
          ]),
        )
        .orderBy('koppelingen.aangemaakt_op', 'desc')
        .execute();
    },

    async vanOrganisaties(scope: GemeenteScope, organisatieIds: readonly string[]) {
      if (organisatieIds.length === 0) return [];
      return basis(scope)
        .where('hulpvragen.organisatie_id', 'in', [...organisatieIds])
        .orderBy('koppelingen.aangemaakt_op', 'desc')
        .limit(500)
        .execute();
    },

    async stappen(scope: GemeenteScope, koppelingIds: readonly string[]) {
      if (koppelingIds.length === 0) return [];
      return scope
        .selectFrom('koppeling_stappen')
        .select(['koppeling_id', 'status', 'reden', 'op'])
        .where('koppeling_id', 'in', [...koppelingIds])
        .orderBy('op')
        .orderBy('id')
        .execute();
    },

    /** Running matches per offer (capacity) and pairs refused before. */
    async lopendPerAanbod(scope: GemeenteScope): Promise<Map<string, number>> {
      const rows = await scope
        .selectFrom('koppelingen')
        .select(['aanbod_id', (eb) => eb.fn.countAll<string>().as('n')])
        .where('status', 'not in', ['afgewezen', 'beeindigd'])
        .groupBy('aanbod_id')
        .execute();
      return new Map(rows.map((r) => [r.aanbod_id, Number(r.n)]));
    },

    async paren(scope: GemeenteScope, hulpvraagId: string) {
      return scope
        .selectFrom('koppelingen')
        .select(['aanbod_id', 'status'])
        .where('hulpvraag_id', '=', hulpvraagId)
        .execute();
    },

    /** The pairs of many requests in one query (the optimiser's whole pool). */
    async parenVan(scope: GemeenteScope, hulpvraagIds: readonly string[]) {
      if (hulpvraagIds.length === 0) return [];
      return scope
        .selectFrom('koppelingen')
        .select(['hulpvraag_id', 'aanbod_id', 'status'])
        .where('hulpvraag_id', 'in', [...hulpvraagIds])
        .execute();
    },

    async insert(
      scope: GemeenteScope,
      v: {
        hulpvraagId: string;
        aanbodId: string;
        status: string;
        toelichting: string;
        afstandKm: number | null;
        door: string;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('koppelingen', {
          hulpvraag_id: v.hulpvraagId,
          aanbod_id: v.aanbodId,
          status: v.status,
          toelichting: v.toelichting,
          afstand_km: v.afstandKm,
          voorgesteld_door: v.door,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async zetStatus(
      scope: GemeenteScope,
      id: string,
      status: string,
      stap: { door: string | null; reden: string | null },
    ): Promise<void> {
      await scope
        .updateTable('koppelingen')
        .set({ status, gewijzigd_op: sql<Date>`now()` as never })
        .where('id', '=', id)
        .execute();
      await scope
        .insertInto('koppeling_stappen', {
          koppeling_id: id,
          status,
          door: stap.door,
          reden: stap.reden,
        })
        .execute();
    },

    async stap(
      scope: GemeenteScope,
      id: string,
      status: string,
      door: string | null,
      reden: string | null = null,
    ): Promise<void> {
      await scope
        .insertInto('koppeling_stappen', { koppeling_id: id, status, door, reden })
        .execute();
    },
  };
}

export type KoppelingenRepository = ReturnType<typeof createKoppelingenRepository>;
export type KoppelingRij = NonNullable<Awaited<ReturnType<KoppelingenRepository['find']>>>;
