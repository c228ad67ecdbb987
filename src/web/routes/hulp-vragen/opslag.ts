import type { Invul } from './concept.ts';

/**
 * This tab's storage (sessionStorage) for "Hulp vragen": an anonymous resident's draft, the
 * concept this tab works on, the request just sent. Never in the address (personal data).
 */
const SLEUTEL = 'kring.hulpVragen';

export interface Bewaard {
  /** The anonymous draft (maybe from an older version: merge it with LEEG); gone once sent. */
  invul?: Invul;
  /** The server concept this tab works on (logged in). */
  conceptId?: string;
  /** The request just sent, for the confirmation page after a reload. */
  verstuurdId?: string;
}

function opslag(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function leesBewaard(): Bewaard {
  try {
    const tekst = opslag()?.getItem(SLEUTEL);
    const data = tekst ? (JSON.parse(tekst) as Bewaard) : {};
    return data;
  } catch {
    return {};
  }
}

export function bewaar(deel: Partial<Bewaard>): void {
  const nieuw = { ...leesBewaard(), ...deel };
  for (const k of Object.keys(nieuw) as (keyof Bewaard)[]) {
    if (nieuw[k] === undefined) delete nieuw[k];
  }
  try {
    opslag()?.setItem(SLEUTEL, JSON.stringify(nieuw));
  } catch {
    // Private mode or full storage: the draft stays in memory for this visit.
  }
}
