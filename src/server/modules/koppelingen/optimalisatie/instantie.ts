import type {
  GeslachtVoorkeur,
  Hulpcategorie,
  Taal,
  Tijdvak,
  Urgentie,
} from '../../../../shared/loket.ts';
import type { Punt } from '../kandidaten.ts';

/**
 * What the optimiser gets: open requests, available volunteers and the gemeente's rules, as
 * plain data (the service reads them from the database; the benchmark generates them).
 * Everything in this folder is pure logic: no database, HTTP or file system.
 */
export interface OptVraag {
  id: string;
  /** The person who asks; a person never helps themselves in an exchange. */
  persoonId?: string;
  punt: Punt;
  /** How far the helper may live at most; unset: only the volunteer's radius counts. */
  straalKm?: number;
  categorieen: readonly Hulpcategorie[];
  /** When help suits; empty: any time. */
  tijdvakken: readonly Tijdvak[];
  /** Languages the resident speaks with a helper; empty: any. */
  talen: readonly Taal[];
  geslacht: GeslachtVoorkeur;
  /** "Iemand van ongeveer mijn leeftijd": within 10 years, when both gave a birth year. */
  zelfdeLeeftijd?: boolean;
  geboortejaar?: number | null;
  /** What the resident enjoys (their story's "doetGraag", as categories). */
  doetGraag?: readonly Hulpcategorie[];
  wachtDagen: number;
  urgentie: Urgentie;
  /** Hours a week the help takes; unset: no hour check. */
  uren?: number;
}

export interface OptAanbod {
  id: string;
  persoonId?: string;
  punt: Punt;
  straalKm: number;
  categorieen: readonly Hulpcategorie[];
  tijdvakken: readonly Tijdvak[];
  talen: readonly Taal[];
  geslacht: 'vrouw' | 'man' | 'anders' | null;
  geboortejaar: number | null;
  vogGeldig: boolean;
  /** How many people at the same time (the offer's maxKoppelingen). */
  maxKoppelingen: number;
  /** Matches that already run (accepted, outside this run): they use slots 1…bezet. */
  bezet: number;
  /** Free hours a week; unset: no hour check. */
  urenPerWeek?: number;
  /** What the volunteer likes; unset: the categories they offer. */
  interesses?: readonly Hulpcategorie[];
}

export type Paar = readonly [vraagId: string, aanbodId: string];

export interface Regels {
  /** Categories for which the gemeente requires a valid VOG. */
  vogNodig: readonly Hulpcategorie[];
  /** Pairs where one side said no before: never proposed again. */
  eerderAfgewezen?: readonly Paar[];
  /** Pairs that went well before (a continuity bonus). */
  eerderGoed?: readonly Paar[];
}

/** `${vraagId}\u0000${aanbodId}`: a key for sets of pairs. */
export const paarSleutel = (vraagId: string, aanbodId: string) => `${vraagId}\u0000${aanbodId}`;

/**
 * Candidate pairs as a compressed sparse row list: the edges of request r are
 * `start[r] … start[r+1]-1`, best first. Shared by the flow solver, the greedy baselines and
 * the LP for HiGHS, so all of them solve exactly the same problem.
 */
export interface Netwerk {
  aantalVragen: number;
  aantalAanbieders: number;
  start: Int32Array;
  aanbieder: Int32Array;
  gewicht: Float64Array;
  /** Slots a volunteer has in total (maxKoppelingen). */
  capaciteit: Int32Array;
  /** Slots already used by running matches; free slots are bezet+1 … capaciteit. */
  bezet: Int32Array;
  /**
   * slotKosten[k-1]: what the k-th slot of a volunteer costs, ≥ 0 and non-decreasing, so
   * the marginal weight of a volunteer's 2nd and 3rd match is lower (load spreading).
   * Slots past the end cost the last value.
   */
  slotKosten: readonly number[];
}

export function kostenVanSlot(slotKosten: readonly number[], k: number): number {
  if (slotKosten.length === 0) return 0;
  return slotKosten[Math.min(k, slotKosten.length) - 1]!;
}

/** Checks the invariants the solvers rely on; throws with what is wrong. */
export function controleerNetwerk(n: Netwerk): void {
  if (n.start.length !== n.aantalVragen + 1) throw new Error('start: length is not vragen + 1');
  if (n.capaciteit.length !== n.aantalAanbieders || n.bezet.length !== n.aantalAanbieders) {
    throw new Error('capaciteit/bezet: one per aanbieder');
  }
  for (let k = 0; k < n.slotKosten.length; k++) {
    const c = n.slotKosten[k]!;
    if (!(c >= 0) || (k > 0 && c < n.slotKosten[k - 1]!)) {
      throw new Error('slotKosten: must be ≥ 0 and non-decreasing');
    }
  }
  for (let e = 0; e < n.aanbieder.length; e++) {
    const v = n.aanbieder[e]!;
    if (v < 0 || v >= n.aantalAanbieders) throw new Error(`edge ${e}: no such aanbieder`);
    if (!Number.isFinite(n.gewicht[e]!)) throw new Error(`edge ${e}: weight is not finite`);
  }
}

/**
 * The objective every solver here maximises, for an assignment (aanbieder index per
 * request, -1 = not helped): the sum of the pair weights minus the cost of each volunteer's
 * newly used slots. Returns NaN when the assignment breaks a capacity or uses a non-edge.
 */
export function doelwaarde(n: Netwerk, toewijzing: Int32Array): number {
  const last = new Int32Array(n.aantalAanbieders);
  let som = 0;
  for (let r = 0; r < n.aantalVragen; r++) {
    const v = toewijzing[r]!;
    if (v < 0) continue;
    let w = Number.NaN;
    for (let e = n.start[r]!; e < n.start[r + 1]!; e++) {
      if (n.aanbieder[e] === v) {
        w = n.gewicht[e]!;
        break;
      }
    }
    som += w;
    last[v]!++;
  }
  for (let v = 0; v < n.aantalAanbieders; v++) {
    const b = n.bezet[v]!;
    if (b + last[v]! > n.capaciteit[v]!) return Number.NaN;
    for (let k = b + 1; k <= b + last[v]!; k++) som -= kostenVanSlot(n.slotKosten, k);
  }
  return som;
}

export function geholpen(toewijzing: Int32Array): number {
  let h = 0;
  for (const v of toewijzing) if (v >= 0) h++;
  return h;
}
