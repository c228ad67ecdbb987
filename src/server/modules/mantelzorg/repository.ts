import { type Insertable, sql } from 'kysely';
import { datumKolom as d } from '../../platform/database/datum-kolom.ts';
import type { WaarderingsrondesTable } from '../../platform/database/tables.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

export interface RelatieWaarden {
  mantelzorgerId: string;
  zorgvragerNaam: string;
  zorgvragerEmail: string | null;
  zorgvragerWoontInGemeente: boolean;
  mantelzorgerWoontInGemeente: boolean;
  relatie: string;
  watIkDoe: string;
  urenPerWeek: number;
  sinds: string;
  samenwonend: boolean;
  anderenBetrokken: string;
  geregistreerdDoor: 'zelf' | 'consulent';
  organisatieId: string | null;
}

/** A campaign's columns, as written (the gemeente comes from the scope). */
export type RondeWaarden = Omit<
  Insertable<WaarderingsrondesTable>,
  'gemeente_id' | 'id' | 'aangemaakt_op'
>;

/** The only SQL of mantelzorg, scoped to the gemeente. */
export function createMantelzorgRepository() {
  function relatieSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('mantelzorgrelaties')
      .innerJoin('personen as p', (j) =>
        j
          .onRef('p.gemeente_id', '=', 'mantelzorgrelaties.gemeente_id')
          .onRef('p.id', '=', 'mantelzorgrelaties.mantelzorger_id'),
      )
      .select([
        'mantelzorgrelaties.id',
        'mantelzorgrelaties.mantelzorger_id',
        'p.naam as mantelzorger_naam',
        d('p.geboortedatum', 'geboortedatum'),
        'mantelzorgrelaties.zorgvrager_id',
        'mantelzorgrelaties.zorgvrager_naam',
        'mantelzorgrelaties.zorgvrager_email',
        'mantelzorgrelaties.zorgvrager_woont_in_gemeente',
        'mantelzorgrelaties.mantelzorger_woont_in_gemeente',
        'mantelzorgrelaties.relatie',
        'mantelzorgrelaties.wat_ik_doe',
        'mantelzorgrelaties.uren_per_week',
        d('mantelzorgrelaties.sinds', 'sinds'),
        'mantelzorgrelaties.samenwonend',
        'mantelzorgrelaties.anderen_betrokken',
        'mantelzorgrelaties.geregistreerd_door',
        'mantelzorgrelaties.organisatie_id',
        'mantelzorgrelaties.geregistreerd_op',
      ])
      .where('p.gewist_op', 'is', null);
  }

  function rondeSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('waarderingsrondes')
      .select([
        'id',
        'jaar',
        'organisatie_id',
        'min_uren_per_week',
        'min_maanden_zorg',
        'min_leeftijd',
        'woonregel',
        'wie_mag_aanvragen',
        'bevestiging_nodig',
        'max_per_zorgvrager',
        'vorm',
        'bedrag_cent',
        d('open_vanaf', 'open_vanaf'),
        d('deadline', 'deadline'),
        d('peildatum', 'peildatum'),
      ]);
  }

  function aanvraagSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('waarderingsaanvragen')
      .innerJoin('waarderingsrondes as w', (j) =>
        j
          .onRef('w.gemeente_id', '=', 'waarderingsaanvragen.gemeente_id')
          .onRef('w.id', '=', 'waarderingsaanvragen.ronde_id'),
      )
      .innerJoin('mantelzorgrelaties as r', (j) =>
        j
          .onRef('r.gemeente_id', '=', 'waarderingsaanvragen.gemeente_id')
          .onRef('r.id', '=', 'waarderingsaanvragen.relatie_id'),
      )
      .innerJoin('personen as p', (j) =>
        j.onRef('p.gemeente_id', '=', 'r.gemeente_id').onRef('p.id', '=', 'r.mantelzorger_id'),
      )
      .leftJoin('waarderingsbevestigingen as b', (j) =>
        j
          .onRef('b.gemeente_id', '=', 'waarderingsaanvragen.gemeente_id')
          .onRef('b.aanvraag_id', '=', 'waarderingsaanvragen.id'),
      )
      .select([
        'waarderingsaanvragen.id',
        'waarderingsaanvragen.ronde_id',
        'w.jaar',
        'w.organisatie_id',
        'waarderingsaanvragen.relatie_id',
        'r.mantelzorger_id',
        'p.naam as mantelzorger_naam',
        'r.zorgvrager_id',
        'r.zorgvrager_naam',
        'r.zorgvrager_email',
        'waarderingsaanvragen.aanvrager',
        'waarderingsaanvragen.via_code',
        'waarderingsaanvragen.status',
        'waarderingsaanvragen.regeluitkomst',
        'waarderingsaanvragen.besluit_reden',
        'waarderingsaanvragen.ingediend_op',
        'waarderingsaanvragen.besloten_op',
        'b.bevestigd',
      ]);
  }

  return {
    /** The organisations with a mantelzorgconsulent: where a carer registers (the steunpunt). */
    async steunpunten(scope: GemeenteScope): Promise<string[]> {
      const rijen = await scope
        .selectFrom('rollen')
        .select('organisatie_id')
        .distinct()
        .where('rol', '=', 'professional')
        .where('functie', '=', 'mantelzorgconsulent')
        .where('organisatie_id', 'is not', null)
        .orderBy('organisatie_id')
        .execute();
      return rijen.map((r) => r.organisatie_id!);
    },

    async insertRelatie(scope: GemeenteScope, v: RelatieWaarden): Promise<string> {
      const r = await scope
        .insertInto('mantelzorgrelaties', {
          mantelzorger_id: v.mantelzorgerId,
          zorgvrager_naam: v.zorgvragerNaam,
          zorgvrager_email: v.zorgvragerEmail,
          zorgvrager_woont_in_gemeente: v.zorgvragerWoontInGemeente,
          mantelzorger_woont_in_gemeente: v.mantelzorgerWoontInGemeente,
          relatie: v.relatie,
          wat_ik_doe: v.watIkDoe,
          uren_per_week: v.urenPerWeek,
          sinds: v.sinds,
          samenwonend: v.samenwonend,
          anderen_betrokken: v.anderenBetrokken,
          geregistreerd_door: v.geregistreerdDoor,
          organisatie_id: v.organisatieId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    relatie: (scope: GemeenteScope, id: string) =>
      relatieSelect(scope).where('mantelzorgrelaties.id', '=', id).executeTakeFirst(),

    relatieKern: (scope: GemeenteScope, id: string) =>
      scope
        .selectFrom('mantelzorgrelaties')
        .select(['id', 'mantelzorger_id', 'zorgvrager_email'])
        .where('id', '=', id)
        .executeTakeFirst(),

    relatiesVan: (scope: GemeenteScope, persoonId: string) =>
      relatieSelect(scope)
        .where('mantelzorgrelaties.mantelzorger_id', '=', persoonId)
        .orderBy('mantelzorgrelaties.geregistreerd_op')
        .execute(),

    /** The carers registered with these organisations (for the consulent's list). */
    relatiesVanOrganisaties: (scope: GemeenteScope, organisatieIds: string[]) =>
      organisatieIds.length === 0
        ? Promise.resolve([])
        : relatieSelect(scope)
            .where('mantelzorgrelaties.organisatie_id', 'in', organisatieIds)
            .orderBy('p.naam')
            .orderBy('mantelzorgrelaties.geregistreerd_op')
            .execute(),

    rondes: (scope: GemeenteScope) => rondeSelect(scope).orderBy('jaar', 'desc').execute(),
    ronde: (scope: GemeenteScope, id: string) =>
      rondeSelect(scope).where('id', '=', id).executeTakeFirst(),
    rondeVanJaar: (scope: GemeenteScope, jaar: number) =>
      rondeSelect(scope).where('jaar', '=', jaar).executeTakeFirst(),

    async insertRonde(scope: GemeenteScope, v: RondeWaarden): Promise<string> {
      const r = await scope
        .insertInto('waarderingsrondes', v)
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    async wijzigRonde(scope: GemeenteScope, id: string, v: RondeWaarden): Promise<boolean> {
      const r = await scope.updateTable('waarderingsrondes').set(v).where('id', '=', id).execute();
      return (r[0]?.numUpdatedRows ?? 0n) > 0n;
    },

    async insertAanvraag(
      scope: GemeenteScope,
      v: {
        rondeId: string;
        relatieId: string;
        /** The account that applied; null with a one-time code (no account). */
        door: string | null;
        status: string;
        regeluitkomst: unknown;
        aanvrager?: 'mantelzorger' | 'zorgvrager';
        viaCode?: boolean;
      },
    ): Promise<string> {
      const r = await scope
        .insertInto('waarderingsaanvragen', {
          ronde_id: v.rondeId,
          relatie_id: v.relatieId,
          aangevraagd_door: v.door,
          aanvrager: v.aanvrager ?? 'mantelzorger',
          via_code: v.viaCode ?? false,
          status: v.status,
          regeluitkomst: JSON.stringify(v.regeluitkomst),
        })
        .onConflict((oc) => oc.columns(['gemeente_id', 'ronde_id', 'relatie_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return r?.id ?? '';
    },

    aanvraag: (scope: GemeenteScope, id: string) =>
      aanvraagSelect(scope).where('waarderingsaanvragen.id', '=', id).executeTakeFirst(),

    /** Only the core, outside any access check: whose it is and which campaign. */
    aanvraagKern: (scope: GemeenteScope, id: string) =>
      scope
        .selectFrom('waarderingsaanvragen')
        .innerJoin('mantelzorgrelaties as r', (j) =>
          j
            .onRef('r.gemeente_id', '=', 'waarderingsaanvragen.gemeente_id')
            .onRef('r.id', '=', 'waarderingsaanvragen.relatie_id'),
        )
        .innerJoin('waarderingsrondes as w', (j) =>
          j
            .onRef('w.gemeente_id', '=', 'waarderingsaanvragen.gemeente_id')
            .onRef('w.id', '=', 'waarderingsaanvragen.ronde_id'),
        )
        .select([
          'waarderingsaanvragen.id',
          'r.mantelzorger_id',
          'r.zorgvrager_email',
          'w.organisatie_id',
        ])
        .where('waarderingsaanvragen.id', '=', id)
        .executeTakeFirst(),

    aanvragenVanRonde: (scope: GemeenteScope, rondeId: string) =>
      aanvraagSelect(scope)
        .where('waarderingsaanvragen.ronde_id', '=', rondeId)
        .orderBy('waarderingsaanvragen.ingediend_op')
        .execute(),

    aanvragenVanPersoon: (scope: GemeenteScope, persoonId: string) =>
      aanvraagSelect(scope)
        .where('r.mantelzorger_id', '=', persoonId)
        .orderBy('waarderingsaanvragen.ingediend_op')
        .execute(),

    /** Applications that name this e-mail address as the care recipient's, still to confirm. */
    teBevestigen: (scope: GemeenteScope, email: string) =>
      aanvraagSelect(scope)
        .where(sql<boolean>`lower(r.zorgvrager_email) = lower(${email})`)
        .where('waarderingsaanvragen.status', '=', 'wacht-op-bevestiging')
        .orderBy('waarderingsaanvragen.ingediend_op')
        .execute(),

    /**
     * The relations that name this e-mail address as the care recipient's, with each open
     * campaign in which the care recipient may apply and no application exists yet.
     */
    kanAanvragenAlsZorgvrager: (scope: GemeenteScope, email: string, vandaag: string) =>
      relatieSelect(scope)
        .innerJoin('waarderingsrondes as w', 'w.gemeente_id', 'mantelzorgrelaties.gemeente_id')
        .select(['w.id as ronde_id', 'w.jaar'])
        .where(sql<boolean>`lower(mantelzorgrelaties.zorgvrager_email) = lower(${email})`)
        .where('w.wie_mag_aanvragen', 'in', ['zorgvrager', 'beide'])
        .where('w.open_vanaf', '<=', vandaag)
        .where('w.deadline', '>=', vandaag)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('waarderingsaanvragen as a')
                .select('a.id')
                .whereRef('a.gemeente_id', '=', 'mantelzorgrelaties.gemeente_id')
                .whereRef('a.relatie_id', '=', 'mantelzorgrelaties.id')
                .whereRef('a.ronde_id', '=', 'w.id'),
            ),
          ),
        )
        .orderBy('w.jaar', 'desc')
        .orderBy('mantelzorgrelaties.geregistreerd_op')
        .execute(),

    async bevestig(
      scope: GemeenteScope,
      v: { aanvraagId: string; bevestigd: boolean; door: string; zorgvragerId: string },
    ): Promise<void> {
      await scope
        .insertInto('waarderingsbevestigingen', {
          aanvraag_id: v.aanvraagId,
          bevestigd: v.bevestigd,
          door: v.door,
        })
        .execute();
      const a = await scope
        .updateTable('waarderingsaanvragen')
        .set({ status: 'te-beoordelen' })
        .where('id', '=', v.aanvraagId)
        .returning('relatie_id')
        .executeTakeFirstOrThrow();
      await scope
        .updateTable('mantelzorgrelaties')
        .set({ zorgvrager_id: v.zorgvragerId })
        .where('id', '=', a.relatie_id)
        .where('zorgvrager_id', 'is', null)
        .execute();
    },

    vergrendelAanvraag: (scope: GemeenteScope, id: string) =>
      scope
        .selectFrom('waarderingsaanvragen')
        .select(['id', 'status'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst(),

    async besluit(
      scope: GemeenteScope,
      id: string,
      v: { status: string; reden: string; door: string; regeluitkomst: unknown },
    ): Promise<void> {
      await scope
        .updateTable('waarderingsaanvragen')
        .set({
          status: v.status,
          besluit_reden: v.reden,
          besloten_door: v.door,
          besloten_op: new Date(),
          regeluitkomst: JSON.stringify(v.regeluitkomst),
        })
        .where('id', '=', id)
        .execute();
    },

    /** Granted applications of a campaign, for the payment export. */
    toekenningen: (scope: GemeenteScope, rondeId: string) =>
      scope
        .selectFrom('waarderingsaanvragen')
        .innerJoin('mantelzorgrelaties as r', (j) =>
          j
            .onRef('r.gemeente_id', '=', 'waarderingsaanvragen.gemeente_id')
            .onRef('r.id', '=', 'waarderingsaanvragen.relatie_id'),
        )
        .innerJoin('personen as p', (j) =>
          j.onRef('p.gemeente_id', '=', 'r.gemeente_id').onRef('p.id', '=', 'r.mantelzorger_id'),
        )
        // A resident's own record has no e-mail address of its own: their login's, then.
        .leftJoin('accounts as acc', 'acc.id', 'p.account_id')
        .select([
          'waarderingsaanvragen.id',
          'r.mantelzorger_id as persoon_id',
          'p.naam',
          sql<string | null>`coalesce(p.email, acc.email)`.as('email'),
          'p.postcode',
          'r.zorgvrager_naam',
          'waarderingsaanvragen.besloten_op',
        ])
        .where('waarderingsaanvragen.ronde_id', '=', rondeId)
        .where('waarderingsaanvragen.status', '=', 'toegekend')
        .orderBy('p.naam')
        .orderBy('waarderingsaanvragen.id')
        .execute(),

    /** Facts for the figures, naming no one: each carer's date of birth; the campaign's statuses. */
    async feiten(scope: GemeenteScope, rondeId: string | null) {
      const mantelzorgers = await scope
        .selectFrom('mantelzorgrelaties')
        .innerJoin('personen as p', (j) =>
          j
            .onRef('p.gemeente_id', '=', 'mantelzorgrelaties.gemeente_id')
            .onRef('p.id', '=', 'mantelzorgrelaties.mantelzorger_id'),
        )
        .select(['p.id', d('p.geboortedatum', 'geboortedatum')])
        .distinct()
        .where('p.gewist_op', 'is', null)
        .execute();
      const statussen = rondeId
        ? await scope
            .selectFrom('waarderingsaanvragen')
            .select('status')
            .where('ronde_id', '=', rondeId)
            .execute()
        : [];
      return {
        geboortedata: mantelzorgers.map((m) => m.geboortedatum as string | null),
        statussen: statussen.map((s) => s.status),
      };
    },

    /**
     * The carers to remind of a campaign: registered, with an account, not erased, and no
     * application for it yet — with the reminders they already had.
     */
    async teHerinneren(scope: GemeenteScope, rondeId: string) {
      const rijen = await scope
        .selectFrom('mantelzorgrelaties')
        .innerJoin('personen as p', (j) =>
          j
            .onRef('p.gemeente_id', '=', 'mantelzorgrelaties.gemeente_id')
            .onRef('p.id', '=', 'mantelzorgrelaties.mantelzorger_id'),
        )
        .select(['p.id as persoonId', 'p.account_id as accountId'])
        .where('p.account_id', 'is not', null)
        .where('p.gewist_op', 'is', null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('waarderingsaanvragen as a')
                .innerJoin('mantelzorgrelaties as r2', (j) =>
                  j
                    .onRef('r2.gemeente_id', '=', 'a.gemeente_id')
                    .onRef('r2.id', '=', 'a.relatie_id'),
                )
                .select('a.id')
                .whereRef('a.gemeente_id', '=', 'p.gemeente_id')
                .whereRef('r2.mantelzorger_id', '=', 'p.id')
                .where('a.ronde_id', '=', rondeId),
            ),
          ),
        )
        .groupBy(['p.id', 'p.account_id'])
        .orderBy('p.id')
        .execute();
      const verstuurd = await scope
        .selectFrom('waarderingsherinneringen')
        .select(['persoon_id', 'soort'])
        .where('ronde_id', '=', rondeId)
        .execute();
      return rijen.map((r) => ({
        persoonId: r.persoonId,
        accountId: r.accountId!,
        verstuurd: verstuurd.filter((v) => v.persoon_id === r.persoonId).map((v) => v.soort),
      }));
    },

    /** Remembers a reminder; false when another run sent it first. */
    async herinneringVerstuurd(
      scope: GemeenteScope,
      rondeId: string,
      persoonId: string,
      soort: string,
    ): Promise<boolean> {
      const r = await scope
        .insertInto('waarderingsherinneringen', {
          ronde_id: rondeId,
          persoon_id: persoonId,
          soort,
          verstuurd_op: new Date(),
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('waarderingscodes').where('persoon_id', '=', persoonId).execute();
      await scope
        .deleteFrom('waarderingsherinneringen')
        .where('persoon_id', '=', persoonId)
        .execute();
      const relaties = scope
        .selectFrom('mantelzorgrelaties')
        .select('id')
        .where('mantelzorger_id', '=', persoonId);
      const aanvragen = scope
        .selectFrom('waarderingsaanvragen')
        .select('id')
        .where('relatie_id', 'in', relaties);
      await scope
        .deleteFrom('waarderingsbevestigingen')
        .where('aanvraag_id', 'in', aanvragen)
        .execute();
      await scope.deleteFrom('waarderingsaanvragen').where('relatie_id', 'in', relaties).execute();
      await scope
        .deleteFrom('mantelzorgrelaties')
        .where('mantelzorger_id', '=', persoonId)
        .execute();
      // As care recipient: the link to their record goes, the carer's relation stays.
      await scope
        .updateTable('mantelzorgrelaties')
        .set({ zorgvrager_id: null })
        .where('zorgvrager_id', '=', persoonId)
        .execute();
    },
  };
}

export type MantelzorgRepository = ReturnType<typeof createMantelzorgRepository>;
export type RelatieRij = NonNullable<Awaited<ReturnType<MantelzorgRepository['relatie']>>>;
export type AanvraagRij = NonNullable<Awaited<ReturnType<MantelzorgRepository['aanvraag']>>>;
export type RondeRij = NonNullable<Awaited<ReturnType<MantelzorgRepository['ronde']>>>;
