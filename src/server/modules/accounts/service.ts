import { KringError } from '../../platform/http/problem.ts';
import type { GemeenteScope } from '../../platform/tenancy/gemeente-scope.ts';
import {
  type NieuwAccount,
  nieuwAccountSchema,
  ROLLEN,
  type RolInfo,
  type RolToekenning,
  rolInfo,
  rolToekenningSchema,
} from './model.ts';
import type { AccountsRepository } from './repository.ts';
import { controleerWachtwoord, hashWachtwoord, wachtwoordProblemen } from './wachtwoord.ts';

export type { AccountRow } from './repository.ts';

export function createAccountsService(repository: AccountsRepository) {
  return {
    rollen(): RolInfo[] {
      return ROLLEN.map(rolInfo);
    },

    /** Creates a login. The password is checked against the policy and stored as argon2id. */
    async create(input: NieuwAccount): Promise<{ id: string; email: string | null }> {
      const data = nieuwAccountSchema.parse(input);
      if (data.wachtwoord !== undefined) {
        const problems = wachtwoordProblemen(data.wachtwoord, { email: data.email });
        if (problems.length > 0) {
          throw new KringError(
            'KRING_VALIDATIE',
            problems.join(' '),
            problems.map((reason) => ({ name: 'body.wachtwoord', code: 'wachtwoord', reason })),
          );
        }
      }
      if (await repository.findByEmail(data.email)) {
        throw new KringError('KRING_CONFLICT', 'Er is al een account met dit e-mailadres.');
      }
      const row = await repository.insert({
        email: data.email,
        naam: data.naam,
        wachtwoord_hash: data.wachtwoord ? await hashWachtwoord(data.wachtwoord) : null,
        platformbeheerder: data.platformbeheerder,
      });
      return { id: row.id, email: row.email };
    },

    /**
     * An account for someone who logs in through OpenID Connect only: no password, and an
     * e-mail address only when the provider vouched for it (null for most DigiD brokers).
     */
    async createZonderWachtwoord(input: {
      naam: string;
      email: string | null;
      emailGeverifieerd: boolean;
    }): Promise<{ id: string }> {
      const naam = input.naam.trim().slice(0, 200) || 'Inwoner';
      const email = input.email?.trim().toLowerCase() || null;
      if (email && (await repository.findByEmail(email))) {
        throw new KringError('KRING_CONFLICT', 'Er is al een account met dit e-mailadres.');
      }
      const row = await repository.insert({
        email,
        naam,
        wachtwoord_hash: null,
        platformbeheerder: false,
        email_geverifieerd_op: email && input.emailGeverifieerd ? new Date() : null,
      });
      return { id: row.id };
    },

    /** Turns a login off or on again. Callers end the account's sessions themselves. */
    setActief(id: string, actief: boolean): Promise<void> {
      return repository.setActief(id, actief);
    },

    async revokeRole(scope: GemeenteScope, accountId: string, rol: string): Promise<void> {
      await repository.revokeRole(scope, accountId, rol);
    },

    revokeAllRoles(scope: GemeenteScope, accountId: string): Promise<void> {
      return repository.revokeAllRoles(scope, accountId);
    },

    anonimiseer(id: string): Promise<void> {
      return repository.anonimiseer(id);
    },

    async findByEmail(email: string) {
      return repository.findByEmail(email.trim().toLowerCase());
    },

    async grantRole(scope: GemeenteScope, accountId: string, input: RolToekenning): Promise<void> {
      const data = rolToekenningSchema.parse(input);
      await repository.grantRole(
        scope,
        accountId,
        data.rol,
        data.functie ?? null,
        data.organisatieId ?? null,
      );
    },

    rolesOf(scope: GemeenteScope, accountId: string) {
      return repository.rolesOf(scope, accountId);
    },

    // Login state on the account (used by the aanmelden module). The account is platform-wide:
    // lockout, password, MFA and e-mail verification hold in every gemeente.
    findById: (id: string) => repository.findById(id),
    wachtwoordProblemen,
    hashWachtwoord,
    controleerWachtwoord,
    registreerMislukking: repository.registreerMislukking,
    resetMislukkingen: repository.resetMislukkingen,
    setWachtwoordHash: repository.setWachtwoordHash,
    setMfaGeheim: repository.setMfaGeheim,
    activeerMfa: repository.activeerMfa,
    gebruikTotpStap: repository.gebruikTotpStap,
    gebruikHerstelcode: repository.gebruikHerstelcode,
    markEmailGeverifieerd: repository.markEmailGeverifieerd,
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
