import type { Config } from './config.ts';
import { createAccountsRepository } from './modules/accounts/repository.ts';
import { createAccountsService } from './modules/accounts/service.ts';
import { createGemeentenRepository } from './modules/gemeenten/repository.ts';
import { createGemeentenService } from './modules/gemeenten/service.ts';
import type { Database } from './platform/database/connection.ts';

/** Wires every module's service to its repository. Shared by the HTTP app and the CLI. */
export function createServices(database: Database, config: Pick<Config, 'defaultGemeente'>) {
  return {
    gemeenten: createGemeentenService(createGemeentenRepository(database.db), {
      defaultGemeente: config.defaultGemeente,
    }),
    accounts: createAccountsService(createAccountsRepository(database.db)),
  };
}

export type Services = ReturnType<typeof createServices>;
