import { sql } from 'kysely';
import {
  datumKolom as d,
  datumKolomOfNull as dOfNull,
} from '../../platform/database/datum-kolom.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

/** The only SQL of zorgkring, scoped to the gemeente. */
export function createZorgkringRepository() {
  return {
    async maakKring(
      scope: GemeenteScope,
      v: { voorWie: string; accountId: string; persoonId: string },
    ): Promise<string> {
      const { id } = await scope
        .insertInto('zorgkringen', {
          voor_wie: v.voorWie,
          eigenaar_account_id: v.accountId,
          eigenaar_persoon_id: v.persoonId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await scope
        .insertInto('zorgkring_leden', {
          kring_id: id,
          account_id: v.accountId,
          rol: 'mantelzorger',
        })
        .execute();
      return id;
    },

    async kring(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('zorgkringen')
        .select(['id', 'voor_wie', 'eigenaar_account_id', 'eigenaar_persoon_id', 'aangemaakt_op'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** The active membership of an account, locked for the rest of the transaction. */
    async lidmaatschap(scope: GemeenteScope, kringId: string, accountId: string) {
      return scope
        .selectFrom('zorgkring_leden')
        .select(['rol'])
        .where('kring_id', '=', kringId)
        .where('account_id', '=', accountId)
        .forUpdate()
        .executeTakeFirst();
    },

    async kringenVan(scope: GemeenteScope, accountId: string) {
      return scope
        .selectFrom('zorgkring_leden')
        .innerJoin('zorgkringen as k', (j) =>
          j
            .onRef('k.gemeente_id', '=', 'zorgkring_leden.gemeente_id')
            .onRef('k.id', '=', 'zorgkring_leden.kring_id'),
        )
        .select([
          'k.id',
          'k.voor_wie',
          'k.eigenaar_persoon_id',
          'zorgkring_leden.rol',
          (eb) =>
            eb
              .selectFrom('zorgkring_leden as l2')
              .select((e) => e.fn.countAll<string>().as('n'))
              .whereRef('l2.gemeente_id', '=', 'k.gemeente_id')
              .whereRef('l2.kring_id', '=', 'k.id')
              .as('aantal'),
        ])
        .where('zorgkring_leden.account_id', '=', accountId)
        .orderBy('k.aangemaakt_op')
        .execute();
    },

    async leden(scope: GemeenteScope, kringId: string) {
      return scope
        .selectFrom('zorgkring_leden')
        .innerJoin('accounts', 'accounts.id', 'zorgkring_leden.account_id')
        .select(['zorgkring_leden.account_id', 'accounts.naam', 'zorgkring_leden.rol'])
        .where('zorgkring_leden.kring_id', '=', kringId)
        .orderBy('zorgkring_leden.sinds')
        .execute();
    },

    /** Whether the account with this e-mail address is a member already. */
    async isLidMetEmail(scope: GemeenteScope, kringId: string, email: string) {
      const r = await scope
        .selectFrom('zorgkring_leden')
        .innerJoin('accounts', 'accounts.id', 'zorgkring_leden.account_id')
        .select('zorgkring_leden.account_id')
        .where('zorgkring_leden.kring_id', '=', kringId)
        .where(sql<boolean>`lower(accounts.email) = lower(${email})`)
        .executeTakeFirst();
      return r !== undefined;
    },

    async voegLidToe(scope: GemeenteScope, kringId: string, accountId: string, rol: string) {
      await scope
        .insertInto('zorgkring_leden', { kring_id: kringId, account_id: accountId, rol })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async verwijderLid(scope: GemeenteScope, kringId: string, accountId: string) {
      const r = await scope
        .deleteFrom('zorgkring_leden')
        .where('kring_id', '=', kringId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async verwijderKring(scope: GemeenteScope, kringId: string) {
      await scope.deleteFrom('zorgkringen').where('id', '=', kringId).execute();
    },

    // --- invitations ----------------------------------------------------------------------
    async nodigUit(
      scope: GemeenteScope,
      v: { kringId: string; email: string; rol: string; bericht: string },
    ): Promise<string | undefined> {
      const r = await scope
        .insertInto('zorgkring_uitnodigingen', {
          kring_id: v.kringId,
          email: v.email,
          rol: v.rol,
          bericht: v.bericht,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return r?.id;
    },

    async openUitnodigingen(scope: GemeenteScope, kringId: string) {
      return scope
        .selectFrom('zorgkring_uitnodigingen')
        .select(['id', 'email', 'rol', 'uitgenodigd_op'])
        .where('kring_id', '=', kringId)
        .where('status', '=', 'open')
        .orderBy('uitgenodigd_op')
        .execute();
    },

    /** Open invitations for an e-mail address, with the circle and the owner's name. */
    async uitnodigingenVoor(scope: GemeenteScope, email: string) {
      return scope
        .selectFrom('zorgkring_uitnodigingen')
        .innerJoin('zorgkringen as k', (j) =>
          j
            .onRef('k.gemeente_id', '=', 'zorgkring_uitnodigingen.gemeente_id')
            .onRef('k.id', '=', 'zorgkring_uitnodigingen.kring_id'),
        )
        .innerJoin('accounts as a', 'a.id', 'k.eigenaar_account_id')
        .select([
          'zorgkring_uitnodigingen.id',
          'zorgkring_uitnodigingen.kring_id',
          'zorgkring_uitnodigingen.rol',
          'zorgkring_uitnodigingen.bericht',
          'zorgkring_uitnodigingen.uitgenodigd_op',
          'k.voor_wie',
          'k.eigenaar_persoon_id',
          'a.naam as eigenaar_naam',
        ])
        .where(sql<boolean>`lower(zorgkring_uitnodigingen.email) = lower(${email})`)
        .where('zorgkring_uitnodigingen.status', '=', 'open')
        .orderBy('zorgkring_uitnodigingen.uitgenodigd_op')
        .execute();
    },

    async vergrendelUitnodiging(scope: GemeenteScope, id: string) {
      return scope
        .selectFrom('zorgkring_uitnodigingen')
        .select(['id', 'kring_id', 'email', 'rol', 'status'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },

    async beantwoord(scope: GemeenteScope, id: string, status: 'geaccepteerd' | 'afgeslagen') {
      await scope
        .updateTable('zorgkring_uitnodigingen')
        .set({ status, beantwoord_op: new Date() })
        .where('id', '=', id)
        .execute();
    },

    // --- agenda ---------------------------------------------------------------------------
    async maakAfspraak(
      scope: GemeenteScope,
      kringId: string,
      door: string,
      v: {
        titel: string;
        datum: string;
        tijd: string | null;
        plaats: string;
        herhaling: string;
        tot: string | null;
      },
    ): Promise<string> {
      const { id } = await scope
        .insertInto('zorgkring_afspraken', {
          kring_id: kringId,
          door,
          titel: v.titel,
          datum: v.datum,
          tijd: v.tijd,
          plaats: v.plaats,
          herhaling: v.herhaling,
          tot: v.herhaling === 'geen' ? null : v.tot,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    /** Appointments that may fall in the window (the first date before its end). */
    async afspraken(scope: GemeenteScope, kringId: string, tot: string) {
      return scope
        .selectFrom('zorgkring_afspraken')
        .select([
          'id',
          'titel',
          d('zorgkring_afspraken.datum', 'datum'),
          'tijd',
          'plaats',
          'herhaling',
          dOfNull('zorgkring_afspraken.tot', 'tot'),
        ])
        .where('kring_id', '=', kringId)
        .where('datum', '<=', tot)
        .execute();
    },

    async verwijderAfspraak(scope: GemeenteScope, kringId: string, id: string) {
      const r = await scope
        .deleteFrom('zorgkring_afspraken')
        .where('kring_id', '=', kringId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    // --- tasks ----------------------------------------------------------------------------
    async maakTaak(
      scope: GemeenteScope,
      kringId: string,
      door: string,
      v: { titel: string; datum: string | null; weekdag: number | null },
    ): Promise<string> {
      const { id } = await scope
        .insertInto('zorgkring_taken', {
          kring_id: kringId,
          door,
          titel: v.titel,
          datum: v.datum,
          weekdag: v.weekdag,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async taken(scope: GemeenteScope, kringId: string) {
      return scope
        .selectFrom('zorgkring_taken')
        .leftJoin('accounts', 'accounts.id', 'zorgkring_taken.geclaimd_door')
        .select([
          'zorgkring_taken.id',
          'zorgkring_taken.titel',
          dOfNull('zorgkring_taken.datum', 'datum'),
          'zorgkring_taken.weekdag',
          'zorgkring_taken.status',
          'zorgkring_taken.geclaimd_door',
          'accounts.naam as geclaimd_naam',
        ])
        .where('zorgkring_taken.kring_id', '=', kringId)
        .orderBy('zorgkring_taken.aangemaakt_op')
        .execute();
    },

    async vergrendelTaak(scope: GemeenteScope, kringId: string, id: string) {
      return scope
        .selectFrom('zorgkring_taken')
        .select(['id', 'status', 'geclaimd_door'])
        .where('kring_id', '=', kringId)
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },

    async zetTaak(
      scope: GemeenteScope,
      id: string,
      v: { status: string; geclaimdDoor: string | null },
    ) {
      await scope
        .updateTable('zorgkring_taken')
        .set({ status: v.status, geclaimd_door: v.geclaimdDoor })
        .where('id', '=', id)
        .execute();
    },

    async verwijderTaak(scope: GemeenteScope, kringId: string, id: string) {
      const r = await scope
        .deleteFrom('zorgkring_taken')
        .where('kring_id', '=', kringId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    /** A member who leaves gives back what they claimed and had not done. */
    async geefTakenTerug(scope: GemeenteScope, kringId: string, accountId: string) {
      await scope
        .updateTable('zorgkring_taken')
        .set({ status: 'open', geclaimd_door: null })
        .where('kring_id', '=', kringId)
        .where('geclaimd_door', '=', accountId)
        .where('status', '=', 'geclaimd')
        .execute();
    },

    // --- messages and notes ---------------------------------------------------------------
    async schrijfBericht(scope: GemeenteScope, kringId: string, van: string, tekst: string) {
      return scope
        .insertInto('zorgkring_berichten', { kring_id: kringId, van, tekst })
        .returning(['id', 'op'])
        .executeTakeFirstOrThrow();
    },

    async berichten(scope: GemeenteScope, kringId: string) {
      return scope
        .selectFrom('zorgkring_berichten')
        .leftJoin('accounts', 'accounts.id', 'zorgkring_berichten.van')
        .select([
          'zorgkring_berichten.id',
          'zorgkring_berichten.van',
          'accounts.naam',
          'zorgkring_berichten.tekst',
          'zorgkring_berichten.op',
        ])
        .where('zorgkring_berichten.kring_id', '=', kringId)
        .orderBy('zorgkring_berichten.op')
        .orderBy('zorgkring_berichten.id')
        .limit(500)
        .execute();
    },

    async schrijfNotitie(
      scope: GemeenteScope,
      kringId: string,
      door: string,
      v: { tekst: string; zichtbaarheid: string },
    ) {
      return scope
        .insertInto('zorgkring_notities', { kring_id: kringId, door, ...v })
        .returning(['id', 'op'])
        .executeTakeFirstOrThrow();
    },

    async notities(scope: GemeenteScope, kringId: string, zichtbaarheden: readonly string[]) {
      if (zichtbaarheden.length === 0) return [];
      return scope
        .selectFrom('zorgkring_notities')
        .leftJoin('accounts', 'accounts.id', 'zorgkring_notities.door')
        .select([
          'zorgkring_notities.id',
          'zorgkring_notities.tekst',
          'zorgkring_notities.zichtbaarheid',
          'accounts.naam',
          'zorgkring_notities.op',
        ])
        .where('zorgkring_notities.kring_id', '=', kringId)
        .where('zorgkring_notities.zichtbaarheid', 'in', zichtbaarheden)
        .orderBy('zorgkring_notities.op', 'desc')
        .execute();
    },

    // --- inzage and erasure ---------------------------------------------------------------
    async kringenVanPersoon(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('zorgkringen')
        .select(['id', 'voor_wie', 'aangemaakt_op'])
        .where('eigenaar_persoon_id', '=', persoonId)
        .execute();
    },

    /** The owner's circles go with everything in them (ON DELETE CASCADE). */
    async wis(scope: GemeenteScope, persoonId: string) {
      await scope.deleteFrom('zorgkringen').where('eigenaar_persoon_id', '=', persoonId).execute();
    },
  };
}

export type ZorgkringRepository = ReturnType<typeof createZorgkringRepository>;
