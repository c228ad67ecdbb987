import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFout } from '../../platform/http/problem.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { NetwerkkaartService } from '../netwerkkaart/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { PlannenService } from '../plannen/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  type NieuwOverleg,
  nieuwOverlegSchema,
  type Overleg,
  type Verslag,
  verslagSchema,
} from './model.ts';
import type { CasusoverlegRepository } from './repository.ts';

type Rij = Awaited<ReturnType<CasusoverlegRepository['vanPersoon']>>[number];

const toOverleg = (r: Rij): Overleg => ({
  id: r.id,
  datum: r.datum,
  agenda: r.agenda,
  notities: r.notities,
  deelnemers: (r.deelnemers ?? []) as Overleg['deelnemers'],
  besluiten: (r.besluiten ?? []) as Overleg['besluiten'],
});

/**
 * Case conferences (casusoverleg): a date, formal participants from the case team and informal
 * ones from the person's network (only with the person's consent), an agenda, notes, and
 * decisions that become plan actions with owners. Only the case team reads and writes them
 * (category intake); informal participants take part in the meeting, not in Kring.
 */
export function createCasusoverlegService(deps: {
  repository: CasusoverlegRepository;
  toegang: ToegangService;
  personen: PersonenService;
  netwerkkaart: NetwerkkaartService;
  plannen: PlannenService;
}) {
  const { repository, toegang, personen, netwerkkaart, plannen } = deps;
  const vraag = (persoonId: string, actie: 'lezen' | 'aanmaken' | 'wijzigen') => ({
    persoonId,
    categorie: 'intake' as const,
    actie,
    grondslagen: ['betrokkenheid'] as const,
  });

  async function lijst(scope: GemeenteScope, persoonId: string) {
    return (await repository.vanPersoon(scope, persoonId)).map(toOverleg);
  }

  return {
    async overleggen(actor: Actor, persoonId: string): Promise<{ overleggen: Overleg[] }> {
      return toegang.uitvoeren(actor, vraag(persoonId, 'lezen'), async (scope) => ({
        overleggen: await lijst(scope, persoonId),
      }));
    },

    async plan(actor: Actor, persoonId: string, input: NieuwOverleg): Promise<Overleg> {
      const v = nieuwOverlegSchema.parse(input);
      return toegang.uitvoeren(actor, vraag(persoonId, 'aanmaken'), async (scope) => {
        const nu = Date.now();
        const team = (await personen.teamIn(scope, persoonId)).filter(
          (b) => b.tot === null || new Date(b.tot).getTime() > nu,
        );
        const netwerk = await netwerkkaart.leden(scope, persoonId);
        const deelnemers: Overleg['deelnemers'] = [];
        for (const [i, d] of v.deelnemers.entries()) {
          if (d.soort === 'formeel') {
            const lid = team.find((b) => b.accountId === d.accountId);
            if (!lid) {
              throw veldFout(
                `body.deelnemers.${i}.accountId`,
                'Deze professional zit niet in het team.',
              );
            }
            deelnemers.push({ soort: 'formeel', naam: lid.naam, rol: lid.organisatie });
          } else {
            const lid = netwerk.find((n) => n.id === d.netwerklidId);
            if (!lid) {
              throw veldFout(
                `body.deelnemers.${i}.netwerklidId`,
                'Deze persoon staat niet op de netwerkkaart.',
              );
            }
            deelnemers.push({ soort: 'informeel', naam: lid.naam, rol: lid.relatie });
          }
        }
        const id = await repository.insert(scope, {
          persoonId,
          datum: v.datum,
          agenda: v.agenda,
          deelnemers,
          door: actor.accountId,
        });
        return (await lijst(scope, persoonId)).find((o) => o.id === id)!;
      });
    },

    /** Notes and decisions; a decision with a subgoal becomes a plan action once. */
    async legVast(
      actor: Actor,
      persoonId: string,
      overlegId: string,
      input: Verslag,
    ): Promise<Overleg> {
      const v = verslagSchema.parse(input);
      return toegang.uitvoeren(actor, vraag(persoonId, 'wijzigen'), async (scope) => {
        const bestaand = (await lijst(scope, persoonId)).find((o) => o.id === overlegId);
        if (!bestaand) throw new KringError('KRING_NIET_GEVONDEN', 'Dit overleg is niet gevonden.');
        const besluiten: Overleg['besluiten'] = [];
        for (const [i, b] of v.besluiten.entries()) {
          const eerder = bestaand.besluiten.find((e) => e.tekst === b.tekst && e.actieId);
          let actieId = eerder?.actieId ?? null;
          if (!actieId && b.doelId) {
            actieId =
              (await plannen.voegActieToe(scope, persoonId, b.doelId, {
                omschrijving: b.tekst,
                eigenaarSoort: b.eigenaarSoort,
                eigenaar: b.eigenaar,
                deadline: b.deadline,
              })) ?? null;
            if (!actieId)
              throw veldFout(`body.besluiten.${i}.doelId`, 'Dit doel staat niet in het plan.');
          }
          besluiten.push({
            tekst: b.tekst,
            eigenaarSoort: b.eigenaarSoort,
            eigenaar: b.eigenaar,
            deadline: b.deadline,
            actieId,
          });
        }
        await repository.verslag(scope, persoonId, overlegId, { notities: v.notities, besluiten });
        return (await lijst(scope, persoonId)).find((o) => o.id === overlegId)!;
      });
    },

    bron: {
      naam: 'casusoverleggen',
      categorie: 'intake' as const,
      inzage: (scope: GemeenteScope, persoonId: string) => lijst(scope, persoonId),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type CasusoverlegService = ReturnType<typeof createCasusoverlegService>;
