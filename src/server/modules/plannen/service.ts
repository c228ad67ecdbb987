import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFout } from '../../platform/http/problem.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { HulpvragenService } from '../hulpvragen/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  type Actie,
  type NaarVrijwilliger,
  naarVrijwilligerSchema,
  type Plan,
  type PlanInvoer,
  type PlanReactie,
  planInvoerSchema,
  planReactieSchema,
} from './model.ts';
import type { PlannenRepository } from './repository.ts';

export interface PlannenDeps {
  repository: PlannenRepository;
  toegang: ToegangService;
  personen: PersonenService;
  hulpvragen: HulpvragenService;
}

const vandaag = () => new Date().toISOString().slice(0, 10);

/**
 * The plan as a goal tree (doelenboom): one main goal in the person's words, subgoals and
 * actions owned by the person, their network, a volunteer, a general facility (a sociale
 * kaart entry) or a professional. The case team writes it; the person reads it in Mijn
 * Kring and agrees or comments. "Dit kan een vrijwilliger doen" turns an action into a help
 * request in the volunteer pool, linked both ways. Data category `intake`.
 */
export function createPlannenService(deps: PlannenDeps) {
  const { repository, toegang, personen, hulpvragen } = deps;

  async function lees(scope: GemeenteScope, persoonId: string): Promise<Plan | null> {
    const p = await repository.plan(scope, persoonId);
    if (!p) return null;
    const acties = await repository.acties(scope, persoonId);
    const nu = vandaag();
    return {
      hoofddoel: p.hoofddoel,
      gewijzigdOp: p.gewijzigd_op.toISOString(),
      gewijzigdDoor: p.door ?? '',
      doelen: (await repository.doelen(scope, persoonId)).map((d) => ({
        id: d.id,
        titel: d.titel,
        acties: acties
          .filter((a) => a.doel_id === d.id)
          .map(
            (a): Actie => ({
              id: a.id,
              omschrijving: a.omschrijving,
              eigenaarSoort: a.eigenaar_soort as Actie['eigenaarSoort'],
              eigenaar: a.eigenaar,
              netwerklidId: a.netwerklid_id,
              aanbodId: a.aanbod_id,
              organisatieId: a.organisatie_id,
              deadline: a.deadline,
              status: a.status as Actie['status'],
              hulpvraagId: a.hulpvraag_id,
              teLaat:
                a.deadline !== null &&
                a.deadline < nu &&
                (a.status === 'open' || a.status === 'bezig'),
            }),
          ),
      })),
      reacties: (await repository.reacties(scope, persoonId)).map((r) => ({
        akkoord: r.akkoord,
        tekst: r.tekst,
        op: r.op.toISOString(),
      })),
    };
  }

  return {
    async plan(actor: Actor, persoonId: string): Promise<{ plan: Plan | null }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'lezen' },
        async (scope) => ({ plan: await lees(scope, persoonId) }),
      );
    },

    /** The case team writes the whole tree at once (ids keep actions and their links). */
    async zet(actor: Actor, persoonId: string, input: PlanInvoer): Promise<{ plan: Plan | null }> {
      const v = planInvoerSchema.parse(input);
      const ids = v.doelen.flatMap((d) => [d.id, ...d.acties.map((a) => a.id)]).filter(Boolean);
      if (new Set(ids).size !== ids.length) {
        throw veldFout('body.doelen', 'Een doel of actie staat er twee keer in.');
      }
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen', grondslagen: ['betrokkenheid'] },
        async (scope) => {
          const eigen = new Set((await repository.acties(scope, persoonId)).map((a) => a.id));
          const eigenDoelen = new Set((await repository.doelen(scope, persoonId)).map((d) => d.id));
          // An id from another plan would move someone else's action here: refuse it.
          const vreemd = v.doelen.some(
            (d) =>
              (d.id && !eigenDoelen.has(d.id)) || d.acties.some((a) => a.id && !eigen.has(a.id)),
          );
          if (vreemd) {
            throw veldFout('body.doelen', 'Dit doel of deze actie hoort niet bij dit plan.');
          }
          await repository.vervang(scope, persoonId, actor.accountId, v);
          return { plan: await lees(scope, persoonId) };
        },
      );
    },

    /** "Dit kan een vrijwilliger doen": one step from a plan action to the volunteer pool. */
    async naarVrijwilliger(
      actor: Actor,
      persoonId: string,
      actieId: string,
      input: NaarVrijwilliger,
    ): Promise<{ plan: Plan | null }> {
      const v = naarVrijwilligerSchema.parse(input);
      const regels = await hulpvragen.regels(actor.gemeenteId);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'intake', actie: 'wijzigen', grondslagen: ['betrokkenheid'] },
        async (scope) => {
          const actie = (await repository.acties(scope, persoonId)).find((a) => a.id === actieId);
          if (!actie) throw new KringError('KRING_NIET_GEVONDEN', 'Deze actie is niet gevonden.');
          if (actie.hulpvraag_id) {
            throw new KringError(
              'KRING_CONFLICT',
              'Voor deze actie is al een vrijwilliger gevraagd.',
            );
          }
          const persoon = await personen.rij(scope, persoonId);
          if (!persoon?.postcode) {
            throw new KringError(
              'KRING_CONFLICT',
              'Vul eerst de postcode van de persoon in: die is nodig om een vrijwilliger dichtbij te vinden.',
            );
          }
          const hulpvraagId = await hulpvragen.uitPlan(
            scope,
            persoonId,
            {
              voorWie: 'mijzelf',
              categorieen: v.categorieen,
              omschrijving: actie.omschrijving,
              hoeVaak: v.hoeVaak,
              tijdvakken: v.tijdvakken,
              postcode: persoon.postcode,
              urgentie: 'kan-wachten',
              zorgen: false,
            },
            regels,
          );
          await repository.koppelHulpvraag(scope, actieId, hulpvraagId);
          return { plan: await lees(scope, persoonId) };
        },
      );
    },

    /** The person's own plan, for Mijn Kring. */
    async mijnPlan(actor: Actor): Promise<{ plan: Plan | null }> {
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) return { plan: null };
      return this.plan(actor, persoonId);
    },

    async reageer(actor: Actor, input: PlanReactie): Promise<{ plan: Plan | null }> {
      const v = planReactieSchema.parse(input);
      const persoonId = await toegang.eigenPersoonId(actor);
      if (!persoonId) throw new KringError('KRING_NIET_GEVONDEN', 'U heeft nog geen plan.');
      return toegang.uitvoeren(
        actor,
        {
          persoonId,
          categorie: 'intake',
          actie: 'aanmaken',
          grondslagen: ['eigen-gegevens', 'vertegenwoordiger'],
        },
        async (scope) => {
          if (!(await repository.plan(scope, persoonId))) {
            throw new KringError('KRING_NIET_GEVONDEN', 'U heeft nog geen plan.');
          }
          if (!v.akkoord && !v.tekst) {
            throw veldFout('body.tekst', 'Schrijf wat u anders wilt.');
          }
          await repository.reageer(scope, persoonId, v.akkoord, v.tekst);
          return { plan: await lees(scope, persoonId) };
        },
      );
    },

    /** For a case conference (inside its transaction): a decision becomes a plan action. */
    async voegActieToe(
      scope: GemeenteScope,
      persoonId: string,
      doelId: string,
      a: { omschrijving: string; eigenaarSoort: string; eigenaar: string; deadline: string | null },
    ): Promise<string | undefined> {
      return repository.voegActieToe(scope, persoonId, doelId, {
        ...a,
        netwerklidId: null,
        aanbodId: null,
        organisatieId: null,
        status: 'open',
      });
    },

    /** For the werkplek (inside its transaction): open actions past their deadline. */
    async teLaat(scope: GemeenteScope, persoonId: string): Promise<Actie[]> {
      return ((await lees(scope, persoonId))?.doelen ?? []).flatMap((d) =>
        d.acties.filter((a) => a.teLaat),
      );
    },

    bron: {
      naam: 'plan',
      categorie: 'intake' as const,
      inzage: (scope: GemeenteScope, persoonId: string) => lees(scope, persoonId),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type PlannenService = ReturnType<typeof createPlannenService>;
