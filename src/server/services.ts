import type { Config } from './config.ts';
import { createAccountsRepository } from './modules/accounts/repository.ts';
import { createAccountsService } from './modules/accounts/service.ts';
import { createGemeentenRepository } from './modules/gemeenten/repository.ts';
import { createGemeentenService } from './modules/gemeenten/service.ts';
import { createSessiesRepository } from './modules/sessies/repository.ts';
import { createSessiesService } from './modules/sessies/service.ts';
import type { Database } from './platform/database/connection.ts';
import { scopeFactory } from './platform/tenancy/gemeente-scope.ts';

/** Wires every module's service to its repository. Shared by the HTTP app and the CLI. */
export function createServices(database: Database, config: Pick<Config, 'defaultGemeente'>) {
  const scopeOf = scopeFactory(database.db);
  const gemeenten = createGemeentenService(createGemeentenRepository(database.db), {
    defaultGemeente: config.defaultGemeente,
  });
  const accounts = createAccountsService(createAccountsRepository(database.db));
  const sessies = createSessiesService(scopeOf, createSessiesRepository(), accounts);
  return { gemeenten, accounts, sessies };
}

export type Services = ReturnType<typeof createServices>;
