/**
 * The words of the front door (één loket) that both the server and the web app use: help
 * categories in plain words, life domains, parts of the day, how often and how urgent.
 * Here without zod, so a resident's page can list them without bundling zod; the server's
 * model files build their schemas from these lists. Labels live in the i18n files
 * (`loket.categorie.<code>` and so on), never here.
 */

/** The 8 life domains of the default instrument (seeds 004 §1.1, GLOSSARY.md). */
export const LEVENSDOMEINEN = [
  'dagbesteding',
  'sociaal-netwerk',
  'woonsituatie',
  'huishouden',
  'adl',
  'mobiliteit',
  'financien',
  'gezondheid',
] as const;
export type Levensdomein = (typeof LEVENSDOMEINEN)[number];

/**
 * What a resident can ask help with, in plain words. Each belongs to one life domain.
 * `eenvoudig`: a neighbour or volunteer can usually do it (the default; a gemeente can
 * change it). `vog`: a certificate of conduct is needed by default (one-to-one at home).
 */
export const HULPCATEGORIEEN = [
  { code: 'boodschappen', levensdomein: 'huishouden', eenvoudig: true, vog: false },
  { code: 'huishouden', levensdomein: 'huishouden', eenvoudig: true, vog: true },
  { code: 'vervoer', levensdomein: 'mobiliteit', eenvoudig: true, vog: false },
  { code: 'klusjes', levensdomein: 'woonsituatie', eenvoudig: true, vog: true },
  { code: 'tuin', levensdomein: 'woonsituatie', eenvoudig: true, vog: false },
  { code: 'gezelschap', levensdomein: 'sociaal-netwerk', eenvoudig: true, vog: true },
  { code: 'wandelen', levensdomein: 'sociaal-netwerk', eenvoudig: true, vog: false },
  { code: 'computer', levensdomein: 'dagbesteding', eenvoudig: true, vog: false },
  { code: 'taal', levensdomein: 'dagbesteding', eenvoudig: true, vog: false },
  { code: 'post', levensdomein: 'financien', eenvoudig: true, vog: true },
  { code: 'geldzorgen', levensdomein: 'financien', eenvoudig: false, vog: true },
  { code: 'verzorging', levensdomein: 'adl', eenvoudig: false, vog: true },
  { code: 'gezondheid', levensdomein: 'gezondheid', eenvoudig: false, vog: true },
  { code: 'somber', levensdomein: 'gezondheid', eenvoudig: false, vog: true },
  { code: 'werk', levensdomein: 'dagbesteding', eenvoudig: false, vog: false },
  { code: 'wonen', levensdomein: 'woonsituatie', eenvoudig: false, vog: false },
] as const satisfies readonly {
  code: string;
  levensdomein: Levensdomein;
  eenvoudig: boolean;
  vog: boolean;
}[];
export type Hulpcategorie = (typeof HULPCATEGORIEEN)[number]['code'];
export const HULPCATEGORIE_CODES = HULPCATEGORIEEN.map((c) => c.code) as [
  Hulpcategorie,
  ...Hulpcategorie[],
];

/** Days as in iCalendar and the sociale kaart. */
export const DAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const DAGDELEN = ['ochtend', 'middag', 'avond'] as const;
export type Dag = (typeof DAGEN)[number];
export type Dagdeel = (typeof DAGDELEN)[number];
/** One cell of the weekly grid, e.g. `MO-ochtend`. */
export type Tijdvak = `${Dag}-${Dagdeel}`;
export const TIJDVAKKEN = DAGEN.flatMap((d) => DAGDELEN.map((p) => `${d}-${p}` as Tijdvak));

export const HOE_VAAK = ['een-keer', 'paar-keer', 'elke-week', 'elke-maand'] as const;
export type HoeVaak = (typeof HOE_VAAK)[number];

/** How soon: `spoed` means today or tomorrow, and goes to the wijkteam by default. */
export const URGENTIES = ['kan-wachten', 'binnen-een-week', 'spoed'] as const;
export type Urgentie = (typeof URGENTIES)[number];

export const VOOR_WIE = ['mijzelf', 'naaste'] as const;
export type VoorWie = (typeof VOOR_WIE)[number];

export const GESLACHT_VOORKEUREN = ['geen', 'vrouw', 'man'] as const;
export type GeslachtVoorkeur = (typeof GESLACHT_VOORKEUREN)[number];

/** Languages a resident can choose (ISO 639-1); the UI names them in the reader's language. */
export const TALEN = ['nl', 'en', 'de', 'fr', 'ar', 'tr', 'pl', 'uk', 'ti', 'li'] as const;
export type Taal = (typeof TALEN)[number];

/** Where a request goes after it is sent. */
export const ROUTES = ['vrijwilligers', 'wijkteam'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * A help request's life. concept: not sent yet (the resident only). ingediend: sent, waits
 * for the coordinator or the wijkteam. in-behandeling: a staff member picked it up.
 * in-matching: checked by the coordinator, in the volunteer pool. gekoppeld: a volunteer
 * and the resident both said yes. afgerond / ingetrokken: closed.
 */
export const HULPVRAAG_STATUSSEN = [
  'concept',
  'ingediend',
  'in-behandeling',
  'in-matching',
  'gekoppeld',
  'afgerond',
  'ingetrokken',
] as const;
export type HulpvraagStatus = (typeof HULPVRAAG_STATUSSEN)[number];

export const SOORTEN_HULP = ['eenmalig', 'regelmatig', 'beide'] as const;
export type SoortHulp = (typeof SOORTEN_HULP)[number];

export const VOG_STATUSSEN = ['geen', 'aangevraagd', 'ontvangen'] as const;
export type VogStatus = (typeof VOG_STATUSSEN)[number];

/** A volunteer's offer: aangemeld (waits for the coordinator), goedgekeurd, afgewezen, gestopt. */
export const AANBOD_STATUSSEN = ['aangemeld', 'goedgekeurd', 'afgewezen', 'gestopt'] as const;
export type AanbodStatus = (typeof AANBOD_STATUSSEN)[number];

/**
 * A match (issue 7 adds the optimiser and the later steps' jobs). voorstel → goedgekeurd
 * (coordinator) → vrijwilliger-akkoord → kennismaking (the resident said yes too: contact
 * details are shared) → actief → beeindigd; afgewezen from any open step, with a reason.
 */
export const KOPPELING_STATUSSEN = [
  'voorstel',
  'goedgekeurd',
  'vrijwilliger-akkoord',
  'kennismaking',
  'actief',
  'beeindigd',
  'afgewezen',
] as const;
export type KoppelingStatus = (typeof KOPPELING_STATUSSEN)[number];

/** A VOG counts for this many years after its date (the usual rule of volunteer organisations). */
export const VOG_GELDIG_JAREN = 3;
