/**
 * Schedules in the RFC 5545 shape HSDS uses: in words for people, and "open at this
 * moment?" in Europe/Amsterdam time. Pure logic; the search does the same test in SQL
 * (repository.ts) and the integration tests compare both.
 */
import type { Dag } from './model.ts';

export interface RoosterRegel {
  freq: 'WEEKLY' | 'MONTHLY' | null;
  interval: number;
  byday: string | null;
  dtstart: string | null;
  until: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  gesloten: boolean;
  beschrijving: string;
}

export type Taal = 'nl' | 'en';

const DAGNAMEN: Record<Taal, Record<Dag, string>> = {
  nl: {
    MO: 'maandag',
    TU: 'dinsdag',
    WE: 'woensdag',
    TH: 'donderdag',
    FR: 'vrijdag',
    SA: 'zaterdag',
    SU: 'zondag',
  },
  en: {
    MO: 'Monday',
    TU: 'Tuesday',
    WE: 'Wednesday',
    TH: 'Thursday',
    FR: 'Friday',
    SA: 'Saturday',
    SU: 'Sunday',
  },
};
const MAANDEN: Record<Taal, string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const RANGTELWOORD: Record<Taal, Record<string, string>> = {
  nl: { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '5': 'vijfde', '-1': 'laatste' },
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' },
};
const DAG_VAN_JS: Dag[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function en(items: string[], taal: Taal): string {
  if (items.length <= 1) return items.join('');
  const woord = taal === 'nl' ? 'en' : 'and';
  return `${items.slice(0, -1).join(', ')} ${woord} ${items.at(-1)}`;
}

function delen(datum: string): [number, number, number] {
  const [y, m, d] = datum.split('-').map(Number);
  return [y!, m!, d!];
}

export function dagVan(datum: string): Dag {
  const [y, m, d] = delen(datum);
  return DAG_VAN_JS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

export function datumInWoorden(datum: string, taal: Taal, metDag = false): string {
  const [y, m, d] = delen(datum);
  const tekst = `${d} ${MAANDEN[taal][m - 1]} ${y}`;
  return metDag ? `${DAGNAMEN[taal][dagVan(datum)]} ${tekst}` : tekst;
}

interface Token {
  ordinaal: string | null;
  dag: Dag;
}

export function bydayTokens(byday: string | null): Token[] {
  if (!byday) return [];
  return byday.split(',').map((t) => {
    const m = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(t.trim());
    if (!m) throw new RangeError(`Not an RFC 5545 BYDAY value: ${t}`);
    return { ordinaal: m[1] ?? null, dag: m[2] as Dag };
  });
}

function tijden(r: RoosterRegel): string {
  if (r.opensAt && r.closesAt) return ` ${r.opensAt}–${r.closesAt}`;
  if (r.opensAt) return ` ${r.opensAt}`;
  return '';
}

/** "elke dinsdag 10:00–12:00", "elke eerste vrijdag van de maand 19:00–21:00", … */
export function roosterInWoorden(r: RoosterRegel, taal: Taal): string {
  const nl = taal === 'nl';
  if (r.gesloten) {
    const van = r.dtstart ? datumInWoorden(r.dtstart, taal) : '';
    if (r.until && r.until !== r.dtstart) {
      const tot = datumInWoorden(r.until, taal);
      return nl ? `gesloten van ${van} tot en met ${tot}` : `closed from ${van} to ${tot}`;
    }
    return nl ? `gesloten op ${van}` : `closed on ${van}`;
  }
  let tekst: string;
  if (r.freq === null) {
    const datum = r.dtstart ? datumInWoorden(r.dtstart, taal, true) : '';
    tekst = nl ? `op ${datum}` : `on ${datum}`;
  } else if (r.freq === 'WEEKLY') {
    const dagen = en(
      bydayTokens(r.byday).map((t) => DAGNAMEN[taal][t.dag]),
      taal,
    );
    if (r.interval === 1) tekst = nl ? `elke ${dagen}` : `every ${dagen}`;
    else if (r.interval === 2)
      tekst = nl ? `om de week op ${dagen}` : `every other week on ${dagen}`;
    else
      tekst = nl ? `elke ${r.interval} weken op ${dagen}` : `every ${r.interval} weeks on ${dagen}`;
  } else {
    const dagen = en(
      bydayTokens(r.byday).map((t) =>
        t.ordinaal
          ? `${RANGTELWOORD[taal][t.ordinaal]} ${DAGNAMEN[taal][t.dag]}`
          : DAGNAMEN[taal][t.dag],
      ),
      taal,
    );
    if (r.interval === 1) tekst = nl ? `elke ${dagen} van de maand` : `every ${dagen} of the month`;
    else
      tekst = nl
        ? `elke ${r.interval} maanden op de ${dagen}`
        : `every ${r.interval} months on the ${dagen}`;
  }
  tekst += tijden(r);
  if (r.freq !== null && r.validTo) {
    tekst += nl
      ? ` (tot en met ${datumInWoorden(r.validTo, taal)})`
      : ` (until ${datumInWoorden(r.validTo, taal)})`;
  }
  if (r.beschrijving) tekst += ` – ${r.beschrijving}`;
  return tekst;
}

/** A moment in Europe/Amsterdam: the local date, time and weekday. */
export interface Moment {
  datum: string;
  tijd: string;
  dag: Dag;
  /** 1 for the first such weekday of the month, 2 for the second, … */
  weekVanMaand: number;
  /** This is the last such weekday of the month. */
  laatsteVanMaand: boolean;
}

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function momentOpDatum(datum: string, tijd: string): Moment {
  const [y, m, d] = delen(datum);
  const dagenInMaand = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    datum,
    tijd,
    dag: dagVan(datum),
    weekVanMaand: Math.floor((d - 1) / 7) + 1,
    laatsteVanMaand: d + 7 > dagenInMaand,
  };
}

export function amsterdamMoment(nu: Date): Moment {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(nu).map((x) => [x.type, x.value]));
  return momentOpDatum(`${p.year}-${p.month}-${p.day}`, `${p.hour}:${p.minute}`);
}

/** The BYDAY values that match the moment: weekly ['TU'], monthly ['2TU', '-1TU']. */
export function dagWaarden(m: Moment): { week: string[]; maand: string[] } {
  const maand = [`${m.weekVanMaand}${m.dag}`];
  if (m.laatsteVanMaand) maand.push(`-1${m.dag}`);
  return { week: [m.dag], maand };
}

function dagenTussen(van: string, tot: string): number {
  const [a, b, c] = delen(van);
  const [x, y, z] = delen(tot);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** Does the rule (not an exception) take place on the moment's date? */
export function valtOpDatum(r: RoosterRegel, m: Moment): boolean {
  if (r.gesloten) return false;
  if (r.validFrom && m.datum < r.validFrom) return false;
  if (r.validTo && m.datum > r.validTo) return false;
  if (r.until && m.datum > r.until) return false;
  if (r.freq === null) return r.dtstart === m.datum;
  if (r.dtstart && m.datum < r.dtstart) return false;
  const waarden = dagWaarden(m);
  const byday = (r.byday ?? '').split(',');
  if (r.freq === 'WEEKLY') {
    if (!byday.some((b) => waarden.week.includes(b))) return false;
    if (r.interval === 1) return true;
    if (!r.dtstart) return false;
    return Math.floor(dagenTussen(r.dtstart, m.datum) / 7) % r.interval === 0;
  }
  if (!byday.some((b) => waarden.maand.includes(b))) return false;
  if (r.interval === 1) return true;
  if (!r.dtstart) return false;
  const [y1, m1] = delen(r.dtstart);
  const [y2, m2] = delen(m.datum);
  return ((y2 - y1) * 12 + (m2 - m1)) % r.interval === 0;
}

export function geslotenOp(r: RoosterRegel, datum: string): boolean {
  return r.gesloten && r.dtstart !== null && r.dtstart <= datum && datum <= (r.until ?? r.dtstart);
}

/** Open at the moment: a rule takes place then, within its hours, and no closed day says otherwise. */
export function isOpen(roosters: RoosterRegel[], m: Moment): boolean {
  if (roosters.some((r) => geslotenOp(r, m.datum))) return false;
  return roosters.some(
    (r) =>
      r.opensAt !== null &&
      r.closesAt !== null &&
      valtOpDatum(r, m) &&
      r.opensAt <= m.tijd &&
      m.tijd < r.closesAt,
  );
}
