import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import { AANBOD_KOLOMMEN, type AanbodRij, type AanbodVelden, type LocatieRij } from './rijen.ts';
import type { RoosterRegel } from './rooster.ts';

/** `aanbod` joined to its organisation (also used by the moderation queries). */
export const aanbodMetOrganisatie = (scope: GemeenteScope) =>
  scope
    .selectFrom('aanbod')
    .innerJoin('organisaties', (j) =>
      j
        .onRef('organisaties.gemeente_id', '=', 'aanbod.gemeente_id')
        .onRef('organisaties.id', '=', 'aanbod.organisatie_id'),
    );

/** Entries, schedules, locations, organisations and collaborations (editing and import). */
export function createAanbodRepository() {
  return {
    async aanbod(scope: GemeenteScope, id: string): Promise<AanbodRij | undefined> {
      return (await aanbodMetOrganisatie(scope)
        .where('aanbod.id', '=', id)
        .select([...AANBOD_KOLOMMEN])
        .executeTakeFirst()) as AanbodRij | undefined;
    },

    async aanbodVanOrganisaties(scope: GemeenteScope, organisatieIds: string[] | 'alle') {
      let q = aanbodMetOrganisatie(scope)
        .leftJoin('aanbod_voorstellen', (j) =>
          j
            .onRef('aanbod_voorstellen.gemeente_id', '=', 'aanbod.gemeente_id')
            .onRef('aanbod_voorstellen.aanbod_id', '=', 'aanbod.id')
            .on('aanbod_voorstellen.status', 'in', ['concept', 'ingediend', 'teruggestuurd']),
        )
        .where('aanbod.status', '!=', 'gearchiveerd')
        .select([
          'aanbod.id',
          'aanbod.naam',
          'aanbod.soort',
          'aanbod.status',
          'aanbod.organisatie_id',
          'organisaties.naam as organisatie_naam',
          'aanbod.laatst_gecontroleerd_op',
          'aanbod_voorstellen.status as voorstel_status',
        ])
        .orderBy('organisaties.naam')
        .orderBy('aanbod.naam');
      if (organisatieIds !== 'alle') {
        if (organisatieIds.length === 0) return [];
        q = q.where('aanbod.organisatie_id', 'in', organisatieIds);
      }
      return q.execute();
    },

    async roosters(scope: GemeenteScope, aanbodIds: string[]) {
      if (aanbodIds.length === 0) return [];
      const rows = await scope
        .selectFrom('roosters')
        .where('aanbod_id', 'in', aanbodIds)
        .select([
          'aanbod_id',
          'freq',
          'interval',
          'byday',
          sql<string | null>`to_char(dtstart, 'YYYY-MM-DD')`.as('dtstart'),
          sql<string | null>`to_char(until, 'YYYY-MM-DD')`.as('until'),
          sql<string | null>`to_char(opens_at, 'HH24:MI')`.as('opens_at'),
          sql<string | null>`to_char(closes_at, 'HH24:MI')`.as('closes_at'),
          sql<string | null>`to_char(valid_from, 'YYYY-MM-DD')`.as('valid_from'),
          sql<string | null>`to_char(valid_to, 'YYYY-MM-DD')`.as('valid_to'),
          'gesloten',
          'beschrijving',
        ])
        .orderBy('volgorde')
        .execute();
      return rows.map((r): RoosterRegel & { aanbodId: string } => ({
        aanbodId: r.aanbod_id,
        freq: r.freq,
        interval: r.interval,
        byday: r.byday,
        dtstart: r.dtstart,
        until: r.until,
        opensAt: r.opens_at,
        closesAt: r.closes_at,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        gesloten: r.gesloten,
        beschrijving: r.beschrijving,
      }));
    },

    async vervangRoosters(scope: GemeenteScope, aanbodId: string, roosters: RoosterRegel[]) {
      await scope.deleteFrom('roosters').where('aanbod_id', '=', aanbodId).execute();
      if (roosters.length === 0) return;
      await scope
        .insertInto(
          'roosters',
          roosters.map((r, i) => ({
            aanbod_id: aanbodId,
            freq: r.freq,
            interval: r.interval,
            byday: r.byday,
            dtstart: r.dtstart,
            until: r.until,
            opens_at: r.opensAt,
            closes_at: r.closesAt,
            valid_from: r.validFrom,
            valid_to: r.validTo,
            gesloten: r.gesloten,
            beschrijving: r.beschrijving,
            volgorde: i,
          })),
        )
        .execute();
    },

    async locatie(scope: GemeenteScope, id: string): Promise<LocatieRij | undefined> {
      return scope
        .selectFrom('locaties')
        .where('id', '=', id)
        .select([
          'id',
          'organisatie_id',
          'extern_id',
          'naam',
          'adres',
          'postcode',
          'plaats',
          'lat',
          'lon',
          'vertrouwelijk',
          'contactroute',
          'route_omschrijving',
        ])
        .executeTakeFirst();
    },

    async locatiesVan(scope: GemeenteScope, organisatieId: string) {
      return scope
        .selectFrom('locaties')
        .where('organisatie_id', '=', organisatieId)
        .select(['id', 'naam', 'plaats'])
        .orderBy('naam')
        .execute();
    },

    async organisatie(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('organisaties')
        .where('id', '=', id)
        .select([
          'id',
          'naam',
          'soort',
          'beschrijving',
          'website',
          'email',
          'telefoon',
          'op_kaart',
          'extern_id',
        ])
        .executeTakeFirst();
    },

    async samenwerkingen(scope: GemeenteScope, organisatieId: string) {
      const rows = await scope
        .selectFrom('samenwerkingen')
        .innerJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'samenwerkingen.gemeente_id')
            .on((eb) =>
              eb.or([
                eb.and([
                  eb('samenwerkingen.organisatie_id', '=', organisatieId),
                  eb('organisaties.id', '=', eb.ref('samenwerkingen.partner_id')),
                ]),
                eb.and([
                  eb('samenwerkingen.partner_id', '=', organisatieId),
                  eb('organisaties.id', '=', eb.ref('samenwerkingen.organisatie_id')),
                ]),
              ]),
            ),
        )
        .where((eb) =>
          eb.or([
            eb('samenwerkingen.organisatie_id', '=', organisatieId),
            eb('samenwerkingen.partner_id', '=', organisatieId),
          ]),
        )
        .where('organisaties.id', '!=', organisatieId)
        .select(['organisaties.id', 'organisaties.naam', 'samenwerkingen.onderwerp'])
        .orderBy('organisaties.naam')
        .execute();
      return rows;
    },

    async maakAanbod(
      scope: GemeenteScope,
      velden: AanbodVelden & {
        extern_id?: string | null;
        status?: 'concept' | 'gepubliceerd';
        laatst_gecontroleerd_op?: Date;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('aanbod', velden)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async werkAanbodBij(
      scope: GemeenteScope,
      id: string,
      velden: Partial<AanbodVelden> & {
        status?: 'concept' | 'gepubliceerd' | 'gearchiveerd';
        laatst_gecontroleerd_op?: Date;
        herinnerd_op?: Date | null;
      },
    ): Promise<void> {
      await scope
        .updateTable('aanbod')
        .set({ ...velden, gewijzigd_op: new Date() })
        .where('id', '=', id)
        .execute();
    },

    async markeerGecontroleerd(scope: GemeenteScope, id: string, op: Date): Promise<void> {
      await scope
        .updateTable('aanbod')
        .set({ laatst_gecontroleerd_op: op, herinnerd_op: null })
        .where('id', '=', id)
        .execute();
    },

    async aanbodIdVoorExtern(scope: GemeenteScope, externId: string) {
      return (
        await scope
          .selectFrom('aanbod')
          .where('extern_id', '=', externId)
          .select('id')
          .executeTakeFirst()
      )?.id;
    },

    async upsertOrganisatie(
      scope: GemeenteScope,
      o: {
        extern_id: string;
        naam: string;
        soort: string;
        beschrijving: string | null;
        website: string | null;
        email: string | null;
        telefoon: string | null;
      },
    ): Promise<string> {
      const bestaand = await scope
        .selectFrom('organisaties')
        .where('extern_id', '=', o.extern_id)
        .select('id')
        .executeTakeFirst();
      if (bestaand) {
        await scope
          .updateTable('organisaties')
          .set({ ...o, op_kaart: true, gewijzigd_op: new Date() })
          .where('id', '=', bestaand.id)
          .execute();
        return bestaand.id;
      }
      const row = await scope
        .insertInto('organisaties', { ...o, op_kaart: true })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async upsertLocatie(
      scope: GemeenteScope,
      l: Omit<LocatieRij, 'id'> & { extern_id: string; zoek_lat: number; zoek_lon: number },
    ): Promise<string> {
      const bestaand = await scope
        .selectFrom('locaties')
        .where('extern_id', '=', l.extern_id)
        .select('id')
        .executeTakeFirst();
      if (bestaand) {
        await scope
          .updateTable('locaties')
          .set({ ...l, gewijzigd_op: new Date() })
          .where('id', '=', bestaand.id)
          .execute();
        return bestaand.id;
      }
      const row = await scope.insertInto('locaties', l).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async voegSamenwerkingToe(
      scope: GemeenteScope,
      s: { organisatie_id: string; partner_id: string; onderwerp: string },
    ): Promise<void> {
      await scope
        .insertInto('samenwerkingen', s)
        .onConflict((oc) =>
          oc.columns(['gemeente_id', 'organisatie_id', 'partner_id', 'onderwerp']).doNothing(),
        )
        .execute();
    },
  };
}
