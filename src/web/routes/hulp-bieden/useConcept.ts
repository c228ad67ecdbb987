import { useCallback, useState } from 'react';
import type { Fout } from './concept.ts';
import { bewaarConcept, type Concept, leesConcept, wisConcept } from './concept.ts';

/** The tab's sessionStorage, or nothing when the browser blocks it. */
function opslag(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The draft of this tab; every change is kept at once, so a reload loses nothing. */
export function useConcept(): [Concept, (deel: Partial<Concept>) => void] {
  const [concept, setConcept] = useState(() => leesConcept(opslag()));
  const wijzig = useCallback(
    (deel: Partial<Concept>) =>
      setConcept((oud) => {
        const nieuw = { ...oud, ...deel };
        bewaarConcept(opslag(), nieuw);
        return nieuw;
      }),
    [],
  );
  return [concept, wijzig];
}

export const vergeetConcept = () => wisConcept(opslag());

/** Router state of a step page: opened from the check page, maybe with the server's errors. */
export interface StapStaat {
  vanControleren?: boolean;
  fouten?: Fout[];
}
