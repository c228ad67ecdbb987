import { sql } from 'kysely';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';

const PERSOON_KOLOMMEN = [
  'personen.id',
  'personen.account_id',
  'personen.naam',
  'personen.telefoonnummer',
  'personen.email',
  'personen.postcode',
  'personen.aangemaakt_op',
  'personen.gewijzigd_op',
] as const;
const geboortedatum = sql<string | null>`to_char(personen.geboortedatum, 'YYYY-MM-DD')`.as(
  'geboortedatum',
);

export interface PersoonRij {
  id: string;
  account_id: string | null;
  naam: string | null;
  telefoonnummer: string | null;
  email: string | null;
  postcode: string | null;
  geboortedatum: string | null;
  aangemaakt_op: Date;
  gewijzigd_op: Date;
}

export function createPersonenRepository() {
  return {
    async insert(
      scope: GemeenteScope,
      values: {
        accountId: string | null;
        naam: string;
        telefoonnummer: string | null;
        email: string | null;
        postcode: string | null;
        geboortedatum: string | null;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('personen', {
          account_id: values.accountId,
          naam: values.naam,
          telefoonnummer: values.telefoonnummer,
          email: values.email,
          postcode: values.postcode,
          geboortedatum: values.geboortedatum,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async find(scope: GemeenteScope, id: string): Promise<PersoonRij | undefined> {
      return scope
        .selectFrom('personen')
        .select([...PERSOON_KOLOMMEN, geboortedatum])
        .where('id', '=', id)
        .where('gewist_op', 'is', null)
        .executeTakeFirst();
    },

    async findByAccount(scope: GemeenteScope, accountId: string): Promise<PersoonRij | undefined> {
      return scope
        .selectFrom('personen')
        .select([...PERSOON_KOLOMMEN, geboortedatum])
        .where('account_id', '=', accountId)
        .where('gewist_op', 'is', null)
        .executeTakeFirst();
    },

    async accountHeeftPersoon(scope: GemeenteScope, accountId: string): Promise<boolean> {
      const row = await scope
        .selectFrom('personen')
        .select('id')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async update(
      scope: GemeenteScope,
      id: string,
      values: Partial<{
        naam: string;
        telefoonnummer: string | null;
        email: string | null;
        postcode: string | null;
        geboortedatum: string | null;
      }>,
    ): Promise<void> {
      await scope
        .updateTable('personen')
        .set({ ...values, gewijzigd_op: sql<Date>`now()` as never })
        .where('id', '=', id)
        .execute();
    },

    /** Persons in whose case team the account has a running betrokkenheid. */
    async vanTeamlid(scope: GemeenteScope, accountId: string): Promise<PersoonRij[]> {
      return scope
        .selectFrom('personen')
        .select([...PERSOON_KOLOMMEN, geboortedatum])
        .where('gewist_op', 'is', null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('betrokkenheden')
              .select('betrokkenheden.id')
              .whereRef('betrokkenheden.gemeente_id', '=', 'personen.gemeente_id')
              .whereRef('betrokkenheden.persoon_id', '=', 'personen.id')
              .where('betrokkenheden.account_id', '=', accountId)
              .where((e) => e.or([e('tot', 'is', null), e('tot', '>', sql<Date>`now()`)])),
          ),
        )
        .orderBy('personen.naam')
        .limit(500)
        .execute();
    },

    async betrokkenheden(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('betrokkenheden')
        .innerJoin('accounts', 'accounts.id', 'betrokkenheden.account_id')
        .innerJoin('organisaties', (j) =>
          j
            .onRef('organisaties.gemeente_id', '=', 'betrokkenheden.gemeente_id')
            .onRef('organisaties.id', '=', 'betrokkenheden.organisatie_id'),
        )
        .select([
          'betrokkenheden.id',
          'betrokkenheden.account_id',
          'accounts.naam',
          'betrokkenheden.organisatie_id',
          'organisaties.naam as organisatie',
          'betrokkenheden.rol',
          'betrokkenheden.categorieen',
          'betrokkenheden.grondslag',
          'betrokkenheden.levensdomeinen',
          'betrokkenheden.sinds',
          'betrokkenheden.tot',
        ])
        .where('betrokkenheden.persoon_id', '=', persoonId)
        .orderBy('betrokkenheden.sinds')
        .execute();
    },

    async insertBetrokkenheid(
      scope: GemeenteScope,
      values: {
        persoonId: string;
        accountId: string;
        organisatieId: string;
        rol: string;
        categorieen: string[];
        grondslag: string;
        tot: Date | null;
        door: string;
      },
    ): Promise<string> {
      const row = await scope
        .insertInto('betrokkenheden', {
          persoon_id: values.persoonId,
          account_id: values.accountId,
          organisatie_id: values.organisatieId,
          rol: values.rol,
          categorieen: values.categorieen,
          grondslag: values.grondslag,
          tot: values.tot,
          aangemaakt_door: values.door,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Ends a running betrokkenheid now; false when there was none. */
    async beeindigBetrokkenheid(scope: GemeenteScope, persoonId: string, id: string) {
      const result = await scope
        .updateTable('betrokkenheden')
        .set({ tot: sql<Date>`now()` as never })
        .where('id', '=', id)
        .where('persoon_id', '=', persoonId)
        .where((e) => e.or([e('tot', 'is', null), e('tot', '>', sql<Date>`now()`)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async vertegenwoordigers(scope: GemeenteScope, persoonId: string) {
      return scope
        .selectFrom('vertegenwoordigers')
        .innerJoin('accounts', 'accounts.id', 'vertegenwoordigers.account_id')
        .select([
          'vertegenwoordigers.id',
          'vertegenwoordigers.account_id',
          'accounts.naam',
          'vertegenwoordigers.soort',
          'vertegenwoordigers.sinds',
          'vertegenwoordigers.tot',
        ])
        .where('vertegenwoordigers.persoon_id', '=', persoonId)
        .orderBy('vertegenwoordigers.sinds')
        .execute();
    },

    async insertVertegenwoordiger(
      scope: GemeenteScope,
      values: { persoonId: string; accountId: string; soort: string; tot: Date | null },
    ): Promise<string> {
      const row = await scope
        .insertInto('vertegenwoordigers', {
          persoon_id: values.persoonId,
          account_id: values.accountId,
          soort: values.soort,
          tot: values.tot,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Whether the account works in this gemeente for the organisation as care staff. */
    async zetLevensdomeinen(
      scope: GemeenteScope,
      persoonId: string,
      betrokkenheidId: string,
      levensdomeinen: string[],
    ): Promise<boolean> {
      const res = await scope
        .updateTable('betrokkenheden')
        .set({ levensdomeinen })
        .where('persoon_id', '=', persoonId)
        .where('id', '=', betrokkenheidId)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async zetRol(scope: GemeenteScope, betrokkenheidId: string, rol: 'regisseur' | 'lid') {
      await scope
        .updateTable('betrokkenheden')
        .set({ rol })
        .where('id', '=', betrokkenheidId)
        .execute();
    },

    /** The categories of the person's running consents to one organisation, together. */
    async toestemmingCategorieen(
      scope: GemeenteScope,
      persoonId: string,
      organisatieId: string,
    ): Promise<string[]> {
      const rows = await scope
        .selectFrom('toestemmingen')
        .select('categorieen')
        .where('persoon_id', '=', persoonId)
        .where('organisatie_id', '=', organisatieId)
        .where('ingetrokken_op', 'is', null)
        .where((e) =>
          e.or([e('geldig_tot', 'is', null), e('geldig_tot', '>=', sql<string>`current_date`)]),
        )
        .execute();
      return [...new Set(rows.flatMap((r) => r.categorieen))];
    },

    async isZorgmedewerkerVan(scope: GemeenteScope, accountId: string, organisatieId: string) {
      const row = await scope
        .selectFrom('rollen')
        .select('rol')
        .where('account_id', '=', accountId)
        .where('organisatie_id', '=', organisatieId)
        .where('rol', 'in', ['professional', 'huisarts'])
        .executeTakeFirst();
      return row !== undefined;
    },

    async accountBestaat(scope: GemeenteScope, accountId: string): Promise<boolean> {
      const row = await scope
        .selectFrom('rollen')
        .select('account_id')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type PersonenRepository = ReturnType<typeof createPersonenRepository>;
