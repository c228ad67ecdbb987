import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import { createKaartBasis, type SocialeKaartDeps } from './basis-service.ts';
import { createBewerkenService } from './bewerken-service.ts';
import { createImportService } from './import-service.ts';
import { createModeratieService } from './moderatie-service.ts';
import { type Postcodegebied, pc4Van } from './postcodes.ts';
import type { SocialeKaartRepository } from './repository.ts';
import { createZoekenService } from './zoeken-service.ts';

export type { SocialeKaartDeps } from './basis-service.ts';

/**
 * The sociale kaart: public search and reading (`zoeken-service.ts`), editing
 * (`bewerken-service.ts`), moderation and freshness (`moderatie-service.ts`) and import by
 * external id (`import-service.ts`), sharing the helpers of `basis-service.ts`.
 */
export function createSocialeKaartService(
  scopeOf: ScopeFactory,
  repository: SocialeKaartRepository,
  deps: SocialeKaartDeps,
) {
  const basis = createKaartBasis(scopeOf, repository, deps);
  return {
    ...createZoekenService(basis),
    ...createBewerkenService(basis),
    ...createModeratieService(basis),
    ...createImportService(basis),
    /** The centre of a postcode's PC4 area, for distances in other modules (matching). */
    postcodegebied(postcode: string): Postcodegebied | undefined {
      return repository.postcodes().get(pc4Van(postcode) ?? '');
    },
  };
}

export type SocialeKaartService = ReturnType<typeof createSocialeKaartService>;
