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
import { hashWachtwoord, wachtwoordProblemen } from './wachtwoord.ts';

export function createAccountsService(repository: AccountsRepository) {
  return {
    rollen(): RolInfo[] {
      return ROLLEN.map(rolInfo);
    },

    /** Creates a login. The password is checked against the policy and stored as argon2id. */
    async create(input: NieuwAccount): Promise<{ id: string; email: string }> {
      const data = nieuwAccountSchema.parse(input);
      if (data.wachtwoord !== undefined) {
        const problems = wachtwoordProblemen(data.wachtwoord);
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

    async findByEmail(email: string) {
      return repository.findByEmail(email.trim().toLowerCase());
    },

    async grantRole(scope: GemeenteScope, accountId: string, input: RolToekenning): Promise<void> {
      const data = rolToekenningSchema.parse(input);
      await repository.grantRole(scope, accountId, data.rol, data.functie ?? null);
    },

    rolesOf(scope: GemeenteScope, accountId: string) {
      return repository.rolesOf(scope, accountId);
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
