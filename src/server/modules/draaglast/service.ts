import { type Actor, heeftRol } from '../../platform/auth/actor.ts';
import { KringError, veldFouten } from '../../platform/http/problem.ts';
import type { GemeenteScope, ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import { FUNCTIE_CONSULENT, GRONDSLAG_MANTELZORG } from '../mantelzorg/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PrivacyService } from '../privacy/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  type Antwoord,
  antwoordFouten,
  type Drempels,
  SCHAAL,
  STANDAARD_INSTRUMENT,
  type Vraag,
  valideerInstrument,
} from './instrument.ts';
import {
  afrondenSchema,
  type Check,
  type CheckMetAntwoorden,
  type InstrumentAntwoord,
  type InstrumentInvoer,
  instrumentInvoerSchema,
  type MijnDraaglast,
  type NieuweCheck,
  nieuweCheckSchema,
  type PersoonTrend,
  type TAAK_STATUSSEN,
  type Taak,
} from './model.ts';
import type { CheckRij, DraaglastRepository, TaakRij } from './repository.ts';
import { type Band, scoor } from './score.ts';

export interface DraaglastDeps {
  scopeOf: ScopeFactory;
  repository: DraaglastRepository;
  toegang: ToegangService;
  personen: Pick<PersonenService, 'neemOpViaToestemming'>;
  privacy: Pick<PrivacyService, 'eigenPersoonMaken' | 'legToestemmingVast'>;
}

/** The purpose of the consent the carer gives when sharing a result (shown in Mijn gegevens). */
export const DOEL_DRAAGLAST =
  'Hoe gaat het met u: het steunpunt mantelzorg ziet uw uitslag en neemt contact op als het zwaar is';

const nietGevonden = (wat = 'Dit is niet gevonden.') => new KringError('KRING_NIET_GEVONDEN', wat);
const alleenConsulent = () =>
  new KringError('KRING_GEEN_TOEGANG', 'Dit doet de mantelzorgconsulent van het steunpunt.');

interface Geldend {
  versie: number;
  vragen: Vraag[];
  drempels: Drempels;
  gewijzigdOp: Date | null;
}

function toCheck(r: CheckRij): Check {
  return {
    id: r.id,
    ingevuldOp: r.ingevuld_op.toISOString(),
    band: r.band as Band,
    last: r.last,
    kracht: r.kracht,
    belasting: r.belasting,
    gedeeldMet: r.gedeeld_met,
    taak: r.taak_id !== null,
  };
}

function metAntwoorden(r: CheckRij): CheckMetAntwoorden {
  const antwoorden = r.antwoorden as Record<string, number>;
  return {
    ...toCheck(r),
    vragen: (r.vragen as Vraag[]).map((v) => ({ ...v, antwoord: antwoorden[v.id] ?? 0 })),
  };
}

function toTaak(r: TaakRij): Taak {
  return {
    id: r.id,
    persoonId: r.persoon_id,
    naam: r.naam ?? '',
    checkId: r.check_id,
    ingevuldOp: r.ingevuld_op.toISOString(),
    band: r.band as Band,
    status: r.status as Taak['status'],
    notitie: r.notitie,
    afgerondOp: r.afgerond_op?.toISOString() ?? null,
  };
}

/**
 * "Hoe gaat het met u?": the carer's short, repeatable check of load and capacity
 * (draaglast/draagkracht), scored to a band; the trend over time; a task for the steunpunt's
 * consulent when the result is heavy and the carer shared it. The check is the carer's data,
 * category gezondheid; every read and change goes through toegang.
 */
export function createDraaglastService(deps: DraaglastDeps) {
  const { scopeOf, repository, toegang, personen, privacy } = deps;

  function consulentVan(actor: Actor): string[] {
    return actor.rollen
      .filter((r) => r.rol === 'professional' && r.functie === FUNCTIE_CONSULENT && r.organisatieId)
      .map((r) => r.organisatieId!);
  }

  function moetConsulent(actor: Actor): string[] {
    const orgs = consulentVan(actor);
    if (orgs.length === 0) throw alleenConsulent();
    return orgs;
  }

  async function geldend(scope: GemeenteScope): Promise<Geldend> {
    const r = await repository.instrument(scope);
    if (!r) return { versie: 0, ...STANDAARD_INSTRUMENT, gewijzigdOp: null };
    return {
      versie: r.versie,
      vragen: r.vragen as Vraag[],
      drempels: r.drempels as Drempels,
      gewijzigdOp: r.gewijzigd_op,
    };
  }

  const toInstrument = (g: Geldend): InstrumentAntwoord => ({
    versie: g.versie,
    vragen: g.vragen,
    drempels: g.drempels,
    schaal: [...SCHAAL],
    gewijzigdOp: g.gewijzigdOp?.toISOString() ?? null,
  });

  async function steunpunten(scope: GemeenteScope) {
    return (await repository.steunpunten(scope)).map((o) => ({
      id: o.id,
      naam: o.naam,
      telefoon: o.telefoon,
      eMailadres: o.email,
      website: o.website,
    }));
  }

  return {
    /** The questions, the steunpunten (with contact details) and the carer's own history. */
    async mijn(actor: Actor): Promise<MijnDraaglast> {
      const scope0 = scopeOf(actor.gemeenteId);
      const instrument = toInstrument(await geldend(scope0));
      const punten = await steunpunten(scope0);
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) return { instrument, steunpunten: punten, checks: [] };
      const checks = await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'gezondheid', actie: 'lezen', grondslagen: ['eigen-gegevens'] },
        async (scope) => (await repository.checksVan(scope, persoonId)).map(toCheck),
      );
      return { instrument, steunpunten: punten, checks };
    },

    /**
     * The carer fills in the check. Shared (an explicit yes): the chosen steunpunt gets their
     * consent for category gezondheid and, when heavy, a task for its consulent.
     */
    async vulIn(actor: Actor, input: NieuweCheck): Promise<CheckMetAntwoorden> {
      const v = nieuweCheckSchema.parse(input);
      const scope0 = scopeOf(actor.gemeenteId);
      const g = await geldend(scope0);
      const fouten = antwoordFouten(g.vragen, v.antwoorden).map((f) => ({
        name: `body.antwoorden.${f.vraagId}`,
        reason: f.reden,
      }));
      let gedeeldMet: string | null = null;
      if (v.delen) {
        const punten = await steunpunten(scope0);
        if (v.steunpuntId) {
          if (punten.some((p) => p.id === v.steunpuntId)) gedeeldMet = v.steunpuntId;
          else
            fouten.push({ name: 'body.steunpuntId', reason: 'Kies een steunpunt uit de lijst.' });
        } else if (punten.length === 1) {
          gedeeldMet = punten[0]!.id;
        } else if (punten.length === 0) {
          fouten.push({
            name: 'body.delen',
            reason: 'Er is nog geen steunpunt mantelzorg in uw gemeente. Kies nee.',
          });
        } else {
          fouten.push({ name: 'body.steunpuntId', reason: 'Kies het steunpunt.' });
        }
      }
      if (fouten.length > 0) throw veldFouten(fouten);
      const antwoorden = v.antwoorden as Record<string, Antwoord>;
      const uitslag = scoor(g.vragen, antwoorden, g.drempels);
      const persoonId = await privacy.eigenPersoonMaken(actor);
      return toegang.uitvoeren(
        actor,
        {
          persoonId,
          categorie: 'gezondheid',
          actie: 'aanmaken',
          grondslagen: ['eigen-gegevens'],
        },
        async (scope) => {
          const id = await repository.insertCheck(scope, {
            persoonId,
            versie: g.versie,
            vragen: g.vragen,
            antwoorden,
            uitslag,
            gedeeldMet,
          });
          if (gedeeldMet) {
            await privacy.legToestemmingVast(scope, persoonId, {
              organisatieId: gedeeldMet,
              categorieen: ['gezondheid'],
              doel: DOEL_DRAAGLAST,
            });
            if (uitslag.band === 'zwaar') {
              await repository.insertTaak(scope, {
                checkId: id,
                persoonId,
                organisatieId: gedeeldMet,
              });
            }
          }
          return metAntwoorden((await repository.check(scope, id))!);
        },
      );
    },

    /** The consulent's tasks from heavy results of their steunpunt; each one shown is logged. */
    async taken(actor: Actor, status: (typeof TAAK_STATUSSEN)[number]): Promise<{ taken: Taak[] }> {
      const orgs = moetConsulent(actor);
      const rijen = await toegang.zoeken(actor, 'gezondheid', async (scope) =>
        (await repository.takenVan(scope, orgs, status)).map((r) => ({
          ...r,
          taakId: r.id,
          id: r.persoon_id,
        })),
      );
      return { taken: rijen.map((r) => toTaak({ ...r, id: r.taakId })) };
    },

    /** The consulent marks a task done, with a short note of what they did. */
    async rondAf(actor: Actor, taakId: string, input: { notitie: string }): Promise<Taak> {
      const v = afrondenSchema.parse(input);
      const orgs = moetConsulent(actor);
      const kern = await repository.taakKern(scopeOf(actor.gemeenteId), taakId);
      if (!kern) throw nietGevonden('Deze taak is niet gevonden.');
      if (!orgs.includes(kern.organisatie_id)) {
        // Through toegang all the same, so the refusal is logged like any other.
        await toegang.uitvoeren(
          actor,
          { persoonId: kern.persoon_id, categorie: 'gezondheid', actie: 'wijzigen' },
          async () => {
            throw alleenConsulent();
          },
        );
      }
      await personen.neemOpViaToestemming(
        actor,
        kern.persoon_id,
        'gezondheid',
        GRONDSLAG_MANTELZORG,
      );
      return toegang.uitvoeren(
        actor,
        { persoonId: kern.persoon_id, categorie: 'gezondheid', actie: 'wijzigen' },
        async (scope) => {
          if (
            !(await repository.rondAf(scope, taakId, { notitie: v.notitie, door: actor.accountId }))
          ) {
            throw new KringError('KRING_CONFLICT', 'Deze taak is al afgerond.');
          }
          return toTaak((await repository.taak(scope, taakId))!);
        },
      );
    },

    /** A carer's shared checks with their answers, oldest first (the consulent). */
    async trend(actor: Actor, persoonId: string): Promise<PersoonTrend> {
      const orgs = moetConsulent(actor);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'gezondheid', actie: 'lezen' },
        async (scope, toegestaan) => {
          if (toegestaan.organisatieId && !orgs.includes(toegestaan.organisatieId)) {
            throw alleenConsulent();
          }
          const checks = await repository.gedeeldeChecksVan(scope, persoonId, orgs);
          return {
            persoonId,
            naam: await repository.naam(scope, persoonId),
            checks: checks.map(metAntwoorden),
          };
        },
      );
    },

    // --- the instrument ------------------------------------------------------------------
    async instrument(actor: Actor): Promise<InstrumentAntwoord> {
      if (!heeftRol(actor, 'functioneel-beheerder')) moetConsulent(actor);
      return toInstrument(await geldend(scopeOf(actor.gemeenteId)));
    },

    /** The gemeente's own questions and thresholds (functioneel beheerder or consulent). */
    async wijzigInstrument(actor: Actor, input: InstrumentInvoer): Promise<InstrumentAntwoord> {
      const v = instrumentInvoerSchema.parse(input);
      if (!heeftRol(actor, 'functioneel-beheerder')) moetConsulent(actor);
      const instrument = {
        vragen: v.vragen.map((q) => ({ id: q.id, deel: q.deel, tekst: q.tekst.trim() })),
        drempels: v.drempels,
      };
      const fouten = valideerInstrument(instrument);
      if (fouten.length > 0) {
        throw veldFouten(fouten.map((f) => ({ name: `body.${f.pad}`, reason: f.reden })));
      }
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        await repository.slaInstrumentOp(scope, { ...instrument, door: actor.accountId });
        return toInstrument(await geldend(scope));
      });
    },

    /** For inzage and erasure: the carer's checks (with answers) and the tasks about them (with the consulent's note). */
    bron: {
      naam: 'draaglast',
      categorie: 'gezondheid' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) => ({
        checks: (await repository.checksVan(scope, persoonId)).map(metAntwoorden),
        taken: (await repository.takenVanPersoon(scope, persoonId)).map((r) => {
          const { naam: _, ...taak } = toTaak(r);
          return taak;
        }),
      }),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type DraaglastService = ReturnType<typeof createDraaglastService>;
