import { type Actor, moetMfa } from '../../platform/auth/actor.ts';
import { hashToken, newToken } from '../../platform/auth/session-cookie.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { HuidigeSessie } from './model.ts';
import type { SessiesRepository } from './repository.ts';
import { ABSOLUUT_MS, isVerlopen, moetActiviteitBijwerken } from './sessie-beleid.ts';

export interface NieuweSessie {
  token: string;
  csrfToken: string;
  maxAgeSeconds: number;
}

export function createSessiesService(
  scopeOf: ScopeFactory,
  repository: SessiesRepository,
  accounts: AccountsService,
) {
  async function rollenVan(gemeenteId: number, accountId: string) {
    const rows = await accounts.rolesOf(scopeOf(gemeenteId), accountId);
    return rows.map((r) => ({ rol: r.rol, functie: r.functie, organisatieId: r.organisatie_id }));
  }

  return {
    /**
     * Starts a session after a successful first factor. A new random token every time
     * (no session fixation); staff get a session that counts only after MFA.
     */
    async start(
      gemeenteId: number,
      accountId: string,
      methode: string,
      mfaVoldaan = false,
    ): Promise<NieuweSessie> {
      const token = newToken();
      const csrfToken = newToken();
      await repository.insert(scopeOf(gemeenteId), {
        tokenHash: hashToken(token),
        accountId,
        csrfToken,
        methode,
        mfaVoldaan,
        verlooptOp: new Date(Date.now() + ABSOLUUT_MS),
      });
      return { token, csrfToken, maxAgeSeconds: ABSOLUUT_MS / 1000 };
    },

    /** The actor of a session, or undefined when it does not exist, expired or the account is off. */
    async resolve(gemeenteId: number, tokenHash: string, ip: string): Promise<Actor | undefined> {
      const scope = scopeOf(gemeenteId);
      const sessie = await repository.find(scope, tokenHash);
      if (!sessie) return undefined;
      const rollen = await rollenVan(gemeenteId, sessie.accountId);
      const medewerker = moetMfa({ rollen, platformbeheerder: sessie.platformbeheerder });
      const nu = new Date();
      if (!sessie.actief || isVerlopen(sessie, medewerker, nu)) {
        await repository.delete(scope, tokenHash);
        return undefined;
      }
      if (moetActiviteitBijwerken(sessie, nu)) await repository.touch(scope, tokenHash);
      return {
        accountId: sessie.accountId,
        gemeenteId,
        naam: sessie.naam,
        rollen,
        platformbeheerder: sessie.platformbeheerder,
        mfaVoldaan: sessie.mfaVoldaan,
        sessie: { tokenHash, csrfToken: sessie.csrfToken, methode: sessie.methode },
        ip,
      };
    },

    async markMfaVoldaan(actor: Actor): Promise<void> {
      await repository.markMfaVoldaan(scopeOf(actor.gemeenteId), actor.sessie.tokenHash);
    },

    async end(actor: Actor): Promise<void> {
      await repository.delete(scopeOf(actor.gemeenteId), actor.sessie.tokenHash);
    },

    async endAllOf(gemeenteId: number, accountId: string): Promise<number> {
      return repository.deleteAllOf(scopeOf(gemeenteId), accountId);
    },

    huidige(actor: Actor): HuidigeSessie {
      return {
        account: { naam: actor.naam, platformbeheerder: actor.platformbeheerder },
        rollen: actor.rollen,
        mfaVoldaan: actor.mfaVoldaan,
        mfaNodig: moetMfa(actor),
        csrfToken: actor.sessie.csrfToken,
        methode: actor.sessie.methode,
      };
    },
  };
}

export type SessiesService = ReturnType<typeof createSessiesService>;
