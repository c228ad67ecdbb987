import { type Actor, moetMfa } from '../../platform/auth/actor.ts';
import { hashToken, newToken } from '../../platform/auth/session-cookie.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { HuidigeSessie } from './model.ts';
import type { SessiesRepository, Uitkomst } from './repository.ts';
import { ABSOLUUT_MS, isVerlopen, moetActiviteitBijwerken } from './sessie-beleid.ts';

/** One authentication event (ASVS 16.3.1). Never an e-mail address or a password. */
export interface Gebeurtenis {
  /** Unknown accounts: null, so a mistyped address of someone else is not linked to anyone. */
  accountId: string | null;
  soort: string;
  uitkomst: Uitkomst;
  ip: string | null;
}

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
      const scope = scopeOf(actor.gemeenteId);
      await scope.transaction(async (trx) => {
        await repository.delete(trx, actor.sessie.tokenHash);
        await repository.insertGebeurtenis(trx, {
          accountId: actor.accountId,
          soort: 'uitloggen',
          uitkomst: 'gelukt',
          ip: actor.ip,
        });
      });
    },

    /** Writes an authentication event in the gemeente where it happened. */
    async registreer(gemeenteId: number, gebeurtenis: Gebeurtenis): Promise<void> {
      await repository.insertGebeurtenis(scopeOf(gemeenteId), gebeurtenis);
    },

    /** The most recent authentication events of the actor's own account in this gemeente. */
    async gebeurtenissenVan(actor: Actor, limit = 20) {
      const rows = await repository.gebeurtenissenVan(
        scopeOf(actor.gemeenteId),
        actor.accountId,
        limit,
      );
      return rows.map((r) => ({
        id: String(r.id),
        soort: r.soort,
        uitkomst: r.uitkomst,
        ip: r.ip,
        op: r.op.toISOString(),
      }));
    },

    /** Ends every session of the account in this gemeente, optionally except the caller's. */
    async endAllOf(gemeenteId: number, accountId: string, behalve?: Actor): Promise<number> {
      return repository.deleteAllOf(scopeOf(gemeenteId), accountId, behalve?.sessie.tokenHash);
    },

    /**
     * Replaces the caller's session by a new one (new token, new CSRF token) when its
     * privilege changes, e.g. after the second factor: a token seen before cannot ride along.
     */
    async vernieuw(actor: Actor, mfaVoldaan: boolean): Promise<NieuweSessie> {
      const scope = scopeOf(actor.gemeenteId);
      const token = newToken();
      const csrfToken = newToken();
      await scope.transaction(async (trx) => {
        await repository.delete(trx, actor.sessie.tokenHash);
        await repository.insert(trx, {
          tokenHash: hashToken(token),
          accountId: actor.accountId,
          csrfToken,
          methode: actor.sessie.methode,
          mfaVoldaan,
          verlooptOp: new Date(Date.now() + ABSOLUUT_MS),
        });
      });
      return { token, csrfToken, maxAgeSeconds: ABSOLUUT_MS / 1000 };
    },

    /** The account's own sessions in this gemeente, by public id; never a token or hash. */
    async lijstVan(actor: Actor) {
      const rows = await repository.listOf(scopeOf(actor.gemeenteId), actor.accountId);
      return rows.map((r) => ({
        id: r.publiek_id,
        huidige: r.token_hash === actor.sessie.tokenHash,
        methode: r.methode,
        aangemaaktOp: r.aangemaakt_op.toISOString(),
        laatstActiefOp: r.laatst_actief_op.toISOString(),
      }));
    },

    /** Ends one of the actor's own sessions; false when there is no such session. */
    async endEigen(actor: Actor, publiekId: string): Promise<boolean> {
      const n = await repository.deleteByPubliekId(
        scopeOf(actor.gemeenteId),
        actor.accountId,
        publiekId,
      );
      return n > 0;
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
