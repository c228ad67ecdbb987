import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

const deadline = sql<string | null>`to_char(plan_acties.deadline, 'YYYY-MM-DD')`.as('deadline');

export interface ActieVelden {
  id?: string | undefined;
  omschrijving: string;
  eigenaarSoort: string;
  eigenaar: string;
  netwerklidId: string | null;
  aanbodId: string | null;
  organisatieId: string | null;
  deadline: string | null;
  status: string;
}

/** The only SQL of plans, scoped to the gemeente. */
export function createPlannenRepository() {
  return {
    async plan(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('plannen')
        .leftJoin('accounts', 'accounts.id', 'plannen.gewijzigd_door')
        .select(['plannen.hoofddoel', 'plannen.gewijzigd_op', 'accounts.naam as door'])
        .where('plannen.persoon_id', '=', persoonId)
        .executeTakeFirst();
    },

    async doelen(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('plan_doelen')
        .select(['id', 'titel'])
        .where('persoon_id', '=', persoonId)
        .orderBy('volgorde')
        .execute();
    },

    async acties(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('plan_acties')
        .select([
          'plan_acties.id',
          'plan_acties.doel_id',
          'plan_acties.omschrijving',
          'plan_acties.eigenaar_soort',
          'plan_acties.eigenaar',
          'plan_acties.netwerklid_id',
          'plan_acties.aanbod_id',
          'plan_acties.organisatie_id',
          deadline,
          'plan_acties.status',
          'plan_acties.hulpvraag_id',
        ])
        .where('plan_acties.persoon_id', '=', persoonId)
        .orderBy('plan_acties.volgorde')
        .execute();
    },

    async reacties(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('plan_reacties')
        .select(['akkoord', 'tekst', 'op'])
        .where('persoon_id', '=', persoonId)
        .orderBy('op')
        .execute();
    },

    /**
     * Replaces the plan's tree; actions that keep their id keep their link to a help request.
     * One transaction (the caller's).
     */
    async vervang(
      scope: GemeenteScope,
      persoonId: string,
      door: string,
      plan: {
        hoofddoel: string;
        doelen: { id?: string | undefined; titel: string; acties: ActieVelden[] }[];
      },
    ): Promise<void> {
      const links = new Map(
        (
          await scope
            .selectFrom('plan_acties')
            .select(['id', 'hulpvraag_id'])
            .where('persoon_id', '=', persoonId)
            .execute()
        ).map((a) => [a.id, a.hulpvraag_id]),
      );
      await scope
        .insertInto('plannen', {
          persoon_id: persoonId,
          hoofddoel: plan.hoofddoel,
          gewijzigd_door: door,
        })
        .onConflict((oc) =>
          oc.columns(['gemeente_id', 'persoon_id']).doUpdateSet({
            hoofddoel: plan.hoofddoel,
            gewijzigd_door: door,
            gewijzigd_op: sql<Date>`now()` as never,
          }),
        )
        .execute();
      await scope.deleteFrom('plan_doelen').where('persoon_id', '=', persoonId).execute();
      let volgorde = 0;
      for (const [i, d] of plan.doelen.entries()) {
        const doel = await scope
          .insertInto('plan_doelen', {
            ...(d.id ? { id: d.id } : {}),
            persoon_id: persoonId,
            titel: d.titel,
            volgorde: i,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const a of d.acties) {
          await scope
            .insertInto('plan_acties', {
              ...(a.id ? { id: a.id } : {}),
              persoon_id: persoonId,
              doel_id: doel.id,
              omschrijving: a.omschrijving,
              eigenaar_soort: a.eigenaarSoort,
              eigenaar: a.eigenaar,
              netwerklid_id: a.netwerklidId,
              aanbod_id: a.aanbodId,
              organisatie_id: a.organisatieId,
              deadline: a.deadline,
              status: a.status,
              hulpvraag_id: (a.id ? links.get(a.id) : null) ?? null,
              volgorde: volgorde++,
            })
            .execute();
        }
      }
    },

    /** One more action under a subgoal of this person's plan; undefined: no such subgoal. */
    async voegActieToe(
      scope: GemeenteScope,
      persoonId: string,
      doelId: string,
      a: Omit<ActieVelden, 'id'>,
    ): Promise<string | undefined> {
      const doel = await scope
        .selectFrom('plan_doelen')
        .select('id')
        .where('persoon_id', '=', persoonId)
        .where('id', '=', doelId)
        .executeTakeFirst();
      if (!doel) return undefined;
      const max = await scope
        .selectFrom('plan_acties')
        .select((eb) => eb.fn.max('volgorde').as('m'))
        .where('persoon_id', '=', persoonId)
        .executeTakeFirst();
      const row = await scope
        .insertInto('plan_acties', {
          persoon_id: persoonId,
          doel_id: doelId,
          omschrijving: a.omschrijving,
          eigenaar_soort: a.eigenaarSoort,
          eigenaar: a.eigenaar,
          netwerklid_id: a.netwerklidId,
          aanbod_id: a.aanbodId,
          organisatie_id: a.organisatieId,
          deadline: a.deadline,
          status: a.status,
          volgorde: Number(max?.m ?? -1) + 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async koppelHulpvraag(scope: GemeenteScope, actieId: string, hulpvraagId: string) {
      await scope
        .updateTable('plan_acties')
        .set({ hulpvraag_id: hulpvraagId, eigenaar_soort: 'vrijwilliger' })
        .where('id', '=', actieId)
        .execute();
    },

    async reageer(scope: GemeenteScope, persoonId: string, akkoord: boolean, tekst: string) {
      await scope.insertInto('plan_reacties', { persoon_id: persoonId, akkoord, tekst }).execute();
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('plan_reacties').where('persoon_id', '=', persoonId).execute();
      await scope.deleteFrom('plannen').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type PlannenRepository = ReturnType<typeof createPlannenRepository>;
