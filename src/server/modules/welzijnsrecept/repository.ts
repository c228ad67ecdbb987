import { sql } from 'kysely';
import { datumKolomOfNull as d } from '../../platform/database/datum-kolom.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The only SQL of Welzijn op Recept, scoped to the gemeente. */
export function createWelzijnsreceptRepository() {
  function receptSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('welzijnsrecepten')
      .innerJoin('personen as p', (j) =>
        j
          .onRef('p.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
          .onRef('p.id', '=', 'welzijnsrecepten.persoon_id'),
      )
      .innerJoin('organisaties as pr', (j) =>
        j
          .onRef('pr.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
          .onRef('pr.id', '=', 'welzijnsrecepten.praktijk_id'),
      )
      .innerJoin('organisaties as ont', (j) =>
        j
          .onRef('ont.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
          .onRef('ont.id', '=', 'welzijnsrecepten.ontvanger_id'),
      )
      .leftJoin('accounts as v', 'v.id', 'welzijnsrecepten.verwijzer_id')
      .leftJoin('accounts as c', 'c.id', 'welzijnsrecepten.coach_id')
      .select([
        'welzijnsrecepten.id',
        'welzijnsrecepten.persoon_id',
        'p.naam as persoon_naam',
        'p.telefoonnummer as persoon_telefoon',
        'p.email as persoon_email',
        'welzijnsrecepten.praktijk_id',
        'pr.naam as praktijk_naam',
        'welzijnsrecepten.verwijzer_id',
        'v.naam as verwijzer_naam',
        'welzijnsrecepten.ontvanger_id',
        'ont.naam as ontvanger_naam',
        'welzijnsrecepten.coach_id',
        'c.naam as coach_naam',
        'welzijnsrecepten.bron',
        'welzijnsrecepten.status',
        'welzijnsrecepten.status_reden',
        'welzijnsrecepten.reden',
        'welzijnsrecepten.wat_ik_belangrijk_vind',
        'welzijnsrecepten.contact_voorkeur',
        'welzijnsrecepten.verstuurd_op',
        d('welzijnsrecepten.eerste_contact_voor', 'eerste_contact_voor'),
        d('welzijnsrecepten.eerste_contact_op', 'eerste_contact_op'),
        'welzijnsrecepten.herinnerd_op',
        'welzijnsrecepten.interesses',
        'welzijnsrecepten.mogelijkheden',
        'welzijnsrecepten.aanbod_id',
        'welzijnsrecepten.aanbod_naam',
        'welzijnsrecepten.aanbod_soort',
        d('welzijnsrecepten.activiteit_start', 'activiteit_start'),
        'welzijnsrecepten.meegegaan',
        'welzijnsrecepten.delen_met_huisarts',
        d('welzijnsrecepten.vervolg_op', 'vervolg_op'),
        'welzijnsrecepten.samenvatting',
        'welzijnsrecepten.aangemaakt_op',
        'welzijnsrecepten.gewijzigd_op',
      ]);
  }

  return {
    /** Organisations this practice may refer to (configured per gemeente or per practice). */
    async ontvangers(scope: GemeenteScope, praktijkId: string) {
      return scope
        .selectFrom('recept_ontvangers')
        .innerJoin('organisaties as org', (j) =>
          j
            .onRef('org.gemeente_id', '=', 'recept_ontvangers.gemeente_id')
            .onRef('org.id', '=', 'recept_ontvangers.organisatie_id'),
        )
        .select(['org.id', 'org.naam'])
        .where((eb) =>
          eb.or([
            eb('recept_ontvangers.praktijk_id', 'is', null),
            eb('recept_ontvangers.praktijk_id', '=', praktijkId),
          ]),
        )
        .distinct()
        .orderBy('org.naam')
        .execute();
    },

    async voegOntvangerToe(scope: GemeenteScope, organisatieId: string, praktijkId: string | null) {
      await scope
        .insertInto('recept_ontvangers', { organisatie_id: organisatieId, praktijk_id: praktijkId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async ontvangerRegels(scope: GemeenteScope) {
      return scope
        .selectFrom('recept_ontvangers')
        .innerJoin('organisaties as org', (j) =>
          j
            .onRef('org.gemeente_id', '=', 'recept_ontvangers.gemeente_id')
            .onRef('org.id', '=', 'recept_ontvangers.organisatie_id'),
        )
        .leftJoin('organisaties as pr', (j) =>
          j
            .onRef('pr.gemeente_id', '=', 'recept_ontvangers.gemeente_id')
            .onRef('pr.id', '=', 'recept_ontvangers.praktijk_id'),
        )
        .select([
          'recept_ontvangers.organisatie_id',
          'org.naam as organisatie',
          'recept_ontvangers.praktijk_id',
          'pr.naam as praktijk',
        ])
        .orderBy('org.naam')
        .orderBy('pr.naam')
        .execute();
    },

    /** Replaces every rule (inside the caller's transaction). */
    async vervangOntvangerRegels(
      scope: GemeenteScope,
      regels: readonly { organisatieId: string; praktijkId: string | null }[],
    ): Promise<void> {
      await scope.deleteFrom('recept_ontvangers').execute();
      if (regels.length === 0) return;
      await scope
        .insertInto(
          'recept_ontvangers',
          regels.map((r) => ({ organisatie_id: r.organisatieId, praktijk_id: r.praktijkId })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async organisatiesMetSoort(scope: GemeenteScope) {
      return scope
        .selectFrom('organisaties')
        .select(['id', 'naam', 'soort'])
        .orderBy('naam')
        .execute();
    },

    async organisatieNaam(scope: GemeenteScope, id: string): Promise<string | undefined> {
      const r = await scope
        .selectFrom('organisaties')
        .select('naam')
        .where('id', '=', id)
        .executeTakeFirst();
      return r?.naam;
    },

    async praktijken(scope: GemeenteScope) {
      return scope
        .selectFrom('organisaties')
        .select(['id', 'naam'])
        .where('soort', '=', 'huisartsenpraktijk')
        .orderBy('naam')
        .execute();
    },

    async dimensies(scope: GemeenteScope): Promise<string[] | undefined> {
      const r = await scope
        .selectFrom('recept_instellingen')
        .select('dimensies')
        .executeTakeFirst();
      return r?.dimensies;
    },

    async zetDimensies(scope: GemeenteScope, dimensies: string[]): Promise<void> {
      await scope
        .insertInto('recept_instellingen', { dimensies })
        .onConflict((oc) => oc.column('gemeente_id').doUpdateSet({ dimensies }))
        .execute();
    },

    async insert(
      scope: GemeenteScope,
      v: {
        persoonId: string;
        praktijkId: string;
        verwijzerId: string;
        ontvangerId: string;
        bron: 'formulier' | 'fhir';
        status: string;
        reden: string;
        watIkBelangrijkVind: string;
        contactVoorkeur: string;
        verstuurdOp: Date | null;
        eersteContactVoor: string | null;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('welzijnsrecepten', {
          persoon_id: v.persoonId,
          praktijk_id: v.praktijkId,
          verwijzer_id: v.verwijzerId,
          ontvanger_id: v.ontvangerId,
          bron: v.bron,
          status: v.status,
          reden: v.reden,
          wat_ik_belangrijk_vind: v.watIkBelangrijkVind,
          contact_voorkeur: v.contactVoorkeur,
          toestemming_op: new Date(),
          verstuurd_op: v.verstuurdOp,
          ...(v.eersteContactVoor ? { eerste_contact_voor: v.eersteContactVoor } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async recept(scope: GemeenteScope, id: string) {
      return receptSelect(scope).where('welzijnsrecepten.id', '=', id).executeTakeFirst();
    },

    /** Locks the referral for a change (one change at a time). */
    async vergrendel(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('welzijnsrecepten')
        .select(['id', 'persoon_id', 'praktijk_id', 'ontvanger_id', 'status', 'coach_id'])
        .select(d('eerste_contact_op', 'eerste_contact_op'))
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },

    /** Just what the access check needs: whose referral, and between whom. */
    async kern(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('welzijnsrecepten')
        .select(['id', 'persoon_id', 'praktijk_id', 'ontvanger_id'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async lijst(scope: GemeenteScope, filter: { praktijkId: string } | { ontvangerIds: string[] }) {
      let q = receptSelect(scope)
        .select((eb) => [
          eb
            .selectFrom('recept_taken as t')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('t.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
            .whereRef('t.recept_id', '=', 'welzijnsrecepten.id')
            .where('t.gedaan_op', 'is', null)
            .as('open_taken'),
        ])
        .orderBy('welzijnsrecepten.aangemaakt_op', 'desc');
      if ('praktijkId' in filter) {
        q = q.where('welzijnsrecepten.praktijk_id', '=', filter.praktijkId);
      } else {
        if (filter.ontvangerIds.length === 0) return [];
        q = q
          .where('welzijnsrecepten.ontvanger_id', 'in', filter.ontvangerIds)
          .where('welzijnsrecepten.status', '!=', 'draft');
      }
      return q.execute();
    },

    async wijzig(
      scope: GemeenteScope,
      id: string,
      values: Partial<{
        status: string;
        status_reden: string;
        coach_id: string;
        verstuurd_op: Date;
        eerste_contact_voor: string;
        eerste_contact_op: string;
        herinnerd_op: Date;
        interesses: string;
        mogelijkheden: string;
        aanbod_id: string;
        aanbod_naam: string;
        aanbod_soort: string;
        activiteit_start: string;
        meegegaan: boolean;
        delen_met_huisarts: boolean;
        vervolg_op: string;
        samenvatting: string;
      }>,
    ): Promise<void> {
      await scope
        .updateTable('welzijnsrecepten')
        .set({ ...values, gewijzigd_op: sql`now()` })
        .where('id', '=', id)
        .execute();
    },

    async insertStap(
      scope: GemeenteScope,
      v: {
        receptId: string;
        van: string | null;
        naar: string;
        reden: string;
        kant: string;
        door: string | null;
      },
    ): Promise<void> {
      await scope
        .insertInto('recept_stappen', {
          recept_id: v.receptId,
          van: v.van,
          naar: v.naar,
          reden: v.reden,
          kant: v.kant,
          door: v.door,
        })
        .execute();
    },

    async stappen(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('recept_stappen')
        .select(['van', 'naar', 'reden', 'kant', 'op'])
        .where('recept_id', '=', id)
        .orderBy('op')
        .execute();
    },

    async insertContactmoment(
      scope: GemeenteScope,
      v: { receptId: string; datum: string; soort: string; notitie: string; door: string },
    ): Promise<void> {
      await scope
        .insertInto('recept_contactmomenten', {
          recept_id: v.receptId,
          datum: v.datum,
          soort: v.soort,
          notitie: v.notitie,
          door: v.door,
        })
        .execute();
    },

    async contactmomenten(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('recept_contactmomenten')
        .leftJoin('accounts as a', 'a.id', 'recept_contactmomenten.door')
        .select([
          'recept_contactmomenten.id',
          d('recept_contactmomenten.datum', 'datum'),
          'recept_contactmomenten.soort',
          'recept_contactmomenten.notitie',
          'a.naam as door',
        ])
        .where('recept_contactmomenten.recept_id', '=', id)
        .orderBy('recept_contactmomenten.datum')
        .orderBy('recept_contactmomenten.aangemaakt_op')
        .execute();
    },

    async insertTerugkoppeling(
      scope: GemeenteScope,
      v: { receptId: string; moment: string; tekst: string },
    ): Promise<void> {
      await scope
        .insertInto('recept_terugkoppelingen', {
          recept_id: v.receptId,
          moment: v.moment,
          tekst: v.tekst,
        })
        .execute();
    },

    async terugkoppelingen(scope: GemeenteScope, ids: readonly string[]) {
      if (ids.length === 0) return [];
      return scope
        .selectFrom('recept_terugkoppelingen')
        .select(['recept_id', 'moment', 'tekst', 'op'])
        .where('recept_id', 'in', ids)
        .orderBy('op')
        .execute();
    },

    async zetWelbevinden(
      scope: GemeenteScope,
      v: {
        receptId: string;
        moment: string;
        datum: string;
        scores: Record<string, number>;
        ingevuldDoor: string;
        door: string;
      },
    ): Promise<void> {
      const waarden = {
        datum: v.datum,
        scores: JSON.stringify(v.scores),
        ingevuld_door: v.ingevuldDoor,
        door: v.door,
      };
      await scope
        .insertInto('recept_welbevinden', { recept_id: v.receptId, moment: v.moment, ...waarden })
        .onConflict((oc) => oc.columns(['gemeente_id', 'recept_id', 'moment']).doUpdateSet(waarden))
        .execute();
    },

    async welbevinden(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('recept_welbevinden')
        .select(['id', 'moment', d('datum', 'datum'), 'scores', 'ingevuld_door'])
        .where('recept_id', '=', id)
        .orderBy('moment', 'desc')
        .execute();
    },

    async taken(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('recept_taken')
        .select(['id', 'soort', d('vervalt_op', 'vervalt_op'), 'gedaan_op'])
        .where('recept_id', '=', id)
        .orderBy('vervalt_op')
        .execute();
    },

    /** Makes the follow-up task once (a second run of the job does nothing). */
    async maakTaak(scope: GemeenteScope, receptId: string, vervaltOp: string): Promise<boolean> {
      const res = await scope
        .insertInto('recept_taken', {
          recept_id: receptId,
          soort: 'vervolg',
          vervalt_op: vervaltOp,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return res !== undefined;
    },

    async rondTaakAf(scope: GemeenteScope, receptId: string, taakId: string, door: string) {
      const res = await scope
        .updateTable('recept_taken')
        .set({ gedaan_op: new Date(), gedaan_door: door })
        .where('recept_id', '=', receptId)
        .where('id', '=', taakId)
        .where('gedaan_op', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    /** For the daily job: running referrals whose follow-up date has come, without a task. */
    async vervolgNodig(scope: GemeenteScope, vandaag: string) {
      return scope
        .selectFrom('welzijnsrecepten')
        .select([
          'welzijnsrecepten.id',
          d('welzijnsrecepten.vervolg_op', 'vervolg_op'),
          'welzijnsrecepten.coach_id',
        ])
        .where('welzijnsrecepten.vervolg_op', '<=', vandaag)
        .where('welzijnsrecepten.status', 'in', ['accepted', 'in-progress', 'on-hold'])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('recept_taken as t')
                .select('t.id')
                .whereRef('t.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
                .whereRef('t.recept_id', '=', 'welzijnsrecepten.id'),
            ),
          ),
        )
        .execute();
    },

    /** For the daily job: first contact overdue and not reminded today or later. */
    async eersteContactTeLaat(scope: GemeenteScope, vandaag: string, herinnerdVoor: Date) {
      return scope
        .selectFrom('welzijnsrecepten')
        .select(['id', 'ontvanger_id', 'coach_id'])
        .where('status', 'in', ['requested', 'accepted'])
        .where('eerste_contact_op', 'is', null)
        .where('eerste_contact_voor', '<', vandaag)
        .where((eb) =>
          eb.or([eb('herinnerd_op', 'is', null), eb('herinnerd_op', '<', herinnerdVoor)]),
        )
        .execute();
    },

    /** The coaches of an organisation (for a reminder when no coach took the referral yet). */
    async coachesVan(scope: GemeenteScope, organisatieId: string): Promise<string[]> {
      const rows = await scope
        .selectFrom('rollen')
        .select('account_id')
        .where('rol', '=', 'professional')
        .where('organisatie_id', '=', organisatieId)
        .execute();
      return [...new Set(rows.map((r) => r.account_id))];
    },

    /** For the evaluation: facts per referral, without anything that names a person. */
    async evaluatieRijen(
      scope: GemeenteScope,
      v: { van: string; tot: string; praktijkId?: string | undefined },
    ) {
      let q = scope
        .selectFrom('welzijnsrecepten')
        .select([
          'welzijnsrecepten.id',
          'welzijnsrecepten.status',
          d('welzijnsrecepten.verstuurd_op', 'verstuurd_op'),
          d('welzijnsrecepten.eerste_contact_op', 'eerste_contact_op'),
          'welzijnsrecepten.aanbod_soort',
        ])
        .select((eb) => [
          eb
            .selectFrom('recept_welbevinden as w')
            .select('w.scores')
            .whereRef('w.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
            .whereRef('w.recept_id', '=', 'welzijnsrecepten.id')
            .where('w.moment', '=', 'start')
            .as('start'),
          eb
            .selectFrom('recept_welbevinden as w')
            .select('w.scores')
            .whereRef('w.gemeente_id', '=', 'welzijnsrecepten.gemeente_id')
            .whereRef('w.recept_id', '=', 'welzijnsrecepten.id')
            .where('w.moment', '=', 'vervolg')
            .as('vervolg'),
        ])
        .where('welzijnsrecepten.verstuurd_op', 'is not', null)
        .where('welzijnsrecepten.status', '!=', 'entered-in-error')
        .where(
          sql<boolean>`(welzijnsrecepten.verstuurd_op AT TIME ZONE 'Europe/Amsterdam')::date >= ${v.van}::date`,
        )
        .where(
          sql<boolean>`(welzijnsrecepten.verstuurd_op AT TIME ZONE 'Europe/Amsterdam')::date <= ${v.tot}::date`,
        );
      if (v.praktijkId) q = q.where('welzijnsrecepten.praktijk_id', '=', v.praktijkId);
      return q.execute();
    },

    async vanPersoon(scope: GemeenteScope, persoonId: string) {
      return receptSelect(scope).where('welzijnsrecepten.persoon_id', '=', persoonId).execute();
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('welzijnsrecepten').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type WelzijnsreceptRepository = ReturnType<typeof createWelzijnsreceptRepository>;
export type ReceptRij = NonNullable<Awaited<ReturnType<WelzijnsreceptRepository['recept']>>>;
