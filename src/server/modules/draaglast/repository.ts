import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { Drempels, Vraag } from './instrument.ts';
import type { Uitslag } from './score.ts';

/** The only SQL of the check, scoped to the gemeente. */
export function createDraaglastRepository() {
  function checkSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('draaglast_checks')
      .leftJoin('draaglast_taken as t', (j) =>
        j
          .onRef('t.gemeente_id', '=', 'draaglast_checks.gemeente_id')
          .onRef('t.check_id', '=', 'draaglast_checks.id'),
      )
      .select([
        'draaglast_checks.id',
        'draaglast_checks.persoon_id',
        'draaglast_checks.vragen',
        'draaglast_checks.antwoorden',
        'draaglast_checks.last',
        'draaglast_checks.kracht',
        'draaglast_checks.belasting',
        'draaglast_checks.band',
        'draaglast_checks.gedeeld_met',
        'draaglast_checks.ingevuld_op',
        't.id as taak_id',
      ]);
  }

  function taakSelect(scope: GemeenteScope) {
    return scope
      .selectFrom('draaglast_taken')
      .innerJoin('draaglast_checks as c', (j) =>
        j
          .onRef('c.gemeente_id', '=', 'draaglast_taken.gemeente_id')
          .onRef('c.id', '=', 'draaglast_taken.check_id'),
      )
      .innerJoin('personen as p', (j) =>
        j
          .onRef('p.gemeente_id', '=', 'draaglast_taken.gemeente_id')
          .onRef('p.id', '=', 'draaglast_taken.persoon_id'),
      )
      .select([
        'draaglast_taken.id',
        'draaglast_taken.persoon_id',
        'draaglast_taken.organisatie_id',
        'draaglast_taken.check_id',
        'draaglast_taken.status',
        'draaglast_taken.notitie',
        'draaglast_taken.afgerond_op',
        'c.ingevuld_op',
        'c.band',
        'p.naam',
      ])
      .where('p.gewist_op', 'is', null);
  }

  return {
    async instrument(scope: GemeenteScope) {
      return scope
        .selectFrom('draaglast_instrumenten')
        .select(['versie', 'vragen', 'drempels', 'gewijzigd_op'])
        .executeTakeFirst();
    },

    async slaInstrumentOp(
      scope: GemeenteScope,
      v: { vragen: Vraag[]; drempels: Drempels; door: string },
    ): Promise<void> {
      const huidig = await scope
        .selectFrom('draaglast_instrumenten')
        .select('versie')
        .forUpdate()
        .executeTakeFirst();
      const waarden = {
        vragen: JSON.stringify(v.vragen),
        drempels: JSON.stringify(v.drempels),
        gewijzigd_door: v.door,
        gewijzigd_op: new Date(),
      };
      if (huidig) {
        await scope
          .updateTable('draaglast_instrumenten')
          .set({ ...waarden, versie: huidig.versie + 1 })
          .execute();
      } else {
        await scope.insertInto('draaglast_instrumenten', { ...waarden, versie: 1 }).execute();
      }
    },

    /** The organisations with a mantelzorgconsulent (the steunpunten), with their contact. */
    async steunpunten(scope: GemeenteScope) {
      const ids = scope
        .selectFrom('rollen')
        .select('organisatie_id')
        .where('rol', '=', 'professional')
        .where('functie', '=', 'mantelzorgconsulent')
        .where('organisatie_id', 'is not', null);
      return scope
        .selectFrom('organisaties')
        .select(['id', 'naam', 'telefoon', 'email', 'website'])
        .where('id', 'in', ids as never)
        .orderBy('naam')
        .execute();
    },

    async insertCheck(
      scope: GemeenteScope,
      v: {
        persoonId: string;
        versie: number;
        vragen: Vraag[];
        antwoorden: Record<string, number>;
        uitslag: Uitslag;
        gedeeldMet: string | null;
      },
    ): Promise<string> {
      const r = await scope
        .insertInto('draaglast_checks', {
          persoon_id: v.persoonId,
          instrument_versie: v.versie,
          vragen: JSON.stringify(v.vragen),
          antwoorden: JSON.stringify(v.antwoorden),
          last: v.uitslag.last,
          kracht: v.uitslag.kracht,
          belasting: v.uitslag.belasting,
          band: v.uitslag.band,
          gedeeld_met: v.gedeeldMet,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    async insertTaak(
      scope: GemeenteScope,
      v: { checkId: string; persoonId: string; organisatieId: string },
    ): Promise<void> {
      await scope
        .insertInto('draaglast_taken', {
          check_id: v.checkId,
          persoon_id: v.persoonId,
          organisatie_id: v.organisatieId,
          status: 'open',
        })
        .execute();
    },

    check: (scope: GemeenteScope, id: string) =>
      checkSelect(scope).where('draaglast_checks.id', '=', id).executeTakeFirst(),

    checksVan: (scope: GemeenteScope, persoonId: string) =>
      checkSelect(scope)
        .where('draaglast_checks.persoon_id', '=', persoonId)
        .orderBy('draaglast_checks.ingevuld_op')
        .orderBy('draaglast_checks.id')
        .execute(),

    /** The checks a carer shared with one of these steunpunten, oldest first. */
    gedeeldeChecksVan: (scope: GemeenteScope, persoonId: string, organisaties: string[]) =>
      checkSelect(scope)
        .where('draaglast_checks.persoon_id', '=', persoonId)
        .where('draaglast_checks.gedeeld_met', 'in', organisaties)
        .orderBy('draaglast_checks.ingevuld_op')
        .orderBy('draaglast_checks.id')
        .execute(),

    naam: async (scope: GemeenteScope, persoonId: string) =>
      (
        await scope
          .selectFrom('personen')
          .select('naam')
          .where('id', '=', persoonId)
          .executeTakeFirst()
      )?.naam ?? '',

    takenVan: (scope: GemeenteScope, organisaties: string[], status: string) =>
      taakSelect(scope)
        .where('draaglast_taken.organisatie_id', 'in', organisaties)
        .where('draaglast_taken.status', '=', status)
        .orderBy('c.ingevuld_op', status === 'open' ? 'asc' : 'desc')
        .execute(),

    takenVanPersoon: (scope: GemeenteScope, persoonId: string) =>
      taakSelect(scope)
        .where('draaglast_taken.persoon_id', '=', persoonId)
        .orderBy('draaglast_taken.aangemaakt_op')
        .execute(),

    taak: (scope: GemeenteScope, id: string) =>
      taakSelect(scope).where('draaglast_taken.id', '=', id).executeTakeFirst(),

    /** Only the task's own columns (no person data): for the access check before reading. */
    taakKern: (scope: GemeenteScope, id: string) =>
      scope
        .selectFrom('draaglast_taken')
        .select(['id', 'persoon_id', 'organisatie_id', 'status'])
        .where('id', '=', id)
        .executeTakeFirst(),

    async rondAf(scope: GemeenteScope, id: string, v: { notitie: string; door: string }) {
      const r = await scope
        .updateTable('draaglast_taken')
        .set({
          status: 'afgerond',
          notitie: v.notitie,
          afgerond_door: v.door,
          afgerond_op: new Date(),
        })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async wis(scope: GemeenteScope, persoonId: string): Promise<void> {
      await scope.deleteFrom('draaglast_taken').where('persoon_id', '=', persoonId).execute();
      await scope.deleteFrom('draaglast_checks').where('persoon_id', '=', persoonId).execute();
    },
  };
}

export type DraaglastRepository = ReturnType<typeof createDraaglastRepository>;
export type CheckRij = NonNullable<Awaited<ReturnType<DraaglastRepository['check']>>>;
export type TaakRij = NonNullable<Awaited<ReturnType<DraaglastRepository['taak']>>>;
