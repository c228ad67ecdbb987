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
        'koppelingen.gewijzigd_op',
        'koppelingen.bron',
        'koppelingen.score',
        'koppelingen.actief_sinds',
        'koppelingen.evaluatie_gevraagd_op',
        'koppelingen.einde_reden',
        'koppelingen.herinnerd_op',
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

    /**
     * Pairs that went well before, for the continuity bonus: a resident (person) and an
     * offer whose match ended with its goal reached or that either side called good.
     */
    async goedeParen(scope: GemeenteScope, inwonerPersoonIds: readonly string[]) {
      if (inwonerPersoonIds.length === 0) return [];
      return scope
        .selectFrom('koppelingen')
        .innerJoin('hulpvragen', (j) =>
          j
            .onRef('hulpvragen.gemeente_id', '=', 'koppelingen.gemeente_id')
            .onRef('hulpvragen.id', '=', 'koppelingen.hulpvraag_id'),
        )
        .select(['hulpvragen.persoon_id', 'koppelingen.aanbod_id'])
        .where('hulpvragen.persoon_id', 'in', [...inwonerPersoonIds])
        .where((eb) =>
          eb.or([
            eb('koppelingen.einde_reden', '=', 'doel-bereikt'),
            eb.exists(
              eb
                .selectFrom('koppeling_evaluaties')
                .select('koppeling_evaluaties.kant')
                .whereRef('koppeling_evaluaties.gemeente_id', '=', 'koppelingen.gemeente_id')
                .whereRef('koppeling_evaluaties.koppeling_id', '=', 'koppelingen.id')
                .where('koppeling_evaluaties.oordeel', '=', 'goed'),
            ),
          ]),
        )
        .distinct()
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
        bron: 'hand' | 'optimalisatie';
        score: number | null;
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
          bron: v.bron,
          score: v.score,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async zetStatus(
      scope: GemeenteScope,
      id: string,
      status: string,
      stap: { door: string | null; reden: string | null; eindeReden?: string | null },
    ): Promise<void> {
      // A new step starts a new wait: the reminder of the old one no longer counts.
      await scope
        .updateTable('koppelingen')
        .set({
          status,
          gewijzigd_op: sql<Date>`now()` as never,
          herinnerd_op: null,
          ...(status === 'actief' ? { actief_sinds: sql<Date>`now()` as never } : {}),
          ...(status === 'beeindigd' ? { einde_reden: stap.eindeReden ?? null } : {}),
        })
        .where('id', '=', id)
        .execute();
      await scope
        .insertInto('koppeling_stappen', {
          koppeling_id: id,
          status,
          door: stap.door,
          reden: stap.reden,
          op: sql<Date>`clock_timestamp()` as never,
        })
        .execute();
    },

    async evaluaties(scope: GemeenteScope, koppelingIds: readonly string[]) {
      if (koppelingIds.length === 0) return [];
      return scope
        .selectFrom('koppeling_evaluaties')
        .select(['koppeling_id', 'kant', 'oordeel', 'doorgaan', 'opmerking', 'op'])
        .where('koppeling_id', 'in', [...koppelingIds])
        .orderBy('op')
        .execute();
    },

    /** One answer per side; a second is refused by the primary key (the service checks first). */
    async evaluatieOpslaan(
      scope: GemeenteScope,
      v: {
        koppelingId: string;
        kant: string;
        oordeel: string;
        doorgaan: boolean;
        opmerking: string | null;
        door: string;
      },
    ): Promise<void> {
      await scope
        .insertInto('koppeling_evaluaties', {
          koppeling_id: v.koppelingId,
          kant: v.kant,
          oordeel: v.oordeel,
          doorgaan: v.doorgaan,
          opmerking: v.opmerking,
          door: v.door,
        })
        .execute();
    },

    /** For the daily job: every match that may need a reminder or an evaluation. */
    async lopendeVoorVoortgang(scope: GemeenteScope) {
      return basis(scope)
        .where('koppelingen.status', 'in', [
          'goedgekeurd',
          'vrijwilliger-akkoord',
          'kennismaking',
          'actief',
        ])
        .execute();
    },

    /** Erasure: one side's evaluations (the matches go with the request or the offer). */
    async wisEvaluaties(
      scope: GemeenteScope,
      per: { inwoner: readonly string[]; vrijwilliger: readonly string[] },
    ): Promise<void> {
      for (const kant of ['inwoner', 'vrijwilliger'] as const) {
        if (per[kant].length === 0) continue;
        await scope
          .deleteFrom('koppeling_evaluaties')
          .where('kant', '=', kant)
          .where('koppeling_id', 'in', [...per[kant]])
          .execute();
      }
    },

    async markeer(
      scope: GemeenteScope,
      id: string,
      wat: { herinnerdOp?: Date; evaluatieGevraagdOp?: Date },
    ): Promise<void> {
      await scope
        .updateTable('koppelingen')
        .set({
          ...(wat.herinnerdOp ? { herinnerd_op: wat.herinnerdOp } : {}),
          ...(wat.evaluatieGevraagdOp ? { evaluatie_gevraagd_op: wat.evaluatieGevraagdOp } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    async stap(
      scope: GemeenteScope,
      id: string,
      status: string,
      door: string | null,
      reden: string | null = null,
    ): Promise<void> {
      // clock_timestamp, not now(): two steps in one transaction keep their order.
      await scope
        .insertInto('koppeling_stappen', {
          koppeling_id: id,
          status,
          door,
          reden,
          op: sql<Date>`clock_timestamp()` as never,
        })
        .execute();
    },
  };
}

export type KoppelingenRepository = ReturnType<typeof createKoppelingenRepository>;
export type KoppelingRij = NonNullable<Awaited<ReturnType<KoppelingenRepository['find']>>>;
