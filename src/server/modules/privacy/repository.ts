import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

const geldigTot = sql<string | null>`to_char(toestemmingen.geldig_tot, 'YYYY-MM-DD')`.as(
  'geldig_tot',
);

export function createPrivacyRepository() {
  return {
    async organisaties(scope: GemeenteScope) {
      return scope
        .selectFrom('organisaties')
        .select(['id', 'naam', 'soort'])
        .orderBy('naam')
        .limit(1000)
        .execute();
    },

    async organisatieBestaat(scope: GemeenteScope, id: string): Promise<boolean> {
      return (
        (await scope
          .selectFrom('organisaties')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst()) !== undefined
      );
    },

    async toestemmingen(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('toestemmingen')
        .innerJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'toestemmingen.gemeente_id')
            .onRef('organisaties.id', '=', 'toestemmingen.organisatie_id'),
        )
        .select([
          'toestemmingen.id',
          'toestemmingen.organisatie_id',
          'organisaties.naam as organisatie',
          'toestemmingen.categorieen',
          'toestemmingen.doel',
          geldigTot,
          'toestemmingen.gegeven_op',
          'toestemmingen.ingetrokken_op',
        ])
        .where('toestemmingen.persoon_id', '=', persoonId)
        .orderBy('toestemmingen.gegeven_op', 'desc')
        .execute();
    },

    async insertToestemming(
      scope: GemeenteScope,
      values: {
        persoonId: string;
        organisatieId: string;
        categorieen: string[];
        doel: string;
        geldigTot: string | null;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('toestemmingen', {
          persoon_id: values.persoonId,
          organisatie_id: values.organisatieId,
          categorieen: values.categorieen,
          doel: values.doel,
          geldig_tot: values.geldigTot,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Revokes at once (now); false when there is no such running consent. */
    async trekIn(scope: GemeenteScope, persoonId: string, id: string): Promise<boolean> {
      const result = await scope
        .updateTable('toestemmingen')
        .set({ ingetrokken_op: sql<Date>`now()` as never })
        .where('id', '=', id)
        .where('persoon_id', '=', persoonId)
        .where('ingetrokken_op', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async correctieverzoeken(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('correctieverzoeken')
        .selectAll()
        .where('persoon_id', '=', persoonId)
        .orderBy('ingediend_op', 'desc')
        .execute();
    },

    async correctieverzoek(scope: GemeenteScope, persoonId: string, id: string) {
      return scope
        .selectFrom('correctieverzoeken')
        .selectAll()
        .where('persoon_id', '=', persoonId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertCorrectieverzoek(
      scope: GemeenteScope,
      values: { persoonId: string; categorie: string; toelichting: string },
    ): Promise<string> {
      const row = await scope
        .insertInto('correctieverzoeken', {
          persoon_id: values.persoonId,
          categorie: values.categorie,
          toelichting: values.toelichting,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async handelCorrectieAf(
      scope: GemeenteScope,
      id: string,
      values: { status: string; reactie: string; door: string },
    ): Promise<boolean> {
      const result = await scope
        .updateTable('correctieverzoeken')
        .set({
          status: values.status,
          reactie: values.reactie,
          afgehandeld_door: values.door,
          afgehandeld_op: sql<Date>`now()` as never,
        })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async wisverzoeken(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('wisverzoeken')
        .selectAll()
        .where('persoon_id', '=', persoonId)
        .orderBy('ingediend_op', 'desc')
        .execute();
    },

    async insertWisverzoek(
      scope: GemeenteScope,
      values: { persoonId: string; uitkomst: unknown; afgerond: boolean },
    ): Promise<{ id: string; ingediend_op: Date; afgerond_op: Date | null; uitkomst: unknown }> {
      return scope
        .insertInto('wisverzoeken', {
          persoon_id: values.persoonId,
          uitkomst: JSON.stringify(values.uitkomst),
          afgerond_op: values.afgerond ? new Date() : null,
        })
        .returning(['id', 'ingediend_op', 'afgerond_op', 'uitkomst'])
        .executeTakeFirstOrThrow();
    },

    async rondWisverzoekenAf(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope
        .updateTable('wisverzoeken')
        .set({ afgerond_op: sql<Date>`now()` as never })
        .where('persoon_id', '=', persoonId)
        .where('afgerond_op', 'is', null)
        .execute();
    },

    async markeerWissenGevraagd(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope
        .updateTable('personen')
        .set({ wissen_gevraagd_op: sql<Date>`coalesce(wissen_gevraagd_op, now())` as never })
        .where('id', '=', persoonId)
        .execute();
    },

    async bewaartermijnen(scope: GemeenteScope) {
      return scope.selectFrom('bewaartermijnen').select(['categorie', 'jaren']).execute();
    },

    async zetBewaartermijn(
      scope: GemeenteScope,
      categorie: string,
      jaren: number,
      door: string,
    ): Promise<void> {
      await scope
        .insertInto('bewaartermijnen', { categorie, jaren, gewijzigd_door: door })
        .onConflict((oc) =>
          oc
            .columns(['gemeente_id', 'categorie'])
            .doUpdateSet({ jaren, gewijzigd_door: door, gewijzigd_op: sql<Date>`now()` as never }),
        )
        .execute();
    },

    /** Whether a case runs, and when the last betrokkenheid ended. */
    async dossier(scope: GemeenteScope, persoonId: string) {
      const row = await scope
        .selectFrom('betrokkenheden')
        .select((eb) => [
          eb.fn.countAll<string>().as('aantal'),
          sql<string>`count(*) filter (where tot is null or tot > now())`.as('lopend'),
          eb.fn.max('tot').as('einde'),
        ])
        .where('persoon_id', '=', persoonId)
        .executeTakeFirstOrThrow();
      return {
        loopt: Number(row.lopend) > 0,
        eindeOp: Number(row.aantal) > 0 ? (row.einde as Date | null) : null,
      };
    },

    /** Persons the retention job must look at: erasure asked, or a closed case. */
    async kandidatenVoorBewaartermijn(scope: GemeenteScope) {
      return scope
        .selectFrom('personen')
        .select(['personen.id', 'personen.wissen_gevraagd_op'])
        .where('personen.gewist_op', 'is', null)
        .where((eb) =>
          eb.or([
            eb('personen.wissen_gevraagd_op', 'is not', null),
            eb.and([
              eb.exists(
                eb
                  .selectFrom('betrokkenheden')
                  .select('betrokkenheden.id')
                  .whereRef('betrokkenheden.gemeente_id', '=', 'personen.gemeente_id')
                  .whereRef('betrokkenheden.persoon_id', '=', 'personen.id'),
              ),
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('betrokkenheden')
                    .select('betrokkenheden.id')
                    .whereRef('betrokkenheden.gemeente_id', '=', 'personen.gemeente_id')
                    .whereRef('betrokkenheden.persoon_id', '=', 'personen.id')
                    .where((e) => e.or([e('tot', 'is', null), e('tot', '>', sql<Date>`now()`)])),
                ),
              ),
            ]),
          ]),
        )
        .execute();
    },

    async geboortedatum(scope: GemeenteScope, persoonId: string): Promise<string | null> {
      const row = await scope
        .selectFrom('personen')
        .select(sql<string | null>`to_char(geboortedatum, 'YYYY-MM-DD')`.as('d'))
        .where('id', '=', persoonId)
        .executeTakeFirst();
      return row?.d ?? null;
    },

    /**
     * Erases a person's contact data: the row stays as a pseudonym (id, age band) so the
     * access log and statistics keep their meaning; consents, representatives and
     * correction requests (free text) go.
     */
    async wisPersoon(scope: GemeenteScope, persoonId: string, groep: string | null): Promise<void> {
      await scope.deleteFrom('toestemmingen').where('persoon_id', '=', persoonId).execute();
      await scope.deleteFrom('vertegenwoordigers').where('persoon_id', '=', persoonId).execute();
      await scope.deleteFrom('correctieverzoeken').where('persoon_id', '=', persoonId).execute();
      await scope
        .updateTable('personen')
        .set({
          naam: null,
          telefoonnummer: null,
          email: null,
          postcode: null,
          geboortedatum: null,
          account_id: null,
          leeftijdsgroep: groep,
          gewist_op: sql<Date>`now()` as never,
          gewijzigd_op: sql<Date>`now()` as never,
        })
        .where('id', '=', persoonId)
        .execute();
    },
  };
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
