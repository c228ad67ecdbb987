import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import { aanbodMetOrganisatie } from './aanbod-repository.ts';
import { VOORSTEL_KOLOMMEN, type VoorstelRij } from './rijen.ts';

const voorstellenQuery = (scope: GemeenteScope) =>
  scope
    .selectFrom('aanbod_voorstellen')
    .innerJoin('aanbod', (j) =>
      j
        .onRef('aanbod.gemeente_id', '=', 'aanbod_voorstellen.gemeente_id')
        .onRef('aanbod.id', '=', 'aanbod_voorstellen.aanbod_id'),
    )
    .innerJoin('organisaties', (j) =>
      j
        .onRef('organisaties.gemeente_id', '=', 'aanbod.gemeente_id')
        .onRef('organisaties.id', '=', 'aanbod.organisatie_id'),
    )
    .select([...VOORSTEL_KOLOMMEN]);

/** Proposals (moderation), history, freshness reminders and the published list for HSDS. */
export function createModeratieRepository() {
  return {
    // ---- proposals ----

    async openVoorstel(scope: GemeenteScope, aanbodId: string): Promise<VoorstelRij | undefined> {
      return (await voorstellenQuery(scope)
        .where('aanbod_voorstellen.aanbod_id', '=', aanbodId)
        .where('aanbod_voorstellen.status', 'in', ['concept', 'ingediend', 'teruggestuurd'])
        .executeTakeFirst()) as VoorstelRij | undefined;
    },

    async voorstel(
      scope: GemeenteScope,
      id: string,
      opSlot = false,
    ): Promise<VoorstelRij | undefined> {
      let q = voorstellenQuery(scope).where('aanbod_voorstellen.id', '=', id);
      if (opSlot) q = q.forUpdate();
      return (await q.executeTakeFirst()) as VoorstelRij | undefined;
    },

    async ingediendeVoorstellen(scope: GemeenteScope): Promise<VoorstelRij[]> {
      return (await voorstellenQuery(scope)
        .where('aanbod_voorstellen.status', '=', 'ingediend')
        .orderBy('aanbod_voorstellen.ingediend_op')
        .limit(200)
        .execute()) as VoorstelRij[];
    },

    async maakVoorstel(
      scope: GemeenteScope,
      v: { aanbod_id: string; inhoud: unknown; gemaakt_door: string },
    ): Promise<string> {
      const row = await scope
        .insertInto('aanbod_voorstellen', {
          aanbod_id: v.aanbod_id,
          status: 'concept',
          inhoud: JSON.stringify(v.inhoud),
          gemaakt_door: v.gemaakt_door,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async werkVoorstelBij(
      scope: GemeenteScope,
      id: string,
      v: {
        status: VoorstelRij['status'];
        inhoud?: unknown;
        opmerking?: string | null;
        ingediend_op?: Date;
        beoordeeld_door?: string;
        beoordeeld_op?: Date;
      },
    ): Promise<void> {
      const { inhoud, ...rest } = v;
      await scope
        .updateTable('aanbod_voorstellen')
        .set({ ...rest, ...(inhoud === undefined ? {} : { inhoud: JSON.stringify(inhoud) }) })
        .where('id', '=', id)
        .execute();
    },

    // ---- history and freshness ----

    async schrijfHistorie(
      scope: GemeenteScope,
      rijen: {
        resource_id: string;
        resource_type: 'aanbod' | 'organisatie' | 'locatie';
        actie: string;
        veld?: string | null;
        oude_waarde?: string | null;
        nieuwe_waarde?: string | null;
        opmerking?: string | null;
        door_account_id: string | null;
      }[],
    ): Promise<void> {
      if (rijen.length === 0) return;
      await scope.insertInto('kaart_historie', rijen).execute();
    },

    async historie(scope: GemeenteScope, resourceId: string) {
      return scope
        .selectFrom('kaart_historie')
        .leftJoin('accounts', 'accounts.id', 'kaart_historie.door_account_id')
        .where('kaart_historie.resource_id', '=', resourceId)
        .select([
          'kaart_historie.actie',
          'kaart_historie.veld',
          'kaart_historie.oude_waarde',
          'kaart_historie.nieuwe_waarde',
          'kaart_historie.opmerking',
          'accounts.naam as door',
          'kaart_historie.op',
        ])
        .orderBy('kaart_historie.op', 'desc')
        .orderBy('kaart_historie.id', 'desc')
        .execute();
    },

    async verouderd(scope: GemeenteScope, grens: Date, limit: number) {
      return aanbodMetOrganisatie(scope)
        .where('aanbod.status', '=', 'gepubliceerd')
        .where('aanbod.laatst_gecontroleerd_op', '<', grens)
        .select([
          'aanbod.id',
          'aanbod.naam',
          'aanbod.organisatie_id',
          'organisaties.naam as organisatie_naam',
          'aanbod.laatst_gecontroleerd_op',
          'aanbod.herinnerd_op',
        ])
        .orderBy('aanbod.laatst_gecontroleerd_op')
        .limit(limit)
        .execute();
    },

    /** The organisation admins of an organisation, with their e-mail address. */
    async organisatiebeheerders(scope: GemeenteScope, organisatieId: string) {
      return scope
        .selectFrom('rollen')
        .innerJoin('accounts', 'accounts.id', 'rollen.account_id')
        .where('rollen.rol', '=', 'organisatiebeheerder')
        .where('rollen.organisatie_id', '=', organisatieId)
        .where('accounts.actief', '=', true)
        .select(['accounts.id', 'accounts.email'])
        .execute();
    },

    async markeerHerinnerd(scope: GemeenteScope, aanbodIds: string[], op: Date): Promise<void> {
      if (aanbodIds.length === 0) return;
      await scope
        .updateTable('aanbod')
        .set({ herinnerd_op: op })
        .where('id', 'in', aanbodIds)
        .execute();
    },

    async schrijfHerinnering(
      scope: GemeenteScope,
      h: {
        organisatie_id: string;
        aantal_aanbod: number;
        aantal_ontvangers: number;
        per_mail: boolean;
      },
    ): Promise<void> {
      await scope.insertInto('kaart_herinneringen', h).execute();
    },

    async herinneringen(scope: GemeenteScope) {
      return scope
        .selectFrom('kaart_herinneringen')
        .select(['organisatie_id', 'aantal_aanbod', 'aantal_ontvangers', 'per_mail', 'op'])
        .orderBy('op', 'desc')
        .execute();
    },

    /** For the HSDS API: published entries, paged, optionally changed after a moment. */
    async gepubliceerdeIds(
      scope: GemeenteScope,
      opties: { gewijzigdNa: Date | null; offset: number; limit: number },
    ): Promise<{ ids: string[]; totaal: number }> {
      let q = scope.selectFrom('aanbod').where('status', '=', 'gepubliceerd');
      if (opties.gewijzigdNa) q = q.where('gewijzigd_op', '>', opties.gewijzigdNa);
      const rows = await q
        .select(['id', sql<string>`count(*) OVER ()`.as('totaal')])
        .orderBy('id')
        .offset(opties.offset)
        .limit(opties.limit)
        .execute();
      return { ids: rows.map((r) => r.id), totaal: Number(rows[0]?.totaal ?? 0) };
    },
  };
}
