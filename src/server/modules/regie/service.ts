import type { Actor } from '../../platform/auth/actor.ts';
import { KringError, veldFout } from '../../platform/http/problem.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { KeukentafelService } from '../keukentafel/service.ts';
import type { PersonenService } from '../personen/service.ts';
import type { ToegangService } from '../toegang/service.ts';
import type { Overdracht, Regie } from './model.ts';
import type { RegieRepository } from './repository.ts';
import { complexiteit, overlap } from './signalen.ts';

/**
 * One regisseur per person, the case team's life domains, and two signals: overlap (two or
 * more professional organisations on one life domain) and complexity (three or more domains
 * scoring 1–2: professional regie advised). Handover of regie is explicit and recorded.
 */
export function createRegieService(deps: {
  repository: RegieRepository;
  toegang: ToegangService;
  personen: PersonenService;
  keukentafel: KeukentafelService;
}) {
  const { repository, toegang, personen, keukentafel } = deps;

  async function lees(scope: GemeenteScope, persoonId: string): Promise<Regie> {
    const nu = Date.now();
    const team = (await personen.teamIn(scope, persoonId)).filter(
      (b) => b.tot === null || new Date(b.tot).getTime() > nu,
    );
    const regisseur = team.find((b) => b.rol === 'regisseur');
    const scores = await keukentafel.laatsteStandaardScores(scope, persoonId);
    const c = scores ? { ...complexiteit(scores.scores), datum: scores.datum } : null;
    return {
      regisseur: regisseur
        ? {
            accountId: regisseur.accountId,
            naam: regisseur.naam,
            organisatie: regisseur.organisatie,
          }
        : null,
      team: team.map((b) => ({
        betrokkenheidId: b.id,
        accountId: b.accountId,
        naam: b.naam,
        organisatieId: b.organisatieId,
        organisatie: b.organisatie,
        rol: b.rol,
        levensdomeinen: b.levensdomeinen,
      })),
      overlap: overlap(team),
      complexiteit: c,
      adviesProfessioneleRegie: (c?.complex ?? false) && !regisseur,
      overdrachten: (await repository.overdrachten(scope, persoonId)).map((o) => ({
        van: o.van,
        naar: o.naar,
        reden: o.reden,
        op: o.op.toISOString(),
      })),
    };
  }

  return {
    async regie(actor: Actor, persoonId: string): Promise<Regie> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'lezen', grondslagen: ['betrokkenheid'] },
        (scope) => lees(scope, persoonId),
      );
    },

    /** A team member sets the life domains they work on (the regisseur may do it for all). */
    async zetLevensdomeinen(
      actor: Actor,
      persoonId: string,
      betrokkenheidId: string,
      levensdomeinen: string[],
    ): Promise<Regie> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen', grondslagen: ['betrokkenheid'] },
        async (scope) => {
          const team = await personen.teamIn(scope, persoonId);
          const lid = team.find((b) => b.id === betrokkenheidId);
          if (!lid) throw new KringError('KRING_NIET_GEVONDEN', 'Dit teamlid is niet gevonden.');
          const isRegisseur = team.some(
            (b) => b.rol === 'regisseur' && b.accountId === actor.accountId && b.tot === null,
          );
          if (lid.accountId !== actor.accountId && !isRegisseur) {
            throw new KringError(
              'KRING_GEEN_TOEGANG',
              'Alleen de regisseur of het teamlid zelf kiest de levensdomeinen.',
            );
          }
          await personen.zetLevensdomeinen(scope, persoonId, betrokkenheidId, [
            ...new Set(levensdomeinen),
          ]);
          return lees(scope, persoonId);
        },
      );
    },

    /** The running regisseur hands regie to another professional, with a reason. */
    async draagOver(actor: Actor, persoonId: string, input: Overdracht): Promise<Regie> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'contact', actie: 'wijzigen', teambeheer: true },
        async (scope) => {
          if (
            !(await personen.isZorgmedewerkerVan(
              scope,
              input.naarAccountId,
              input.naarOrganisatieId,
            ))
          ) {
            throw veldFout(
              'body.naarAccountId',
              'Deze persoon werkt niet als hulpverlener voor die organisatie.',
            );
          }
          if (input.naarAccountId === actor.accountId) {
            throw new KringError('KRING_CONFLICT', 'U heeft de regie al.');
          }
          await personen.wisselRegie(scope, {
            persoonId,
            naarAccountId: input.naarAccountId,
            naarOrganisatieId: input.naarOrganisatieId,
            door: actor.accountId,
          });
          await repository.legVast(scope, {
            persoonId,
            van: actor.accountId,
            naar: input.naarAccountId,
            organisatieId: input.naarOrganisatieId,
            reden: input.reden,
          });
          return lees(scope, persoonId);
        },
      );
    },
  };
}

export type RegieService = ReturnType<typeof createRegieService>;
