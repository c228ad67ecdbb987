import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { Antwoorden, Routering, Verhaal } from './model.ts';

export interface HulpvraagRij {
  id: string;
  persoon_id: string;
  status: string;
  antwoorden: unknown;
  route: string | null;
  organisatie_id: string | null;
  routering: unknown;
  ingediend_op: Date | null;
  reactie_voor: string | null;
  behandelaar_id: string | null;
  behandelaar: string | null;
  behandelaar_organisatie: string | null;
  gewijzigd_op: Date;
}

const reactieVoor = sql<string | null>`to_char(hulpvragen.reactie_voor, 'YYYY-MM-DD')`.as(
  'reactie_voor',
);

/** The only SQL of help requests and the story; every query scoped to the gemeente. */
export function createHulpvragenRepository() {
  const basis = (scope: GemeenteScope) =>
    scope
      .selectFrom('hulpvragen')
      .leftJoin('accounts', 'accounts.id', 'hulpvragen.behandelaar_id')
      .leftJoin('organisaties', (j) =>
        j
          .onRef('organisaties.gemeente_id', '=', 'hulpvragen.gemeente_id')
          .onRef('organisaties.id', '=', 'hulpvragen.organisatie_id'),
      )
      .select([
        'hulpvragen.id',
        'hulpvragen.persoon_id',
        'hulpvragen.status',
        'hulpvragen.antwoorden',
        'hulpvragen.route',
        'hulpvragen.organisatie_id',
        'hulpvragen.routering',
        'hulpvragen.ingediend_op',
        reactieVoor,
        'hulpvragen.behandelaar_id',
        'accounts.naam as behandelaar',
        'organisaties.naam as behandelaar_organisatie',
        'hulpvragen.gewijzigd_op',
      ]);

  return {
    async vanPersoon(scope: GemeenteScope, persoonId: string): Promise<HulpvraagRij[]> {
      return basis(scope)
        .where('hulpvragen.persoon_id', '=', persoonId)
        .orderBy('hulpvragen.aangemaakt_op', 'desc')
        .execute();
    },

    async find(scope: GemeenteScope, id: string): Promise<HulpvraagRij | undefined> {
      return basis(scope).where('hulpvragen.id', '=', id).executeTakeFirst();
    },

    /** Whose request this is — no content, so it can be read before the access check. */
    async persoonVan(scope: GemeenteScope, id: string): Promise<string | undefined> {
      const row = await scope
        .selectFrom('hulpvragen')
        .select('persoon_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.persoon_id;
    },

    async insertConcept(
      scope: GemeenteScope,
      persoonId: string,
      antwoorden: Antwoorden,
    ): Promise<string> {
      const row = await scope
        .insertInto('hulpvragen', {
          persoon_id: persoonId,
          status: 'concept',
          antwoorden: JSON.stringify(antwoorden),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async wijzigAntwoorden(scope: GemeenteScope, id: string, antwoorden: Antwoorden) {
      await scope
        .updateTable('hulpvragen')
        .set({ antwoorden: JSON.stringify(antwoorden), gewijzigd_op: sql<Date>`now()` as never })
        .where('id', '=', id)
        .execute();
    },

    async verstuur(
      scope: GemeenteScope,
      id: string,
      values: { routering: Routering; organisatieId: string },
    ): Promise<void> {
      await scope
        .updateTable('hulpvragen')
        .set({
          status: 'ingediend',
          route: values.routering.route,
          organisatie_id: values.organisatieId,
          routering: JSON.stringify(values.routering),
          ingediend_op: sql<Date>`now()` as never,
          reactie_voor: values.routering.reactieVoor,
          gewijzigd_op: sql<Date>`now()` as never,
        })
        .where('id', '=', id)
        .execute();
    },

    /** A request made from a plan action: sent and checked by the professional at once. */
    async insertUitPlan(
      scope: GemeenteScope,
      persoonId: string,
      antwoorden: Antwoorden,
      routering: Routering,
      organisatieId: string,
    ): Promise<string> {
      const row = await scope
        .insertInto('hulpvragen', {
          persoon_id: persoonId,
          status: 'in-matching',
          antwoorden: JSON.stringify(antwoorden),
          route: 'vrijwilligers',
          organisatie_id: organisatieId,
          routering: JSON.stringify(routering),
          ingediend_op: sql<Date>`now()` as never,
          reactie_voor: routering.reactieVoor,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Moves a request on; only from the expected status (false: someone was first). */
    async zetStatus(
      scope: GemeenteScope,
      id: string,
      van: readonly string[],
      naar: string,
      extra: { behandelaarId?: string; notitie?: string | null } = {},
    ): Promise<boolean> {
      const res = await scope
        .updateTable('hulpvragen')
        .set({
          status: naar,
          ...(extra.behandelaarId ? { behandelaar_id: extra.behandelaarId } : {}),
          ...(extra.notitie !== undefined ? { notitie: extra.notitie } : {}),
          ...(naar === 'afgerond' || naar === 'ingetrokken'
            ? { afgerond_op: sql<Date>`now()` as never }
            : {}),
          gewijzigd_op: sql<Date>`now()` as never,
        })
        .where('id', '=', id)
        .where('status', 'in', [...van])
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async verwijderConcept(scope: GemeenteScope, id: string): Promise<boolean> {
      const res = await scope
        .deleteFrom('hulpvragen')
        .where('id', '=', id)
        .where('status', '=', 'concept')
        .executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    /**
     * The queue of organisations: sent requests with the person's name and contact details.
     * Candidates only — the toegang service keeps those the caller may see, and logs them.
     */
    async werkvoorraad(
      scope: GemeenteScope,
      organisatieIds: readonly string[],
      filter: { route?: string | undefined; statussen: readonly string[] },
    ) {
      if (organisatieIds.length === 0) return [];
      let q = basis(scope)
        .innerJoin('personen', (j) =>
          j
            .onRef('personen.gemeente_id', '=', 'hulpvragen.gemeente_id')
            .onRef('personen.id', '=', 'hulpvragen.persoon_id'),
        )
        .select(['personen.naam as persoon_naam', 'personen.telefoonnummer', 'personen.email'])
        .where('hulpvragen.organisatie_id', 'in', [...organisatieIds])
        .where('hulpvragen.status', 'in', [...filter.statussen])
        .where('personen.gewist_op', 'is', null);
      if (filter.route) q = q.where('hulpvragen.route', '=', filter.route);
      return q.orderBy('hulpvragen.ingediend_op').limit(500).execute();
    },

    async contactVan(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('personen')
        .select(['naam', 'telefoonnummer', 'email', 'postcode'])
        .where('id', '=', persoonId)
        .executeTakeFirst();
    },

    async verhaal(scope: GemeenteScope, persoonId: string): Promise<Verhaal | undefined> {
      return (await this.verhalen(scope, [persoonId])).get(persoonId);
    },

    /** The stories of many persons in one query (the queue). */
    async verhalen(
      scope: GemeenteScope,
      persoonIds: readonly string[],
    ): Promise<Map<string, Verhaal>> {
      if (persoonIds.length === 0) return new Map();
      const rows = await scope
        .selectFrom('verhalen')
        .selectAll()
        .where('persoon_id', 'in', [...new Set(persoonIds)])
        .execute();
      return new Map(
        rows.map((row) => [
          row.persoon_id,
          {
            gaatGoed: row.gaat_goed,
            kanBieden: row.kan_bieden as Verhaal['kanBieden'],
            kanBiedenToelichting: row.kan_bieden_toelichting,
            doetGraag: row.doet_graag,
          },
        ]),
      );
    },

    async bewaarVerhaal(scope: GemeenteScope, persoonId: string, v: Verhaal): Promise<void> {
      const values = {
        gaat_goed: v.gaatGoed,
        kan_bieden: v.kanBieden,
        kan_bieden_toelichting: v.kanBiedenToelichting,
        doet_graag: v.doetGraag,
      };
      await scope
        .insertInto('verhalen', { persoon_id: persoonId, ...values })
        .onConflict((oc) =>
          oc
            .columns(['gemeente_id', 'persoon_id'])
            .doUpdateSet({ ...values, gewijzigd_op: sql<Date>`now()` as never }),
        )
        .execute();
    },

    async organisatieNaam(scope: GemeenteScope, id: string): Promise<string | undefined> {
      const row = await scope
        .selectFrom('organisaties')
        .select('naam')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.naam;
    },

    /** Erasure of category intake: the person's requests (and what hangs on them) and story. */
    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('hulpvragen').where('persoon_id', '=', persoonId).execute();
      await scope.deleteFrom('verhalen').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type HulpvragenRepository = ReturnType<typeof createHulpvragenRepository>;
