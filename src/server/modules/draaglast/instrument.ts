/**
 * The default "Hoe gaat het met u?" check, in our own words (not a published instrument such
 * as EDIZ or CSI). Two parts: what costs the carer energy (`last`, the load) and what gives
 * energy or who helps (`kracht`, the capacity). Every answer is on one frequency scale.
 * Pure: no I/O. A gemeente may replace the questions and thresholds (see `valideerInstrument`).
 */

export const DELEN = ['last', 'kracht'] as const;
export type Deel = (typeof DELEN)[number];

/** The answer scale: 0 nooit, 1 soms, 2 vaak, 3 bijna altijd. */
export const SCHAAL = [0, 1, 2, 3] as const;
export type Antwoord = (typeof SCHAAL)[number];
export const SCHAAL_MAX = 3;

export interface Vraag {
  /** Stable within an instrument: `a-z`, digits and `-`, 1–40 characters. */
  id: string;
  deel: Deel;
  /** One short B1 sentence the carer answers with nooit / soms / vaak / bijna altijd. */
  tekst: string;
}

/** The band boundaries on the belasting score (0–100): strictly increasing. */
export interface Drempels {
  licht: number;
  matig: number;
  zwaar: number;
}

export interface Instrument {
  vragen: Vraag[];
  drempels: Drempels;
}

export const STANDAARD_DREMPELS: Drempels = { licht: 25, matig: 45, zwaar: 65 };

export const STANDAARD_VRAGEN: Vraag[] = [
  { id: 'moe', deel: 'last', tekst: 'Ik ben moe door de zorg.' },
  { id: 'slapen', deel: 'last', tekst: 'Ik slaap slecht omdat ik over de zorg pieker.' },
  { id: 'tijd', deel: 'last', tekst: 'Ik heb te weinig tijd voor mezelf.' },
  { id: 'alleen', deel: 'last', tekst: 'Ik sta er alleen voor.' },
  { id: 'botst', deel: 'last', tekst: 'De zorg gaat ten koste van mijn werk, school of gezin.' },
  { id: 'zorgen', deel: 'last', tekst: 'Ik maak me zorgen over hoe het verder moet.' },
  { id: 'hulp', deel: 'kracht', tekst: 'Ik kan iemand om hulp vragen als dat nodig is.' },
  { id: 'energie', deel: 'kracht', tekst: 'Ik doe nog dingen die mij energie geven.' },
  { id: 'delen', deel: 'kracht', tekst: 'Ik kan mijn zorgen met iemand delen.' },
  { id: 'volhouden', deel: 'kracht', tekst: 'Ik denk dat ik dit goed kan volhouden.' },
];

export const STANDAARD_INSTRUMENT: Instrument = {
  vragen: STANDAARD_VRAGEN,
  drempels: STANDAARD_DREMPELS,
};

export const MAX_VRAGEN = 20;
const ID = /^[a-z0-9-]{1,40}$/;

export interface InstrumentFout {
  /** Where, relative to the instrument: `vragen.2.tekst`, `drempels.matig`. */
  pad: string;
  reden: string;
}

/**
 * What a gemeente's own instrument must satisfy, beyond the shape: at least one question in
 * each part, unique ids, texts 5–200 characters, thresholds 1–100 and strictly increasing.
 */
export function valideerInstrument(i: Instrument): InstrumentFout[] {
  const fouten: InstrumentFout[] = [];
  if (i.vragen.length > MAX_VRAGEN) {
    fouten.push({ pad: 'vragen', reden: `Gebruik hoogstens ${MAX_VRAGEN} vragen.` });
  }
  for (const deel of DELEN) {
    if (!i.vragen.some((v) => v.deel === deel)) {
      fouten.push({
        pad: 'vragen',
        reden:
          deel === 'last'
            ? 'Stel minstens één vraag over wat energie kost.'
            : 'Stel minstens één vraag over wat energie geeft.',
      });
    }
  }
  const gezien = new Set<string>();
  i.vragen.forEach((v, n) => {
    if (!ID.test(v.id)) {
      fouten.push({
        pad: `vragen.${n}.id`,
        reden: 'Gebruik kleine letters, cijfers en streepjes (hoogstens 40).',
      });
    } else if (gezien.has(v.id)) {
      fouten.push({ pad: `vragen.${n}.id`, reden: 'Deze code staat er al.' });
    }
    gezien.add(v.id);
    const t = v.tekst.trim();
    if (t.length < 5 || t.length > 200) {
      fouten.push({ pad: `vragen.${n}.tekst`, reden: 'Schrijf een vraag van 5 tot 200 tekens.' });
    }
  });
  const { licht, matig, zwaar } = i.drempels;
  for (const [naam, w] of Object.entries(i.drempels)) {
    if (!Number.isInteger(w) || w < 1 || w > 100) {
      fouten.push({ pad: `drempels.${naam}`, reden: 'Vul een heel getal van 1 tot 100 in.' });
    }
  }
  if (!(licht < matig)) {
    fouten.push({ pad: 'drempels.matig', reden: 'Deze grens moet hoger zijn dan die voor licht.' });
  }
  if (!(matig < zwaar)) {
    fouten.push({ pad: 'drempels.zwaar', reden: 'Deze grens moet hoger zijn dan die voor matig.' });
  }
  return fouten;
}

/** Which answers are missing or not on the scale, by question id (unknown ids too). */
export function antwoordFouten(
  vragen: readonly Vraag[],
  antwoorden: Readonly<Record<string, unknown>>,
): { vraagId: string; reden: string }[] {
  const fouten: { vraagId: string; reden: string }[] = [];
  for (const v of vragen) {
    const a = antwoorden[v.id];
    if (a === undefined || a === null) {
      fouten.push({ vraagId: v.id, reden: 'Kies een antwoord.' });
    } else if (!SCHAAL.includes(a as Antwoord)) {
      fouten.push({ vraagId: v.id, reden: 'Kies nooit, soms, vaak of bijna altijd.' });
    }
  }
  const bekend = new Set(vragen.map((v) => v.id));
  for (const id of Object.keys(antwoorden)) {
    if (!bekend.has(id)) fouten.push({ vraagId: id, reden: 'Deze vraag is er niet.' });
  }
  return fouten;
}
