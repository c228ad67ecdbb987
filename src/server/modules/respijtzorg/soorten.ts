import type { HoeVaak, Hulpcategorie, Tijdvak, Urgentie } from '../../../shared/loket.ts';
import { DAGEN } from '../../../shared/loket.ts';

/**
 * The kinds of respite (respijtzorg) a carer can ask for, and where each one goes — pure
 * logic. Volunteer kinds become a help request of the front door (hulpvragen), so the
 * coordinator checks it and the matching board finds a volunteer; provider kinds go to one
 * organisation with published aanbod on the sociale kaart, which answers itself.
 */
export const RESPIJT_SOORTEN = ['vervangende-zorg', 'maatje', 'dagactiviteit', 'logeren'] as const;
export type RespijtSoort = (typeof RESPIJT_SOORTEN)[number];

/** Parts of the day; a short stay is day and night. */
export const RESPIJT_DAGDELEN = ['ochtend', 'middag', 'avond', 'hele-dag', 'dag-en-nacht'] as const;
export type RespijtDagdeel = (typeof RESPIJT_DAGDELEN)[number];

export const RESPIJT_FREQUENTIES = [
  'eenmalig',
  'wekelijks',
  'tweewekelijks',
  'maandelijks',
] as const;
export type RespijtFrequentie = (typeof RESPIJT_FREQUENTIES)[number];

export type RespijtRoute = 'matching' | 'aanbieder';

/** How to find providers of one kind on the sociale kaart (its search filters). */
export interface KaartZoekvraag {
  hulpvorm: string[];
  tekst?: string;
}

export type SoortInfo =
  | { route: 'matching'; hulpcategorie: Hulpcategorie; omschrijving: string }
  | { route: 'aanbieder'; kaart: KaartZoekvraag };

export const SOORTEN: Record<RespijtSoort, SoortInfo> = {
  // A volunteer who takes over the care at home for a while: company for the person cared
  // for (the loket's category that needs a VOG for one-to-one at home by default).
  'vervangende-zorg': {
    route: 'matching',
    hulpcategorie: 'gezelschap',
    omschrijving: 'Respijtzorg: een vrijwilliger neemt de zorg thuis even over',
  },
  // A buddy for one moment, e.g. going along to the doctor.
  maatje: {
    route: 'matching',
    hulpcategorie: 'gezelschap',
    omschrijving: 'Respijtzorg: een maatje voor een moment (bijvoorbeeld mee naar de dokter)',
  },
  dagactiviteit: { route: 'aanbieder', kaart: { hulpvorm: ['dagbesteding'] } },
  logeren: { route: 'aanbieder', kaart: { hulpvorm: ['respijtzorg'], tekst: 'logeren' } },
};

export const routeVan = (soort: RespijtSoort): RespijtRoute => SOORTEN[soort].route;

/** The front door's "how often" for a respite frequency (every two weeks is regular help). */
export function hoeVaakVoorLoket(f: RespijtFrequentie): HoeVaak {
  switch (f) {
    case 'eenmalig':
      return 'een-keer';
    case 'wekelijks':
    case 'tweewekelijks':
      return 'elke-week';
    case 'maandelijks':
      return 'elke-maand';
  }
}

/** The weekday of an ISO date (YYYY-MM-DD), as in iCalendar. */
export function weekdag(datum: string): (typeof DAGEN)[number] {
  const d = new Date(`${datum}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return DAGEN[(d + 6) % 7]!;
}

/** The cells of the loket's weekly grid this date and part of the day cover. */
export function tijdvakkenVoor(datum: string, dagdeel: RespijtDagdeel): Tijdvak[] {
  const dag = weekdag(datum);
  const delen =
    dagdeel === 'hele-dag' || dagdeel === 'dag-en-nacht'
      ? (['ochtend', 'middag', 'avond'] as const)
      : ([dagdeel] as const);
  return delen.map((p) => `${dag}-${p}` as Tijdvak);
}

/**
 * How soon, from the date: within a week is `binnen-een-week`, later `kan-wachten`. Never
 * `spoed`: respite is planned, and the loket sends spoed to the wijkteam.
 */
export function urgentieVoor(datum: string, vandaag: string): Urgentie {
  const dagen = (Date.parse(datum) - Date.parse(vandaag)) / 86_400_000;
  return dagen <= 7 ? 'binnen-een-week' : 'kan-wachten';
}

const FREQUENTIE_WOORDEN: Record<RespijtFrequentie, string> = {
  eenmalig: 'één keer',
  wekelijks: 'elke week',
  tweewekelijks: 'om de week',
  maandelijks: 'elke maand',
};
const DAGDEEL_WOORDEN: Record<RespijtDagdeel, string> = {
  ochtend: 'ochtend',
  middag: 'middag',
  avond: 'avond',
  'hele-dag': 'hele dag',
  'dag-en-nacht': 'dag en nacht',
};

/** The text the coordinator reads in the help request: kind, when, how often, the note. */
export function omschrijvingVoorLoket(v: {
  soort: RespijtSoort;
  datum: string;
  dagdeel: RespijtDagdeel;
  hoeVaak: RespijtFrequentie;
  toelichting: string;
}): string {
  const info = SOORTEN[v.soort];
  const kop = info.route === 'matching' ? info.omschrijving : v.soort;
  const regels = [
    `${kop}.`,
    `Vanaf ${v.datum}, ${DAGDEEL_WOORDEN[v.dagdeel]}, ${FREQUENTIE_WOORDEN[v.hoeVaak]}.`,
  ];
  if (v.toelichting.trim()) regels.push(v.toelichting.trim());
  return regels.join('\n').slice(0, 2000);
}
