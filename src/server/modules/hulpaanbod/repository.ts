import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

const vogDatum = sql<string | null>`to_char(hulpaanbod.vog_datum, 'YYYY-MM-DD')`.as('vog_datum');

export interface AanbodVelden {
  categorieen: string[];
  postcode: string;
  straalKm: number;
  tijdvakken: string[];
  urenPerWeek: number;
  maxKoppelingen: number;
  talen: string[];
  soort: string;
  vogStatus: string;
  vogDatum: string | null;
  geslacht: string | null;
  geboortejaar: number | null;
  toelichting: string | null;
}

const KOLOMMEN: Record<keyof AanbodVelden, string> = {
  categorieen: 'categorieen',
  postcode: 'postcode',
  straalKm: 'straal_km',
  tijdvakken: 'tijdvakken',
  urenPerWeek: 'uren_per_week',
  maxKoppelingen: 'max_koppelingen',
  talen: 'talen',
  soort: 'soort',
  vogStatus: 'vog_status',
  vogDatum: 'vog_datum',
  geslacht: 'geslacht',
  geboortejaar: 'geboortejaar',
  toelichting: 'toelichting',
};

function kolommen(v: Partial<AanbodVelden>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, w]) => w !== undefined)
      .map(([k, w]) => [KOLOMMEN[k as keyof AanbodVelden], w]),
  );
}

/** The only SQL of volunteers' offers; every query scoped to the gemeente. */
export function createHulpaanbodRepository() {
  const basis = (scope: GemeenteScope) =>
    scope
      .selectFrom('hulpaanbod')
      .innerJoin('personen', (j) =>
        j
          .onRef('personen.gemeente_id', '=', 'hulpaanbod.gemeente_id')
          .onRef('personen.id', '=', 'hulpaanbod.persoon_id'),
      )
      .leftJoin('accounts', 'accounts.id', 'hulpaanbod.beoordeeld_door')
      .select([
        'hulpaanbod.id',
        'hulpaanbod.persoon_id',
        'hulpaanbod.organisatie_id',
        'hulpaanbod.status',
        'hulpaanbod.categorieen',
        'hulpaanbod.postcode',
        'hulpaanbod.straal_km',
        'hulpaanbod.tijdvakken',
        'hulpaanbod.uren_per_week',
        'hulpaanbod.max_koppelingen',
        'hulpaanbod.talen',
        'hulpaanbod.soort',
        'hulpaanbod.vog_status',
        vogDatum,
        'hulpaanbod.geslacht',
        'hulpaanbod.geboortejaar',
        'hulpaanbod.toelichting',
        'hulpaanbod.intake_notitie',
        'hulpaanbod.beoordeeld_op',
        'accounts.naam as beoordelaar',
        'hulpaanbod.reden',
        'hulpaanbod.aangemeld_op',
        'personen.naam',
        'personen.telefoonnummer',
        'personen.email',
        'personen.account_id',
      ])
      .where('personen.gewist_op', 'is', null);

  return {
    async vanPersoon(scope: GemeenteScope, persoonId: string) {
      return basis(scope)
        .where('hulpaanbod.persoon_id', '=', persoonId)
        .orderBy('hulpaanbod.aangemeld_op', 'desc')
        .execute();
    },

    async find(scope: GemeenteScope, id: string) {
      return basis(scope).where('hulpaanbod.id', '=', id).executeTakeFirst();
    },

    async persoonVan(scope: GemeenteScope, id: string): Promise<string | undefined> {
      const row = await scope
        .selectFrom('hulpaanbod')
        .select('persoon_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.persoon_id;
    },

    /** Candidates for a coordinator's list; the toegang service filters and logs them. */
    async vanOrganisaties(
      scope: GemeenteScope,
      organisatieIds: readonly string[],
      status: string | undefined,
    ) {
      if (organisatieIds.length === 0) return [];
      let q = basis(scope).where('hulpaanbod.organisatie_id', 'in', [...organisatieIds]);
      if (status) q = q.where('hulpaanbod.status', '=', status);
      return q.orderBy('hulpaanbod.aangemeld_op').limit(500).execute();
    },

    async insert(
      scope: GemeenteScope,
      persoonId: string,
      organisatieId: string,
      v: AanbodVelden,
    ): Promise<string> {
      const row = await scope
        .insertInto('hulpaanbod', {
          persoon_id: persoonId,
          organisatie_id: organisatieId,
          ...(kolommen(v) as Omit<Parameters<GemeenteScope['insertInto']>[1], never>),
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async wijzig(scope: GemeenteScope, id: string, v: Partial<AanbodVelden>): Promise<void> {
      await scope
        .updateTable('hulpaanbod')
        .set({ ...kolommen(v), gewijzigd_op: sql<Date>`now()` } as never)
        .where('id', '=', id)
        .execute();
    },

    async beoordeel(
      scope: GemeenteScope,
      id: string,
      v: {
        status: string;
        door: string;
        reden: string | null;
        intakeNotitie: string | null;
        vogStatus?: string | undefined;
        vogDatum?: string | undefined;
      },
    ): Promise<boolean> {
      const res = await scope
        .updateTable('hulpaanbod')
        .set({
          status: v.status,
          beoordeeld_door: v.door,
          beoordeeld_op: sql<Date>`now()` as never,
          reden: v.reden,
          ...(v.intakeNotitie !== null ? { intake_notitie: v.intakeNotitie } : {}),
          ...(v.vogStatus ? { vog_status: v.vogStatus } : {}),
          ...(v.vogDatum ? { vog_datum: v.vogDatum } : {}),
          gewijzigd_op: sql<Date>`now()` as never,
        })
        .where('id', '=', id)
        .where('status', '=', 'aangemeld')
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    /** Approved offers of the organisations (candidates for a match). */
    async goedgekeurd(scope: GemeenteScope, organisatieIds: readonly string[]) {
      if (organisatieIds.length === 0) return [];
      return basis(scope)
        .where('hulpaanbod.organisatie_id', 'in', [...organisatieIds])
        .where('hulpaanbod.status', '=', 'goedgekeurd')
        .limit(5000)
        .execute();
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('hulpaanbod').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type HulpaanbodRepository = ReturnType<typeof createHulpaanbodRepository>;
export type AanbodRij = NonNullable<Awaited<ReturnType<HulpaanbodRepository['find']>>>;
