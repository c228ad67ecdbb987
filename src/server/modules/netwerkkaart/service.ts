import type { Actor } from '../../platform/auth/actor.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import type { ToegangService } from '../toegang/service.ts';
import {
  type Netwerklid,
  type NetwerklidInvoer,
  netwerklidInvoerSchema,
  type SECTOREN,
} from './model.ts';
import type { NetwerkkaartRepository } from './repository.ts';

type Rij = Awaited<ReturnType<NetwerkkaartRepository['leden']>>[number];

const toLid = (r: Rij): Netwerklid => ({
  id: r.id,
  naam: r.naam,
  sector: r.sector as (typeof SECTOREN)[number],
  relatie: r.relatie,
  nabijheid: r.nabijheid,
  kanHelpenMet: r.kan_helpen_met,
  heeftAccount: r.account_id !== null,
});

const nietGevonden = () =>
  new KringError('KRING_NIET_GEVONDEN', 'Dit lid van het netwerk is niet gevonden.');

/**
 * The person's network in four sectors (netwerkkaart / ecogram), data category `netwerk`:
 * the case team and the person themselves keep it; members may be linked to an account or
 * stay names only.
 */
export function createNetwerkkaartService(
  repository: NetwerkkaartRepository,
  toegang: ToegangService,
) {
  return {
    async netwerk(actor: Actor, persoonId: string): Promise<{ leden: Netwerklid[] }> {
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'lezen' },
        async (scope) => ({ leden: (await repository.leden(scope, persoonId)).map(toLid) }),
      );
    },

    async voegToe(actor: Actor, persoonId: string, input: NetwerklidInvoer): Promise<Netwerklid> {
      const v = netwerklidInvoerSchema.parse(input);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'aanmaken' },
        async (scope) => {
          const id = await repository.insert(scope, persoonId, v);
          return toLid((await repository.leden(scope, persoonId)).find((l) => l.id === id)!);
        },
      );
    },

    async wijzig(
      actor: Actor,
      persoonId: string,
      lidId: string,
      input: NetwerklidInvoer,
    ): Promise<Netwerklid> {
      const v = netwerklidInvoerSchema.parse(input);
      return toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'wijzigen' },
        async (scope) => {
          if (!(await repository.update(scope, persoonId, lidId, v))) throw nietGevonden();
          return toLid((await repository.leden(scope, persoonId)).find((l) => l.id === lidId)!);
        },
      );
    },

    async verwijder(actor: Actor, persoonId: string, lidId: string): Promise<void> {
      await toegang.uitvoeren(
        actor,
        { persoonId, categorie: 'netwerk', actie: 'verwijderen' },
        async (scope) => {
          if (!(await repository.verwijder(scope, persoonId, lidId))) throw nietGevonden();
        },
      );
    },

    /** For other modules inside their transaction (plan owners, conference participants). */
    async leden(scope: GemeenteScope, persoonId: string): Promise<Netwerklid[]> {
      return (await repository.leden(scope, persoonId)).map(toLid);
    },

    bron: {
      naam: 'netwerk',
      categorie: 'netwerk' as const,
      inzage: async (scope: GemeenteScope, persoonId: string) =>
        (await repository.leden(scope, persoonId)).map(toLid),
      wis: (scope: GemeenteScope, persoonId: string) => repository.wis(scope, persoonId),
    },
  };
}

export type NetwerkkaartService = ReturnType<typeof createNetwerkkaartService>;
