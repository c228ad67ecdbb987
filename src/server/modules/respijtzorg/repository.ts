import { sql } from 'kysely';
import { datumKolom as d } from '../../platform/database/datum-kolom.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

export interface VerzoekWaarden {
  persoonId: string;
  aangevraagdDoor: string;
  soort: string;
  route: 'matching' | 'aanbieder';
  voorWieNaam: string;
  voorWieRelatie: string;
  datum: string;
  dagdeel: string;
  hoeVaak: string;
  toelichting: string;
  postcode: string | null;
  hulpvraagId: string | null;
  organisatieId: string | null;
  aanbodId: string | null;
  aanbodNaam: string | null;
  status: string;
}

/** The only SQL of respijtzorg, scoped to the gemeente. */
export function createRespijtzorgRepository() {
  function verzoekSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('respijtverzoeken')
      .leftJoin('organisaties as o', (j) =>
        j
          .onRef('o.gemeente_id', '=', 'respijtverzoeken.gemeente_id')
          .onRef('o.id', '=', 'respijtverzoeken.organisatie_id'),
      )
      .select([
        'respijtverzoeken.id',
        'respijtverzoeken.persoon_id',
        'respijtverzoeken.soort',
        'respijtverzoeken.route',
        'respijtverzoeken.voor_wie_naam',
        'respijtverzoeken.voor_wie_relatie',
        d('respijtverzoeken.datum', 'datum'),
        'respijtverzoeken.dagdeel',
        'respijtverzoeken.hoe_vaak',
        'respijtverzoeken.toelichting',
        'respijtverzoeken.hulpvraag_id',
        'respijtverzoeken.organisatie_id',
        'o.naam as organisatie_naam',
        'respijtverzoeken.aanbod_naam',
        'respijtverzoeken.status',
        'respijtverzoeken.antwoord',
        'respijtverzoeken.ingediend_op',
        'respijtverzoeken.beantwoord_op',
      ]);
  }

  return {
    async insert(scope: GemeenteScope, v: VerzoekWaarden): Promise<string> {
      const row = await scope
        .insertInto('respijtverzoeken', {
          persoon_id: v.persoonId,
          aangevraagd_door: v.aangevraagdDoor,
          soort: v.soort,
          route: v.route,
          voor_wie_naam: v.voorWieNaam,
          voor_wie_relatie: v.voorWieRelatie,
          datum: v.datum,
          dagdeel: v.dagdeel,
          hoe_vaak: v.hoeVaak,
          toelichting: v.toelichting,
          postcode: v.postcode,
          hulpvraag_id: v.hulpvraagId,
          organisatie_id: v.organisatieId,
          aanbod_id: v.aanbodId,
          aanbod_naam: v.aanbodNaam,
          status: v.status,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async verzoek(scope: GemeenteScope, id: string) {
      return verzoekSelect(scope).where('respijtverzoeken.id', '=', id).executeTakeFirst();
    },

    async vanPersoon(scope: GemeenteScope, persoonId: string) {
      return verzoekSelect(scope)
        .where('respijtverzoeken.persoon_id', '=', persoonId)
        .orderBy('respijtverzoeken.ingediend_op', 'desc')
        .execute();
    },

    /** Who asked, outside any transaction (to ask toegang about the right person). */
    async persoonVan(scope: GemeenteScope, id: string): Promise<string | undefined> {
      const row = await scope
        .selectFrom('respijtverzoeken')
        .select('persoon_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.persoon_id;
    },

    /** Requests sent to these organisations (provider kinds), newest first. */
    async voorOrganisaties(scope: GemeenteScope, organisatieIds: readonly string[]) {
      if (organisatieIds.length === 0) return [];
      return verzoekSelect(scope)
        .where('respijtverzoeken.organisatie_id', 'in', [...organisatieIds])
        .orderBy('respijtverzoeken.ingediend_op', 'desc')
        .execute();
    },

    /** The carer's contact details for the provider (inside the caller's toegang transaction). */
    async contactVan(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('personen')
        .select(['naam', 'telefoonnummer', 'email', 'account_id'])
        .where('id', '=', persoonId)
        .executeTakeFirst();
    },

    /** Moves a request on; only from the expected status (false: someone was first). */
    async zetStatus(
      scope: GemeenteScope,
      id: string,
      van: string,
      naar: string,
      antwoord?: { tekst: string; door: string },
    ): Promise<boolean> {
      const res = await scope
        .updateTable('respijtverzoeken')
        .set({
          status: naar,
          ...(antwoord
            ? {
                antwoord: antwoord.tekst,
                beantwoord_door: antwoord.door,
                beantwoord_op: sql<Date>`now()` as never,
              }
            : {}),
          gewijzigd_op: sql<Date>`now()` as never,
        })
        .where('id', '=', id)
        .where('status', '=', van)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    /** The staff (professional accounts) of an organisation: who hears of a new request. */
    async medewerkersVan(scope: GemeenteScope, organisatieId: string): Promise<string[]> {
      const rows = await scope
        .selectFrom('rollen')
        .select('account_id')
        .where('rol', '=', 'professional')
        .where('organisatie_id', '=', organisatieId)
        .execute();
      return [...new Set(rows.map((r) => r.account_id))];
    },

    /** Of these organisations, the ones with staff in Kring (they can receive a request). */
    async metMedewerkers(scope: GemeenteScope, organisatieIds: readonly string[]) {
      if (organisatieIds.length === 0) return new Set<string>();
      const rows = await scope
        .selectFrom('rollen')
        .select('organisatie_id')
        .where('rol', '=', 'professional')
        .where('organisatie_id', 'in', [...organisatieIds])
        .execute();
      return new Set(rows.map((r) => r.organisatie_id).filter((o): o is string => o !== null));
    },

    /** Erasure: the person's requests go (the help requests have their own source). */
    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('respijtverzoeken').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type RespijtzorgRepository = ReturnType<typeof createRespijtzorgRepository>;
export type VerzoekRij = NonNullable<Awaited<ReturnType<RespijtzorgRepository['verzoek']>>>;
