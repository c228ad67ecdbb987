import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { CasusoverlegService } from '../casusoverleg/service.ts';
import type { HulpvragenService } from '../hulpvragen/service.ts';
import type { KeukentafelService } from '../keukentafel/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PlannenService } from '../plannen/service.ts';
import type { RegieService } from '../regie/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import type { Caseload, TijdlijnItem } from './model.ts';
import type { WerkplekRepository } from './repository.ts';

/** Refused for this reader: leave the part out of the timeline instead of failing it all. */
async function alsToegestaan<T>(werk: () => Promise<T>): Promise<T | undefined> {
  try {
    return await werk();
  } catch (err) {
    if (err instanceof KringError && err.code === 'KRING_GEEN_TOEGANG') return undefined;
    throw err;
  }
}

/**
 * The professional's werkplek: the caseload (my persons, overdue plan actions) and a person's
 * dossier timeline. Everything comes from the modules' own services, each with its own access
 * check and log row, so every element is shown only to who may see it.
 */
export function createWerkplekService(deps: {
  scopeOf: ScopeFactory;
  repository: WerkplekRepository;
  toegang: ToegangService;
  personen: PersonenService;
  hulpvragen: HulpvragenService;
  keukentafel: KeukentafelService;
  plannen: PlannenService;
  casusoverleg: CasusoverlegService;
  regie: RegieService;
}) {
  const { scopeOf, repository, toegang, personen, plannen } = deps;

  return {
    async caseload(actor: Actor): Promise<Caseload> {
      const { personen: mijn } = await personen.mijnPersonen(actor);
      const regisseur = await repository.regisseurVan(scopeOf(actor.gemeenteId), actor.accountId);
      // Overdue actions: only of persons whose plan (category intake) this actor may search.
      const metPlan = await toegang.zoeken(actor, 'intake', async (scope) => {
        const uit: {
          id: string;
          naam: string;
          acties: Awaited<ReturnType<typeof plannen.teLaat>>;
        }[] = [];
        for (const p of mijn) {
          const acties = await plannen.teLaat(scope, p.id);
          if (acties.length > 0) uit.push({ id: p.id, naam: p.naam, acties });
        }
        return uit;
      });
      return {
        personen: mijn.map((p) => ({
          id: p.id,
          naam: p.naam,
          postcode: p.postcode,
          regisseur: regisseur.has(p.id),
        })),
        teLaat: metPlan.flatMap((p) =>
          p.acties.map((a) => ({
            persoonId: p.id,
            naam: p.naam,
            actieId: a.id,
            omschrijving: a.omschrijving,
            deadline: a.deadline!,
          })),
        ),
      };
    },

    async tijdlijn(
      actor: Actor,
      persoonId: string,
    ): Promise<{ items: TijdlijnItem[]; verborgen: string[] }> {
      // The dossier is for the case team: without a place in it, nothing (403, logged).
      const regie = await deps.regie.regie(actor, persoonId);
      const items: TijdlijnItem[] = [];
      const verborgen = new Set<string>();
      const hulpvragen = await alsToegestaan(() => deps.hulpvragen.vanPersoon(actor, persoonId));
      if (!hulpvragen) verborgen.add('intake');
      for (const h of hulpvragen ?? []) {
        items.push({
          soort: 'hulpvraag',
          op: h.ingediendOp ?? h.gewijzigdOp,
          id: h.id,
          samenvatting: (h.antwoorden.categorieen ?? []).join(', '),
        });
      }
      if (hulpvragen) {
        for (const g of (await deps.keukentafel.gesprekken(actor, persoonId)).gesprekken) {
          items.push({
            soort: 'keukentafelgesprek',
            op: `${g.datum}T12:00:00.000Z`,
            id: g.id,
            samenvatting: [g.plaats, g.deelnemers.map((d) => d.naam).join(', ')]
              .filter(Boolean)
              .join(' — '),
          });
        }
        const { plan } = await deps.plannen.plan(actor, persoonId);
        if (plan) {
          items.push({
            soort: 'plan',
            op: plan.gewijzigdOp,
            id: persoonId,
            samenvatting: plan.hoofddoel,
          });
          for (const r of plan.reacties) {
            items.push({ soort: 'plan-reactie', op: r.op, id: persoonId, samenvatting: r.tekst });
          }
        }
        const overleg = await alsToegestaan(() => deps.casusoverleg.overleggen(actor, persoonId));
        for (const o of overleg?.overleggen ?? []) {
          items.push({
            soort: 'casusoverleg',
            op: `${o.datum}T12:00:00.000Z`,
            id: o.id,
            samenvatting: o.agenda,
          });
        }
      }
      for (const o of regie.overdrachten) {
        items.push({
          soort: 'regie-overdracht',
          op: o.op,
          id: o.op,
          samenvatting: `${o.van ?? ''} → ${o.naar}`,
        });
      }
      items.sort((a, b) => b.op.localeCompare(a.op));
      return { items, verborgen: [...verborgen] };
    },
  };
}

export type WerkplekService = ReturnType<typeof createWerkplekService>;
