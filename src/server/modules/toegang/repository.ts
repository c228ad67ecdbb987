import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import { BEGIN_HASH, type OpgeslagenRij } from './logketen.ts';
import type { PersoonRelaties } from './toegangsbeleid.ts';

/** A `date` column as 'YYYY-MM-DD' text, whatever the driver's type parsers do. */
const datumTekst = (kolom: string) => sql<string | null>`to_char(${sql.ref(kolom)}, 'YYYY-MM-DD')`;

/** A consent "valid until" date counts through that whole day (UTC). */
function eindeVanDag(datum: string | null): Date | null {
  if (!datum) return null;
  return new Date(Date.parse(`${datum}T00:00:00Z`) + 86_400_000);
}

export function createToegangRepository() {
  return {
    /** Everything the policy needs about one person; undefined when unknown or erased. */
    async relaties(scope: GemeenteScope, persoonId: string): Promise<PersoonRelaties | undefined> {
      const persoon = await scope
        .selectFrom('personen')
        .select(['id', 'account_id', 'gewist_op'])
        .where('id', '=', persoonId)
        .executeTakeFirst();
      if (!persoon || persoon.gewist_op) return undefined;
      const [vertegenwoordigers, betrokkenheden, toestemmingen, doorbraken] = await Promise.all([
        scope
          .selectFrom('vertegenwoordigers')
          .select(['account_id', 'sinds', 'tot'])
          .where('persoon_id', '=', persoonId)
          .execute(),
        scope
          .selectFrom('betrokkenheden')
          .select([
            'account_id',
            'organisatie_id',
            'rol',
            'categorieen',
            'grondslag',
            'sinds',
            'tot',
          ])
          .where('persoon_id', '=', persoonId)
          .execute(),
        scope
          .selectFrom('toestemmingen')
          .select([
            'organisatie_id',
            'categorieen',
            'doel',
            'gegeven_op',
            'ingetrokken_op',
            datumTekst('toestemmingen.geldig_tot').as('geldig_tot'),
          ])
          .where('persoon_id', '=', persoonId)
          .execute(),
        scope
          .selectFrom('doorbraken')
          .select(['account_id', 'reden', 'op', 'geldig_tot'])
          .where('persoon_id', '=', persoonId)
          .where('geldig_tot', '>', sql<Date>`now()`)
          .execute(),
      ]);
      return {
        gemeenteId: scope.gemeenteId,
        persoonId,
        accountId: persoon.account_id,
        vertegenwoordigers: vertegenwoordigers.map((v) => ({
          accountId: v.account_id,
          sinds: v.sinds,
          tot: v.tot,
        })),
        betrokkenheden: betrokkenheden.map((b) => ({
          accountId: b.account_id,
          organisatieId: b.organisatie_id,
          rol: b.rol,
          categorieen: b.categorieen,
          grondslag: b.grondslag,
          sinds: b.sinds,
          tot: b.tot,
        })),
        toestemmingen: toestemmingen.map((t) => ({
          organisatieId: t.organisatie_id,
          categorieen: t.categorieen,
          doel: t.doel,
          gegevenOp: t.gegeven_op,
          geldigTot: eindeVanDag(t.geldig_tot),
          ingetrokkenOp: t.ingetrokken_op,
        })),
        doorbraken: doorbraken.map((d) => ({
          accountId: d.account_id,
          reden: d.reden,
          op: d.op,
          geldigTot: d.geldig_tot,
        })),
      };
    },

    async persoonVanAccount(scope: GemeenteScope, accountId: string): Promise<string | undefined> {
      const row = await scope
        .selectFrom('personen')
        .select('id')
        .where('account_id', '=', accountId)
        .where('gewist_op', 'is', null)
        .executeTakeFirst();
      return row?.id;
    },

    async persoonBestaat(scope: GemeenteScope, persoonId: string): Promise<boolean> {
      const row = await scope
        .selectFrom('personen')
        .select('id')
        .where('id', '=', persoonId)
        .where('gewist_op', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Appends rows to the gemeente's chain. Locks the chain head (FOR UPDATE), so appends
     * of one gemeente are serialised until the surrounding transaction ends.
     */
    async lockKop(scope: GemeenteScope): Promise<{ volgnummer: bigint; hash: string }> {
      await scope
        .insertInto('toegangslog_keten', { volgnummer: 0, hash: BEGIN_HASH })
        .onConflict((oc) => oc.column('gemeente_id').doNothing())
        .execute();
      const kop = await scope
        .selectFrom('toegangslog_keten')
        .select(['volgnummer', 'hash'])
        .forUpdate()
        .executeTakeFirstOrThrow();
      return { volgnummer: BigInt(kop.volgnummer), hash: kop.hash };
    },

    async schrijf(scope: GemeenteScope, rijen: OpgeslagenRij[]): Promise<void> {
      if (rijen.length === 0) return;
      await scope
        .insertInto(
          'toegangslog',
          rijen.map((r) => ({
            volgnummer: r.volgnummer,
            op: r.op,
            actie: r.actie,
            uitkomst: r.uitkomst,
            account_id: r.accountId,
            namens_persoon_id: r.namensPersoonId,
            rol: r.rol,
            organisatie_id: r.organisatieId,
            persoon_id: r.persoonId,
            categorie: r.categorie,
            grondslag: r.grondslag,
            doel: r.doel,
            ip: r.ip,
            doorbraak: r.doorbraak,
            vorige_hash: r.vorigeHash,
            hash: r.hash,
          })),
        )
        .execute();
      const laatste = rijen[rijen.length - 1]!;
      await scope
        .updateTable('toegangslog_keten')
        .set({ volgnummer: laatste.volgnummer, hash: laatste.hash })
        .execute();
    },

    async kop(scope: GemeenteScope): Promise<{ volgnummer: bigint; hash: string } | undefined> {
      const row = await scope
        .selectFrom('toegangslog_keten')
        .select(['volgnummer', 'hash'])
        .executeTakeFirst();
      return row ? { volgnummer: BigInt(row.volgnummer), hash: row.hash } : undefined;
    },

    /** A batch of the chain in order, after `na`. */
    async ketenRijen(scope: GemeenteScope, na: bigint, aantal: number): Promise<OpgeslagenRij[]> {
      const rows = await scope
        .selectFrom('toegangslog')
        .selectAll()
        .where('volgnummer', '>', na.toString() as never)
        .orderBy('volgnummer')
        .limit(aantal)
        .execute();
      return rows.map((r) => ({
        gemeenteId: r.gemeente_id,
        volgnummer: String(r.volgnummer),
        op: r.op,
        actie: r.actie,
        uitkomst: r.uitkomst,
        accountId: r.account_id,
        namensPersoonId: r.namens_persoon_id,
        rol: r.rol,
        organisatieId: r.organisatie_id,
        persoonId: r.persoon_id,
        categorie: r.categorie,
        grondslag: r.grondslag,
        doel: r.doel,
        ip: r.ip,
        doorbraak: r.doorbraak,
        vorigeHash: r.vorige_hash,
        hash: r.hash,
      }));
    },

    /** The log about one person, newest first, with organisation names. */
    async logVanPersoon(scope: GemeenteScope, persoonId: string, offset: number, limit: number) {
      const [rows, count] = await Promise.all([
        scope
          .selectFrom('toegangslog')
          .leftJoin('organisaties', (j) =>
            j
              .onRef('organisaties.gemeente_id', '=', 'toegangslog.gemeente_id')
              .onRef('organisaties.id', '=', 'toegangslog.organisatie_id'),
          )
          .select([
            'toegangslog.volgnummer',
            'toegangslog.op',
            'toegangslog.actie',
            'toegangslog.uitkomst',
            'toegangslog.grondslag',
            'toegangslog.rol',
            'toegangslog.categorie',
            'toegangslog.doel',
            'toegangslog.doorbraak',
            'organisaties.naam as organisatie',
          ])
          .where('toegangslog.persoon_id', '=', persoonId)
          .orderBy('toegangslog.volgnummer', 'desc')
          .offset(offset)
          .limit(limit)
          .execute(),
        scope
          .selectFrom('toegangslog')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('persoon_id', '=', persoonId)
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, totaal: Number(count.n) };
    },

    async insertDoorbraak(
      scope: GemeenteScope,
      values: {
        persoonId: string;
        accountId: string;
        organisatieId: string | null;
        rol: string;
        reden: string;
        op: Date;
        geldigTot: Date;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('doorbraken', {
          persoon_id: values.persoonId,
          account_id: values.accountId,
          organisatie_id: values.organisatieId,
          rol: values.rol,
          reden: values.reden,
          op: values.op,
          geldig_tot: values.geldigTot,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async doorbraken(
      scope: GemeenteScope,
      status: 'open' | 'beoordeeld' | 'alle',
      offset: number,
      limit: number,
    ) {
      let q = scope
        .selectFrom('doorbraken')
        .innerJoin('accounts', 'accounts.id', 'doorbraken.account_id')
        .leftJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'doorbraken.gemeente_id')
            .onRef('organisaties.id', '=', 'doorbraken.organisatie_id'),
        );
      if (status === 'open') q = q.where('doorbraken.beoordeeld_op', 'is', null);
      if (status === 'beoordeeld') q = q.where('doorbraken.beoordeeld_op', 'is not', null);
      const [rows, count] = await Promise.all([
        q
          .select((eb) => [
            'doorbraken.id',
            'doorbraken.persoon_id',
            'doorbraken.rol',
            'doorbraken.reden',
            'doorbraken.op',
            'doorbraken.geldig_tot',
            'doorbraken.beoordeeld_op',
            'doorbraken.oordeel',
            'doorbraken.toelichting',
            'accounts.naam as medewerker',
            'organisaties.naam as organisatie',
            eb
              .selectFrom('toegangslog')
              .select((e) => e.fn.countAll<string>().as('n'))
              .whereRef('toegangslog.gemeente_id', '=', 'doorbraken.gemeente_id')
              .whereRef('toegangslog.persoon_id', '=', 'doorbraken.persoon_id')
              .whereRef('toegangslog.account_id', '=', 'doorbraken.account_id')
              .where('toegangslog.doorbraak', '=', true)
              .whereRef('toegangslog.op', '>=', 'doorbraken.op')
              .whereRef('toegangslog.op', '<', 'doorbraken.geldig_tot')
              .as('aantal_inzages'),
          ])
          .orderBy('doorbraken.op', 'desc')
          .offset(offset)
          .limit(limit)
          .execute(),
        q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, totaal: Number(count.n) };
    },

    async beoordeel(
      scope: GemeenteScope,
      id: string,
      values: { door: string; oordeel: string; toelichting: string | null },
    ): Promise<boolean> {
      const result = await scope
        .updateTable('doorbraken')
        .set({
          beoordeeld_door: values.door,
          beoordeeld_op: sql<Date>`now()` as never,
          oordeel: values.oordeel,
          toelichting: values.toelichting,
        })
        .where('id', '=', id)
        .where('beoordeeld_op', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async doorbraakBestaat(scope: GemeenteScope, id: string): Promise<boolean> {
      return (
        (await scope
          .selectFrom('doorbraken')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst()) !== undefined
      );
    },
  };
}

export type ToegangRepository = ReturnType<typeof createToegangRepository>;
