import type { Hulpcategorie, Urgentie } from '../../../../shared/loket.ts';
import { kostenVanSlot } from './instantie.ts';

/**
 * The weight of one pair (request, volunteer): a documented, configurable sum —
 *
 *   gewicht = basis
 *           + dekking     · (share of the requested categories the volunteer offers
 *                            + share of the requested times the volunteer can) / 2
 *           + afstand     · exp(−km / afstandSchaalKm)
 *           + interesse   · share of what the resident enjoys (doetGraag) that the
 *                            volunteer likes too
 *           + wachten     · min(1, wachtDagen / wachtSchaalDagen)
 *           + urgentie    · 0 (kan wachten), ½ (binnen een week), 1 (spoed)
 *           + continuiteit · [they were a good pair before]
 *
 * Load spreading is not in the pair weight but in the volunteer's slots: the k-th match of
 * one volunteer costs `slotKosten[k-1]` (0, 0.4, 0.8 by default), so the marginal weight of a
 * 2nd and 3rd match is lower and the optimiser first looks for someone who has nobody yet.
 *
 * `basis` is what helping one person is worth at all. It is larger than all the other parts
 * together (3 against 2.2), so one more person helped outweighs the quality of one pair:
 * the optimiser trades quality for reach only when the difference is large.
 */
export interface Gewichten {
  basis: number;
  dekking: number;
  afstand: number;
  afstandSchaalKm: number;
  interesse: number;
  wachten: number;
  wachtSchaalDagen: number;
  urgentie: number;
  continuiteit: number;
  /** Cost of a volunteer's 1st, 2nd, 3rd … slot: ≥ 0 and non-decreasing. */
  slotKosten: readonly number[];
}

export const STANDAARD_GEWICHTEN: Gewichten = {
  basis: 3,
  dekking: 0.6,
  afstand: 0.6,
  afstandSchaalKm: 3,
  interesse: 0.3,
  wachten: 0.3,
  wachtSchaalDagen: 30,
  urgentie: 0.2,
  continuiteit: 0.2,
  slotKosten: [0, 0.4, 0.8],
};

export const URGENTIE_FACTOR: Record<Urgentie, number> = {
  'kan-wachten': 0,
  'binnen-een-week': 0.5,
  spoed: 1,
};

/** The facts about one pair that the score uses; shares are 0…1. */
export interface Kenmerken {
  afstandKm: number;
  gedeeldeCategorieen: readonly Hulpcategorie[];
  /** Share of the requested categories the volunteer offers. */
  categorieDekking: number;
  /** Shared time slots; null when the resident said any time suits. */
  gedeeldeTijdvakken: number | null;
  /** Share of the requested times the volunteer can (1 when any time suits). */
  tijdDekking: number;
  gedeeldeInteresses: readonly Hulpcategorie[];
  interesseDekking: number;
  wachtDagen: number;
  urgentie: Urgentie;
  eerderGoed: boolean;
}

/**
 * The same sum on plain numbers, for the candidate index's inner loop (no arrays, no
 * objects). `urgentie` is the factor of URGENTIE_FACTOR.
 */
export function gewichtGetallen(
  g: Gewichten,
  afstandKm: number,
  categorieDekking: number,
  tijdDekking: number,
  interesseDekking: number,
  wachtDagen: number,
  urgentie: number,
  eerderGoed: boolean,
): number {
  return (
    g.basis +
    (g.dekking * (categorieDekking + tijdDekking)) / 2 +
    g.afstand * Math.exp(-afstandKm / g.afstandSchaalKm) +
    g.interesse * interesseDekking +
    g.wachten * Math.min(1, Math.max(0, wachtDagen) / g.wachtSchaalDagen) +
    g.urgentie * urgentie +
    (eerderGoed ? g.continuiteit : 0)
  );
}

export function gewicht(k: Kenmerken, g: Gewichten = STANDAARD_GEWICHTEN): number {
  return gewichtGetallen(
    g,
    k.afstandKm,
    k.categorieDekking,
    k.tijdDekking,
    k.interesseDekking,
    k.wachtDagen,
    URGENTIE_FACTOR[k.urgentie],
    k.eerderGoed,
  );
}

export type OnderdeelSoort =
  | 'basis'
  | 'dekking'
  | 'afstand'
  | 'interesse'
  | 'wachten'
  | 'urgentie'
  | 'continuiteit'
  | 'slot';

export interface Onderdeel {
  soort: OnderdeelSoort;
  /** What this part adds to the weight (negative for a volunteer's 2nd or 3rd slot). */
  punten: number;
  /** The part in words for the coordinator (B1), or null when it is not worth saying. */
  tekst: string | null;
}

export interface Uitleg {
  onderdelen: Onderdeel[];
  /** The weight with the slot cost: what this proposal adds to the total. */
  totaal: number;
  /** One sentence, e.g. "2,1 km, allebei: boodschappen, wacht al 12 dagen". */
  zin: string;
}

/** A number the Dutch way: one decimal, a decimal comma ("2,1"). */
export function getal(n: number, decimalen = 1): string {
  return n.toFixed(decimalen).replace('.', ',');
}

function opsomming(woorden: readonly string[]): string {
  if (woorden.length <= 1) return woorden.join('');
  return `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`;
}

/**
 * Why a proposal makes sense, in parts and in one sentence. `slot` is which match of the
 * volunteer this would be (1 = their first); `naam` turns a category code into words (the
 * caller passes the i18n label; by default the code, which is a Dutch word already).
 */
export function uitleg(
  k: Kenmerken,
  g: Gewichten = STANDAARD_GEWICHTEN,
  opties: { slot?: number; naam?: (c: Hulpcategorie) => string } = {},
): Uitleg {
  const naam = opties.naam ?? ((c: Hulpcategorie) => c);
  const slot = opties.slot ?? 1;
  const wachtFactor = Math.min(1, Math.max(0, k.wachtDagen) / g.wachtSchaalDagen);
  const dagen = Math.round(k.wachtDagen);
  const onderdelen: Onderdeel[] = [
    { soort: 'basis', punten: g.basis, tekst: null },
    {
      soort: 'afstand',
      punten: g.afstand * Math.exp(-k.afstandKm / g.afstandSchaalKm),
      tekst: `${getal(k.afstandKm)} km`,
    },
    {
      soort: 'dekking',
      punten: (g.dekking * (k.categorieDekking + k.tijdDekking)) / 2,
      tekst:
        k.gedeeldeCategorieen.length > 0
          ? `allebei: ${opsomming(k.gedeeldeCategorieen.map(naam))}`
          : null,
    },
  ];
  if (k.gedeeldeTijdvakken !== null && k.tijdDekking < 1) {
    // Only worth saying when not every asked moment fits.
    const d = onderdelen[2]!;
    const moment = k.gedeeldeTijdvakken === 1 ? 'moment' : 'momenten';
    d.tekst = `${d.tekst ? `${d.tekst}, ` : ''}kan op ${k.gedeeldeTijdvakken} ${moment}`;
  }
  onderdelen.push({
    soort: 'interesse',
    punten: g.interesse * k.interesseDekking,
    tekst:
      k.gedeeldeInteresses.length > 0
        ? `houden allebei van ${opsomming(k.gedeeldeInteresses.map(naam))}`
        : null,
  });
  onderdelen.push({
    soort: 'wachten',
    punten: g.wachten * wachtFactor,
    tekst: dagen >= 2 ? `wacht al ${dagen} dagen` : null,
  });
  onderdelen.push({
    soort: 'urgentie',
    punten: g.urgentie * URGENTIE_FACTOR[k.urgentie],
    tekst:
      k.urgentie === 'spoed'
        ? 'het is dringend'
        : k.urgentie === 'binnen-een-week'
          ? 'liefst binnen een week'
          : null,
  });
  onderdelen.push({
    soort: 'continuiteit',
    punten: k.eerderGoed ? g.continuiteit : 0,
    tekst: k.eerderGoed ? 'ging eerder goed samen' : null,
  });
  const slotKosten = kostenVanSlot(g.slotKosten, slot);
  const rang = slot === 2 ? 'tweede' : slot === 3 ? 'derde' : `${slot}e`;
  onderdelen.push({
    soort: 'slot',
    punten: -slotKosten,
    tekst: slot > 1 ? `wordt de ${rang} koppeling van deze vrijwilliger` : null,
  });
  const totaal = onderdelen.reduce((s, o) => s + o.punten, 0);
  const zin = onderdelen
    .map((o) => o.tekst)
    .filter((t): t is string => t !== null)
    .join(', ');
  return { onderdelen, totaal, zin };
}
