/**
 * The state of the sociale-kaart search page, split in two on purpose:
 *
 * - `Filters` are not about the person (a radius, "free", "wheelchair access", a day). They
 *   live in the page's address, so a search can be shared, bookmarked and survives back/forward.
 * - `Persoonlijk` is what a resident types or shares about themselves: the free text (often a
 *   need: "schulden", "eenzaam"), the postcode or location, and their age. That is personal
 *   data and must not end up in the address bar, the browser history, bookmarks or a shared
 *   link. It stays in component state and in sessionStorage (this tab only, gone when the tab
 *   closes), so "back" from a detail page still shows the same results.
 *
 * Pure functions, no React: unit tested in zoekStaat.test.ts.
 */

export const TOEGANKELIJKHEID_CODES = [
  'rolstoel',
  'aangepast-toilet',
  'ringleiding',
  'stille-ruimte',
  'parkeren-dichtbij',
  'ov-dichtbij',
] as const;
export const KOSTEN_CODES = ['gratis', 'vast', 'inkomensafhankelijk'] as const;
export const DAG_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const STRALEN_KM = [1, 2, 5, 10, 25] as const;
export const PAGINA_GROOTTE = 10;

export type Dag = (typeof DAG_CODES)[number];

export interface Filters {
  straalKm: number;
  levensdomein: string[];
  hulpvorm: string[];
  doelgroep: string[];
  kosten: string[];
  toegankelijkheid: string[];
  nuOpen: boolean;
  dag: Dag | null;
  zonderVerwijzing: boolean;
  pagina: number;
}

export interface Persoonlijk {
  tekst: string;
  postcode: string;
  /** From the browser's location, when the resident asked for it. */
  punt: { lat: number; lon: number } | null;
  leeftijd: string;
}

export const LEGE_FILTERS: Filters = {
  straalKm: 5,
  levensdomein: [],
  hulpvorm: [],
  doelgroep: [],
  kosten: [],
  toegankelijkheid: [],
  nuOpen: false,
  dag: null,
  zonderVerwijzing: false,
  pagina: 1,
};

export const LEEG_PERSOONLIJK: Persoonlijk = { tekst: '', postcode: '', punt: null, leeftijd: '' };

const LIJSTEN = ['levensdomein', 'hulpvorm', 'doelgroep', 'kosten', 'toegankelijkheid'] as const;
const CODE = /^[a-z][a-z0-9-]{0,39}$/;

/** Reads the filters from the page's address; anything odd is ignored, never an error. */
export function filtersUitUrl(params: URLSearchParams): Filters {
  const lijst = (naam: string) => [
    ...new Set(
      params
        .getAll(naam)
        .flatMap((v) => v.split(','))
        .filter((v) => CODE.test(v)),
    ),
  ];
  const straal = Number(params.get('straalKm'));
  const pagina = Number(params.get('pagina'));
  const dag = params.get('dag');
  return {
    straalKm: (STRALEN_KM as readonly number[]).includes(straal) ? straal : LEGE_FILTERS.straalKm,
    levensdomein: lijst('levensdomein'),
    hulpvorm: lijst('hulpvorm'),
    doelgroep: lijst('doelgroep'),
    kosten: lijst('kosten').filter((k) => (KOSTEN_CODES as readonly string[]).includes(k)),
    toegankelijkheid: lijst('toegankelijkheid').filter((k) =>
      (TOEGANKELIJKHEID_CODES as readonly string[]).includes(k),
    ),
    nuOpen: params.get('nuOpen') === 'true',
    dag: (DAG_CODES as readonly string[]).includes(dag ?? '') ? (dag as Dag) : null,
    zonderVerwijzing: params.get('zonderVerwijzing') === 'true',
    pagina: Number.isInteger(pagina) && pagina >= 1 && pagina <= 1000 ? pagina : 1,
  };
}

/** The filters as the page's address: only what differs from the defaults. Never personal. */
export function filtersNaarUrl(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.straalKm !== LEGE_FILTERS.straalKm) params.set('straalKm', String(filters.straalKm));
  for (const naam of LIJSTEN) {
    if (filters[naam].length > 0) params.set(naam, filters[naam].join(','));
  }
  if (filters.nuOpen) params.set('nuOpen', 'true');
  if (filters.dag) params.set('dag', filters.dag);
  if (filters.zonderVerwijzing) params.set('zonderVerwijzing', 'true');
  if (filters.pagina > 1) params.set('pagina', String(filters.pagina));
  return params;
}

/** A postcode the API accepts: 6171, 6171AB or 6171 AB. */
export function isPostcode(waarde: string): boolean {
  return /^[1-9][0-9]{3}( ?[A-Za-z]{2})?$/.test(waarde.trim());
}

/** The query string for `GET /api/v1/aanbod`: filters plus the personal part. */
export function apiQuery(filters: Filters, persoonlijk: Persoonlijk): string {
  const params = filtersNaarUrl({ ...filters, pagina: 1 });
  const tekst = persoonlijk.tekst.trim();
  if (tekst) params.set('tekst', tekst);
  const postcode = persoonlijk.postcode.trim();
  const heeftPlaats = persoonlijk.punt !== null || isPostcode(postcode);
  if (persoonlijk.punt) {
    params.set('lat', persoonlijk.punt.lat.toFixed(4));
    params.set('lon', persoonlijk.punt.lon.toFixed(4));
  } else if (isPostcode(postcode)) {
    params.set('postcode', postcode.toUpperCase());
  }
  // The radius only means something around a place.
  if (heeftPlaats) params.set('straalKm', String(filters.straalKm));
  else params.delete('straalKm');
  const leeftijd = Number(persoonlijk.leeftijd);
  if (persoonlijk.leeftijd.trim() !== '' && Number.isInteger(leeftijd) && leeftijd >= 0) {
    params.set('leeftijd', String(Math.min(leeftijd, 120)));
  }
  if (filters.pagina > 1) params.set('pagina', String(filters.pagina));
  params.set('paginaGrootte', String(PAGINA_GROOTTE));
  return params.toString();
}

/** "2,1 km" in Dutch, "2.1 km" in English; under a kilometre in metres ("300 m"). */
export function formatAfstand(km: number, taal: string): string {
  if (km < 1) {
    const meter = Math.max(100, Math.round((km * 1000) / 100) * 100);
    return `${new Intl.NumberFormat(taal).format(meter)} m`;
  }
  const getal = new Intl.NumberFormat(taal, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(km);
  return `${getal} km`;
}

/** An amount in euro: "€ 2,50" / "€2.50". */
export function formatBedrag(euro: number, taal: string): string {
  return new Intl.NumberFormat(taal, { style: 'currency', currency: 'EUR' }).format(euro);
}

/**
 * A route planner link to a (non-confidential) address: OpenStreetMap directions to the
 * point, so the resident's own starting point is never sent by us.
 */
export function routeLink(lat: number, lon: number): string {
  const punt = `${lat.toFixed(5)},${lon.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${punt}`)}#map=17/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

/** Session storage for the personal part: this tab only; unreadable storage is no error. */
const OPSLAG = 'kring.socialeKaart.zoekvraag';

export function leesPersoonlijk(opslag: Pick<Storage, 'getItem'> | undefined): Persoonlijk {
  try {
    const ruw = opslag?.getItem(OPSLAG);
    if (!ruw) return LEEG_PERSOONLIJK;
    const data = JSON.parse(ruw) as Partial<Persoonlijk>;
    const punt =
      data.punt && typeof data.punt.lat === 'number' && typeof data.punt.lon === 'number'
        ? { lat: data.punt.lat, lon: data.punt.lon }
        : null;
    return {
      tekst: typeof data.tekst === 'string' ? data.tekst.slice(0, 200) : '',
      postcode: typeof data.postcode === 'string' ? data.postcode.slice(0, 7) : '',
      punt,
      leeftijd: typeof data.leeftijd === 'string' ? data.leeftijd.slice(0, 3) : '',
    };
  } catch {
    return LEEG_PERSOONLIJK;
  }
}

export function bewaarPersoonlijk(
  opslag: Pick<Storage, 'setItem'> | undefined,
  persoonlijk: Persoonlijk,
): void {
  try {
    opslag?.setItem(OPSLAG, JSON.stringify(persoonlijk));
  } catch {
    // Storage blocked or full: the search still works, only "back" forgets it.
  }
}
