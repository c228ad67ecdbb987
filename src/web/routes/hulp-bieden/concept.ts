/**
 * The volunteer sign-up ("Hulp bieden") as a draft: what the resident filled in so far, the
 * steps in order, the checks per step, and the way back from the server's field names to a
 * step and a field. Pure code (no React, no fetch), so unit tests cover it.
 *
 * The draft lives in the tab's sessionStorage until it is sent (the page says so): a reload
 * keeps it, another tab or a closed browser does not.
 */
import type { AanbodWijziging, NieuwAanbod } from '../../../server/modules/hulpaanbod/model.ts';
import type { Hulpcategorie, SoortHulp, Taal, Tijdvak, VogStatus } from '../../../shared/loket.ts';

export const STAPPEN = [
  'wat',
  'waar',
  'wanneer',
  'hoe-vaak',
  'talen',
  'soort',
  'vog',
  'over-u',
  'contact',
] as const;
export type Stap = (typeof STAPPEN)[number];
/** The check-your-answers page; `bedankt` comes after sending. */
export const CONTROLEREN = 'controleren';
export const BEDANKT = 'bedankt';

export const isStap = (waarde: string | undefined): waarde is Stap =>
  (STAPPEN as readonly string[]).includes(waarde ?? '');

export type Geslacht = 'vrouw' | 'man' | 'anders';

export interface Concept {
  categorieen: Hulpcategorie[];
  postcode: string;
  straalKm: number | null;
  tijdvakken: Tijdvak[];
  /** As typed; checked when the step is sent. */
  urenPerWeek: string;
  maxKoppelingen: number;
  talen: Taal[];
  soort: SoortHulp | null;
  vogStatus: VogStatus | null;
  vogDag: string;
  vogMaand: string;
  vogJaar: string;
  /** '' = rather not say. */
  geslacht: Geslacht | '';
  geboortejaar: string;
  toelichting: string;
  telefoonnummer: string;
  toestemming: boolean;
}

export const LEEG_CONCEPT: Concept = {
  categorieen: [],
  postcode: '',
  straalKm: null,
  tijdvakken: [],
  urenPerWeek: '',
  maxKoppelingen: 1,
  talen: ['nl'],
  soort: null,
  vogStatus: null,
  vogDag: '',
  vogMaand: '',
  vogJaar: '',
  geslacht: '',
  geboortejaar: '',
  toelichting: '',
  telefoonnummer: '',
  toestemming: false,
};

/** Choices for "how far", in km; a stored value outside the list is shown as well. */
export const STRALEN = [1, 3, 5, 10, 20] as const;
export const MAX_KOPPELINGEN = [1, 2, 3, 4, 5] as const;

const OPSLAG_SLEUTEL = 'kring.hulpBieden.concept';

/** The draft of this tab, or an empty one (also when storage is blocked or the data is odd). */
export function leesConcept(opslag: Pick<Storage, 'getItem'> | undefined): Concept {
  try {
    const tekst = opslag?.getItem(OPSLAG_SLEUTEL);
    if (!tekst) return { ...LEEG_CONCEPT };
    const gelezen = JSON.parse(tekst) as Partial<Concept>;
    return { ...LEEG_CONCEPT, ...gelezen };
  } catch {
    return { ...LEEG_CONCEPT };
  }
}

export function bewaarConcept(opslag: Pick<Storage, 'setItem'> | undefined, concept: Concept) {
  try {
    opslag?.setItem(OPSLAG_SLEUTEL, JSON.stringify(concept));
  } catch {
    // Storage blocked or full: the form still works within this page.
  }
}

export function wisConcept(opslag: Pick<Storage, 'removeItem'> | undefined) {
  try {
    opslag?.removeItem(OPSLAG_SLEUTEL);
  } catch {
    // Nothing to do.
  }
}

/** What is wrong, as a code the page puts in words (`hulpBieden.fout.<code>`). */
export type FoutCode =
  | 'categorieen'
  | 'postcodeLeeg'
  | 'postcodeOngeldig'
  | 'straal'
  | 'tijdvakken'
  | 'urenLeeg'
  | 'urenOngeldig'
  | 'mensen'
  | 'talen'
  | 'soort'
  | 'vogStatus'
  | 'vogDatumLeeg'
  | 'vogDatumOngeldig'
  | 'vogDatumToekomst'
  | 'geslacht'
  | 'geboortejaar'
  | 'toelichting'
  | 'telefoonLeeg'
  | 'telefoonOngeldig'
  | 'toestemming';

/** A field of the form: its element id (the error summary links there) and its step. */
export const VELDEN = {
  categorieen: { id: 'hb-categorieen', stap: 'wat' },
  postcode: { id: 'hb-postcode', stap: 'waar' },
  straalKm: { id: 'hb-straal', stap: 'waar' },
  tijdvakken: { id: 'hb-tijdvakken', stap: 'wanneer' },
  urenPerWeek: { id: 'hb-uren', stap: 'hoe-vaak' },
  maxKoppelingen: { id: 'hb-mensen', stap: 'hoe-vaak' },
  talen: { id: 'hb-talen', stap: 'talen' },
  soort: { id: 'hb-soort', stap: 'soort' },
  vogStatus: { id: 'hb-vog', stap: 'vog' },
  vogDatum: { id: 'hb-vog-dag', stap: 'vog' },
  geslacht: { id: 'hb-geslacht', stap: 'over-u' },
  geboortejaar: { id: 'hb-geboortejaar', stap: 'over-u' },
  toelichting: { id: 'hb-toelichting', stap: 'over-u' },
  telefoonnummer: { id: 'hb-telefoon', stap: 'contact' },
  toestemming: { id: 'hb-toestemming', stap: CONTROLEREN },
} as const satisfies Record<string, { id: string; stap: Stap | typeof CONTROLEREN }>;
export type Veld = keyof typeof VELDEN;

export interface Fout {
  veld: Veld;
  code: FoutCode;
}

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const TELEFOON = /^[0-9 +()-]{6,30}$/;
const HEEL_GETAL = /^\d+$/;

/** '6171ab' → '6171 AB'; anything else as typed (trimmed). */
export function netjesPostcode(postcode: string): string {
  const p = postcode.trim().toUpperCase();
  return POSTCODE.test(p) ? `${p.slice(0, 4)} ${p.slice(-2)}` : p;
}

/** The VOG date as YYYY-MM-DD, or null when it is not a real date. */
export function vogDatum(concept: Pick<Concept, 'vogDag' | 'vogMaand' | 'vogJaar'>) {
  const [d, m, j] = [concept.vogDag, concept.vogMaand, concept.vogJaar].map((v) => v.trim());
  if (!HEEL_GETAL.test(d!) || !HEEL_GETAL.test(m!) || !/^\d{4}$/.test(j!)) return null;
  const datum = new Date(Date.UTC(Number(j), Number(m) - 1, Number(d)));
  if (
    datum.getUTCFullYear() !== Number(j) ||
    datum.getUTCMonth() !== Number(m) - 1 ||
    datum.getUTCDate() !== Number(d)
  ) {
    return null;
  }
  return datum.toISOString().slice(0, 10);
}

/** The checks of one step (the whole draft for the check page). `vandaag` as YYYY-MM-DD. */
export function controleerStap(
  stap: Stap | typeof CONTROLEREN,
  c: Concept,
  vandaag: string,
): Fout[] {
  const fouten: Fout[] = [];
  const fout = (veld: Veld, code: FoutCode) => fouten.push({ veld, code });
  switch (stap) {
    case 'wat':
      if (c.categorieen.length === 0) fout('categorieen', 'categorieen');
      break;
    case 'waar':
      if (!c.postcode.trim()) fout('postcode', 'postcodeLeeg');
      else if (!POSTCODE.test(c.postcode.trim())) fout('postcode', 'postcodeOngeldig');
      if (c.straalKm === null) fout('straalKm', 'straal');
      break;
    case 'wanneer':
      if (c.tijdvakken.length === 0) fout('tijdvakken', 'tijdvakken');
      break;
    case 'hoe-vaak': {
      const uren = c.urenPerWeek.trim();
      if (!uren) fout('urenPerWeek', 'urenLeeg');
      else if (!HEEL_GETAL.test(uren) || Number(uren) < 1 || Number(uren) > 40) {
        fout('urenPerWeek', 'urenOngeldig');
      }
      if (!(MAX_KOPPELINGEN as readonly number[]).includes(c.maxKoppelingen)) {
        fout('maxKoppelingen', 'mensen');
      }
      break;
    }
    case 'talen':
      if (c.talen.length === 0) fout('talen', 'talen');
      break;
    case 'soort':
      if (c.soort === null) fout('soort', 'soort');
      break;
    case 'vog':
      if (c.vogStatus === null) fout('vogStatus', 'vogStatus');
      else if (c.vogStatus === 'ontvangen') {
        const leeg = [c.vogDag, c.vogMaand, c.vogJaar].some((v) => !v.trim());
        const datum = vogDatum(c);
        if (leeg) fout('vogDatum', 'vogDatumLeeg');
        else if (!datum) fout('vogDatum', 'vogDatumOngeldig');
        else if (datum > vandaag) fout('vogDatum', 'vogDatumToekomst');
      }
      break;
    case 'over-u': {
      const jaar = c.geboortejaar.trim();
      if (jaar && (!/^\d{4}$/.test(jaar) || Number(jaar) < 1900 || Number(jaar) > 2015)) {
        fout('geboortejaar', 'geboortejaar');
      }
      if (c.toelichting.trim().length > 1000) fout('toelichting', 'toelichting');
      break;
    }
    case 'contact': {
      const nummer = c.telefoonnummer.trim();
      if (!nummer) fout('telefoonnummer', 'telefoonLeeg');
      else if (!TELEFOON.test(nummer)) fout('telefoonnummer', 'telefoonOngeldig');
      break;
    }
    case CONTROLEREN:
      for (const s of STAPPEN) fouten.push(...controleerStap(s, c, vandaag));
      if (!c.toestemming) fout('toestemming', 'toestemming');
      break;
  }
  return fouten;
}

/** The first step with something missing, or null when everything is filled in. */
export function eersteOnafgemaakteStap(c: Concept, vandaag: string): Stap | null {
  return STAPPEN.find((s) => controleerStap(s, c, vandaag).length > 0) ?? null;
}

/** The body of POST /mijn/hulpaanbod. */
export function naarNieuwAanbod(c: Concept): NieuwAanbod {
  const datum = c.vogStatus === 'ontvangen' ? vogDatum(c) : null;
  const jaar = c.geboortejaar.trim();
  const toelichting = c.toelichting.trim();
  return {
    ...basis(c),
    vogStatus: c.vogStatus ?? 'geen',
    ...(datum ? { vogDatum: datum } : {}),
    ...(c.geslacht ? { geslacht: c.geslacht } : {}),
    ...(jaar ? { geboortejaar: Number(jaar) } : {}),
    ...(toelichting ? { toelichting } : {}),
    contact: { telefoonnummer: c.telefoonnummer.trim() },
    toestemming: true,
  };
}

/** What the sign-up and the change page share: what, where, when, how often. */
function basis(c: Concept) {
  return {
    categorieen: c.categorieen,
    postcode: netjesPostcode(c.postcode),
    straalKm: c.straalKm ?? 0,
    tijdvakken: c.tijdvakken,
    urenPerWeek: Number(c.urenPerWeek.trim()),
    maxKoppelingen: c.maxKoppelingen,
    talen: c.talen,
    soort: c.soort ?? 'regelmatig',
  } satisfies AanbodWijziging;
}

/** The body of PATCH /mijn/hulpaanbod/:id from the change page (what it shows). */
export function naarWijziging(c: Concept): AanbodWijziging {
  return basis(c);
}

/** The words for a field the server refused (its own words are not shown). */
const SERVER_FOUT: Record<Veld, FoutCode> = {
  categorieen: 'categorieen',
  postcode: 'postcodeOngeldig',
  straalKm: 'straal',
  tijdvakken: 'tijdvakken',
  urenPerWeek: 'urenOngeldig',
  maxKoppelingen: 'mensen',
  talen: 'talen',
  soort: 'soort',
  vogStatus: 'vogStatus',
  vogDatum: 'vogDatumOngeldig',
  geslacht: 'geslacht',
  geboortejaar: 'geboortejaar',
  toelichting: 'toelichting',
  telefoonnummer: 'telefoonOngeldig',
  toestemming: 'toestemming',
};

/**
 * Where a server problem (`body.postcode`, `body.tijdvakken.3`, `body.contact.telefoonnummer`)
 * belongs in the form: the field (and so its step) and the words for it. Unknown names: none.
 */
export function veldVanServer(naam: string): Fout | null {
  const [eerste, tweede] = naam.replace(/^body\./, '').split('.');
  const veld = (eerste === 'contact' ? tweede : eerste) as Veld;
  return Object.hasOwn(SERVER_FOUT, veld) ? { veld, code: SERVER_FOUT[veld] } : null;
}

/** The server's problems, one per field, in the form's order. */
export function foutenVanServer(namen: readonly string[]): Fout[] {
  const gevonden = namen.flatMap((n) => veldVanServer(n) ?? []);
  const volgorde = Object.keys(VELDEN) as Veld[];
  return volgorde.flatMap((veld) => gevonden.find((f) => f.veld === veld) ?? []);
}

export const stapVan = (veld: Veld) => VELDEN[veld].stap;
export const idVan = (veld: Veld) => VELDEN[veld].id;

/** The step after this one, or the check page after the last. */
export function volgende(stap: Stap): Stap | typeof CONTROLEREN {
  const i = STAPPEN.indexOf(stap);
  return STAPPEN[i + 1] ?? CONTROLEREN;
}

/** The step before this one, or null for the first (back to the start page). */
export function vorige(stap: Stap | typeof CONTROLEREN): Stap | null {
  if (stap === CONTROLEREN) return STAPPEN[STAPPEN.length - 1]!;
  const i = STAPPEN.indexOf(stap);
  return i > 0 ? STAPPEN[i - 1]! : null;
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function vandaagIso(nu = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${nu.getFullYear()}-${p(nu.getMonth() + 1)}-${p(nu.getDate())}`;
}

/** An existing offer as a draft, for the change page. */
export function conceptVanAanbod(a: {
  categorieen: Hulpcategorie[];
  postcode: string;
  straalKm: number;
  tijdvakken: Tijdvak[];
  urenPerWeek: number;
  maxKoppelingen: number;
  talen: Taal[];
  soort: SoortHulp;
}): Concept {
  return {
    ...LEEG_CONCEPT,
    categorieen: a.categorieen,
    postcode: a.postcode,
    straalKm: a.straalKm,
    tijdvakken: a.tijdvakken,
    urenPerWeek: String(a.urenPerWeek),
    maxKoppelingen: a.maxKoppelingen,
    talen: a.talen,
    soort: a.soort,
  };
}
