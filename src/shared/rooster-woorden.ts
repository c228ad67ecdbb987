/**
 * A schedule in words, in the RFC 5545 shape HSDS uses ("elke eerste dinsdag van de maand
 * 10:00–12:00"). Shared by the server (API answers, differences for the editor) and the web
 * app (the edit form shows each schedule as residents will read it), so both say the same.
 * Pure: no imports, no I/O. Unit tested in src/server/modules/sociale-kaart/rooster.test.ts.
 */

export type Weekdag = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

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

const DAGNAMEN: Record<Taal, Record<Weekdag, string>> = {
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
const DAG_VAN_JS: Weekdag[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function en(items: string[], taal: Taal): string {
  if (items.length <= 1) return items.join('');
  const woord = taal === 'nl' ? 'en' : 'and';
  return `${items.slice(0, -1).join(', ')} ${woord} ${items.at(-1)}`;
}

export function datumDelen(datum: string): [number, number, number] {
  const [y, m, d] = datum.split('-').map(Number);
  return [y!, m!, d!];
}

export function dagVan(datum: string): Weekdag {
  const [y, m, d] = datumDelen(datum);
  return DAG_VAN_JS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

export function datumInWoorden(datum: string, taal: Taal, metDag = false): string {
  const [y, m, d] = datumDelen(datum);
  const tekst = `${d} ${MAANDEN[taal][m - 1]} ${y}`;
  return metDag ? `${DAGNAMEN[taal][dagVan(datum)]} ${tekst}` : tekst;
}

interface Token {
  ordinaal: string | null;
  dag: Weekdag;
}

export function bydayTokens(byday: string | null): Token[] {
  if (!byday) return [];
  return byday.split(',').map((t) => {
    const m = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(t.trim());
    if (!m) throw new RangeError(`Not an RFC 5545 BYDAY value: ${t}`);
    return { ordinaal: m[1] ?? null, dag: m[2] as Weekdag };
  });
}

function tijden(r: RoosterRegel): string {
  if (r.opensAt && r.closesAt) return ` ${r.opensAt}–${r.closesAt}`;
  if (r.opensAt) return ` ${r.opensAt}`;
  return '';
}

/** The last date a repeating rule takes place: the earlier of until and validTo. */
function laatsteDatum(r: RoosterRegel): string | null {
  if (r.until && r.validTo) return r.until < r.validTo ? r.until : r.validTo;
  return r.until ?? r.validTo;
}

/** "elke dinsdag 10:00–12:00", "elke eerste vrijdag van de maand 19:00–21:00", … */
export function roosterInWoorden(r: RoosterRegel, taal: Taal): string {
  const nl = taal === 'nl';
  if (r.gesloten) {
    const van = r.dtstart ? datumInWoorden(r.dtstart, taal) : '';
    const tot = r.until && r.until !== r.dtstart ? datumInWoorden(r.until, taal) : null;
    const tekst = tot
      ? nl
        ? `gesloten van ${van} tot en met ${tot}`
        : `closed from ${van} to ${tot}`
      : nl
        ? `gesloten op ${van}`
        : `closed on ${van}`;
    return r.beschrijving ? `${tekst} – ${r.beschrijving}` : tekst;
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
  const laatste = r.freq !== null ? laatsteDatum(r) : null;
  if (laatste) {
    tekst += nl
      ? ` (tot en met ${datumInWoorden(laatste, taal)})`
      : ` (until ${datumInWoorden(laatste, taal)})`;
  }
  if (r.beschrijving) tekst += ` – ${r.beschrijving}`;
  return tekst;
}
