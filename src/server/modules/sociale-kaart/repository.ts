import { createAanbodRepository } from './aanbod-repository.ts';
import { createModeratieRepository } from './moderatie-repository.ts';
import { createZoekRepository } from './zoek-repository.ts';

export type {
  AanbodRij,
  AanbodVelden,
  LocatieRij,
  VoorstelRij,
} from './rijen.ts';

/**
 * The only SQL of the sociale kaart, split by resource: search (`zoek-repository.ts`),
 * entries/locations/organisations (`aanbod-repository.ts`) and proposals/history/freshness
 * (`moderatie-repository.ts`).
 */
export function createSocialeKaartRepository() {
  return {
    ...createZoekRepository(),
    ...createAanbodRepository(),
    ...createModeratieRepository(),
  };
}

export type SocialeKaartRepository = ReturnType<typeof createSocialeKaartRepository>;
