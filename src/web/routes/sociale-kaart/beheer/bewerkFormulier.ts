/**
 * The edit form of an entry as plain strings and lists, and back to the API's content.
 * Schedules are rows of four kinds: every week (or every n weeks) on a day, every first …
 * last weekday of the month, one date, and closed days (a holiday, with a reason). A
 * schedule of another shape (several days in one rule, an interval of months …) is kept
 * exactly as it was, shown in words.
 * Pure functions: unit tested in bewerkFormulier.test.ts.
 */
import type { AanbodInhoud } from '../../../../server/modules/sociale-kaart/model.ts';
import { roosterInWoorden, type Taal } from '../../../../shared/rooster-woorden.ts';

export type Rooster = AanbodInhoud['roosters'][number];

export const ROOSTER_SOORTEN = ['wekelijks', 'maandelijks', 'eenmalig', 'gesloten'] as const;
export type RoosterSoort = (typeof ROOSTER_SOORTEN)[number];
/** Which week of the month: first to fourth, or the last ("-1" in RFC 5545). */
export const RANGORDES = ['1', '2', '3', '4', '-1'] as const;
export const INTERVALLEN = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/** One schedule row of the form. Fields that do not belong to the kind are ignored. */
export interface RoosterRij {
  /** A stable React key for the row (not sent). */
  sleutel: string;
  soort: RoosterSoort;
  /** MO … SU (every week, every month). */
  dag: string;
  /** 1 … 4 or -1 for the last (every month). */
  rangorde: string;
  /** Every n weeks (every week). */
  interval: string;
  /** The date (one date), the first day (closed) or the first time (every week/month). */
  datum: string;
  /** The last day (closed) or the last time (every week/month); may be empty. */
  totDatum: string;
  van: string;
  tot: string;
  /** The reason of a closed day, or a note ("in de grote zaal"). */
  toelichting: string;
  /** Kept as they were: the form does not edit these. */
  validFrom: string | null;
  validTo: string | null;
}

/** A schedule the form cannot edit: kept as it is, shown in words. */
export interface VastRooster {
  sleutel: string;
  soort: 'anders';
  rooster: Rooster;
}

export type FormulierRooster = RoosterRij | VastRooster;

export interface Formulier {
  naam: string;
  naamEn: string;
  soort: AanbodInhoud['soort'];
  beschrijving: string;
  beschrijvingEn: string;
  aanmelden: string;
  kostenSoort: AanbodInhoud['kosten']['soort'];
  kostenBedrag: string;
  kostenOmschrijving: string;
  toegankelijkheid: AanbodInhoud['toegankelijkheid'];
  talen: string[];
  levensdomeinen: string[];
  hulpvormen: string[];
  doelgroepen: string[];
  trefwoorden: string;
  minimumLeeftijd: string;
  maximumLeeftijd: string;
  verwijzingNodig: boolean;
  diagnoseNodig: boolean;
  telefoon: string;
  email: string;
  website: string;
  locatieId: string;
  roosters: FormulierRooster[];
}

const DAG = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const MAANDDAG = /^(1|2|3|4|-1)(MO|TU|WE|TH|FR|SA|SU)$/;
const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An empty row of a kind, e.g. for "Tijd toevoegen". */
export function nieuweRij(sleutel: string, soort: RoosterSoort = 'wekelijks'): RoosterRij {
  return {
    sleutel,
    soort,
    dag: 'MO',
    rangorde: '1',
    interval: '1',
    datum: '',
    totDatum: '',
    van: '',
    tot: '',
    toelichting: '',
    validFrom: null,
    validTo: null,
  };
}

/** The form row for a schedule, or a kept one when the form cannot edit its shape. */
export function naarRij(r: Rooster, sleutel: string): FormulierRooster {
  const basis = {
    ...nieuweRij(sleutel),
    datum: r.dtstart ?? '',
    totDatum: r.until ?? '',
    van: r.opensAt ?? '',
    tot: r.closesAt ?? '',
    toelichting: r.beschrijving,
    validFrom: r.validFrom,
    validTo: r.validTo,
  };
  if (r.gesloten) {
    if (r.freq === null && r.dtstart && !r.opensAt && !r.closesAt && r.byday === null) {
      if (r.interval === 1) return { ...basis, soort: 'gesloten' };
    }
  } else if (r.freq === 'WEEKLY' && r.byday && DAG.test(r.byday)) {
    return { ...basis, soort: 'wekelijks', dag: r.byday, interval: String(r.interval) };
  } else if (r.freq === 'MONTHLY' && r.interval === 1 && r.byday && MAANDDAG.test(r.byday)) {
    const m = MAANDDAG.exec(r.byday)!;
    return { ...basis, soort: 'maandelijks', rangorde: m[1]!, dag: m[2]! };
  } else if (r.freq === null && r.dtstart && r.until === null && r.byday === null) {
    if (r.interval === 1) return { ...basis, soort: 'eenmalig' };
  }
  return { sleutel, soort: 'anders', rooster: r };
}

const leeg = (waarde: string) => (waarde.trim() === '' ? null : waarde.trim());

/** The API's schedule for a form row. */
export function naarRooster(rij: FormulierRooster): Rooster {
  if (rij.soort === 'anders') return rij.rooster;
  const gemeen = {
    validFrom: rij.validFrom,
    validTo: rij.validTo,
    beschrijving: rij.toelichting.trim(),
  };
  switch (rij.soort) {
    case 'wekelijks':
    case 'maandelijks':
      return {
        freq: rij.soort === 'wekelijks' ? 'WEEKLY' : 'MONTHLY',
        interval: rij.soort === 'wekelijks' ? Number(rij.interval) || 1 : 1,
        byday: rij.soort === 'wekelijks' ? rij.dag : `${rij.rangorde}${rij.dag}`,
        dtstart: leeg(rij.datum),
        until: leeg(rij.totDatum),
        opensAt: leeg(rij.van),
        closesAt: leeg(rij.tot),
        gesloten: false,
        ...gemeen,
      };
    case 'eenmalig':
      return {
        freq: null,
        interval: 1,
        byday: null,
        dtstart: leeg(rij.datum),
        until: null,
        opensAt: leeg(rij.van),
        closesAt: leeg(rij.tot),
        gesloten: false,
        ...gemeen,
      };
    case 'gesloten':
      return {
        freq: null,
        interval: 1,
        byday: null,
        dtstart: leeg(rij.datum),
        until: leeg(rij.totDatum),
        opensAt: null,
        closesAt: null,
        gesloten: true,
        ...gemeen,
      };
  }
}

/** The schedule row as residents will read it, or null while the row is not complete. */
export function rijInWoorden(rij: FormulierRooster, taal: Taal): string | null {
  if (rij.soort !== 'anders' && roosterFouten(rij, 0).length > 0) return null;
  const tekst = roosterInWoorden(naarRooster(rij), taal);
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

export function naarFormulier(inhoud: AanbodInhoud): Formulier {
  return {
    naam: inhoud.naam,
    naamEn: inhoud.naamEn ?? '',
    soort: inhoud.soort,
    beschrijving: inhoud.beschrijving,
    beschrijvingEn: inhoud.beschrijvingEn ?? '',
    aanmelden: inhoud.aanmelden,
    kostenSoort: inhoud.kosten.soort,
    kostenBedrag: inhoud.kosten.bedrag === null ? '' : String(inhoud.kosten.bedrag),
    kostenOmschrijving: inhoud.kosten.omschrijving,
    toegankelijkheid: [...inhoud.toegankelijkheid],
    talen: [...inhoud.talen],
    levensdomeinen: [...inhoud.levensdomeinen],
    hulpvormen: [...inhoud.hulpvormen],
    doelgroepen: [...inhoud.doelgroepen],
    trefwoorden: inhoud.trefwoorden.join(', '),
    minimumLeeftijd: inhoud.minimumLeeftijd === null ? '' : String(inhoud.minimumLeeftijd),
    maximumLeeftijd: inhoud.maximumLeeftijd === null ? '' : String(inhoud.maximumLeeftijd),
    verwijzingNodig: inhoud.verwijzingNodig,
    diagnoseNodig: inhoud.diagnoseNodig,
    telefoon: inhoud.contact.telefoon ?? '',
    email: inhoud.contact.email ?? '',
    website: inhoud.contact.website ?? '',
    locatieId: inhoud.locatieId ?? '',
    roosters: inhoud.roosters.map((r, i) => naarRij(r, `rooster-${i}`)),
  };
}

const leegOfNull = leeg;
const getalOfNull = (waarde: string) =>
  waarde.trim() === '' ? null : Number(waarde.replace(',', '.'));

export function naarInhoud(f: Formulier): AanbodInhoud {
  return {
    naam: f.naam.trim(),
    naamEn: leegOfNull(f.naamEn),
    soort: f.soort,
    beschrijving: f.beschrijving.trim(),
    beschrijvingEn: leegOfNull(f.beschrijvingEn),
    aanmelden: f.aanmelden.trim(),
    kosten: {
      soort: f.kostenSoort,
      bedrag: f.kostenSoort === 'vast' ? getalOfNull(f.kostenBedrag) : null,
      omschrijving: f.kostenOmschrijving.trim(),
    },
    toegankelijkheid: f.toegankelijkheid,
    talen: f.talen,
    levensdomeinen: f.levensdomeinen,
    hulpvormen: f.hulpvormen,
    doelgroepen: f.doelgroepen,
    trefwoorden: f.trefwoorden
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
    minimumLeeftijd: getalOfNull(f.minimumLeeftijd),
    maximumLeeftijd: getalOfNull(f.maximumLeeftijd),
    verwijzingNodig: f.verwijzingNodig,
    diagnoseNodig: f.diagnoseNodig,
    contact: {
      telefoon: leegOfNull(f.telefoon),
      email: leegOfNull(f.email),
      website: leegOfNull(f.website),
    },
    locatieId: f.locatieId === '' ? null : f.locatieId,
    roosters: f.roosters.map(naarRooster),
  };
}

/** What is wrong, per field id, as message keys (the page translates them). */
export type Controle = { veld: string; fout: FoutCode }[];
export type FoutCode =
  | 'naam'
  | 'beschrijving'
  | 'bedrag'
  | 'leeftijd'
  | 'leeftijdVolgorde'
  | 'email'
  | 'website'
  | 'tijd'
  | 'tijdVolgorde'
  | 'vanNodig'
  | 'datum'
  | 'datumNodig'
  | 'datumVolgorde'
  | 'eersteKeer'
  | 'dag'
  | 'rangorde'
  | 'interval'
  | 'toelichting';

/** A real date as YYYY-MM-DD (what a date field gives). */
export function isDatum(waarde: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === waarde;
}

/** What is wrong in one schedule row (row number i gives the field ids). */
export function roosterFouten(rij: FormulierRooster, i: number): Controle {
  if (rij.soort === 'anders') return [];
  const fouten: Controle = [];
  const id = (veld: string) => `bw-rooster-${i}-${veld}`;
  const herhaalt = rij.soort === 'wekelijks' || rij.soort === 'maandelijks';
  if (herhaalt && !DAG.test(rij.dag)) fouten.push({ veld: id('dag'), fout: 'dag' });
  if (rij.soort === 'maandelijks' && !(RANGORDES as readonly string[]).includes(rij.rangorde)) {
    fouten.push({ veld: id('rangorde'), fout: 'rangorde' });
  }
  const interval = rij.soort === 'wekelijks' ? Number(rij.interval) : 1;
  const intervalGoed = Number.isInteger(interval) && interval >= 1 && interval <= 12;
  if (!intervalGoed) fouten.push({ veld: id('interval'), fout: 'interval' });

  const datum = rij.datum.trim();
  const totDatum = rij.totDatum.trim();
  const datumGoed = datum !== '' && isDatum(datum);
  if (datum === '') {
    if (rij.soort === 'eenmalig' || rij.soort === 'gesloten') {
      fouten.push({ veld: id('datum'), fout: 'datumNodig' });
    } else if (intervalGoed && interval > 1) {
      fouten.push({ veld: id('datum'), fout: 'eersteKeer' });
    }
  } else if (!datumGoed) fouten.push({ veld: id('datum'), fout: 'datum' });
  if (rij.soort !== 'eenmalig' && totDatum !== '') {
    if (!isDatum(totDatum)) fouten.push({ veld: id('totdatum'), fout: 'datum' });
    else if (datumGoed && totDatum < datum) {
      fouten.push({ veld: id('totdatum'), fout: 'datumVolgorde' });
    }
  }

  if (rij.soort !== 'gesloten') {
    const van = rij.van.trim();
    const tot = rij.tot.trim();
    const vanGoed = van === '' || TIJD.test(van);
    const totGoed = tot === '' || TIJD.test(tot);
    if (!vanGoed) fouten.push({ veld: id('van'), fout: 'tijd' });
    if (!totGoed) fouten.push({ veld: id('tot'), fout: 'tijd' });
    if (vanGoed && totGoed && van === '' && tot !== '') {
      fouten.push({ veld: id('van'), fout: 'vanNodig' });
    }
    if (vanGoed && totGoed && van !== '' && tot !== '' && van >= tot) {
      fouten.push({ veld: id('tot'), fout: 'tijdVolgorde' });
    }
  }
  if (rij.toelichting.trim().length > 300) {
    fouten.push({ veld: id('toelichting'), fout: 'toelichting' });
  }
  return fouten;
}

const isLeeftijd = (w: string) =>
  w.trim() === '' || (/^(\d{1,3})$/.test(w.trim()) && Number(w) <= 120);

export function controleer(f: Formulier): Controle {
  const fouten: Controle = [];
  if (f.naam.trim() === '') fouten.push({ veld: 'bw-naam', fout: 'naam' });
  if (f.beschrijving.trim() === '') fouten.push({ veld: 'bw-beschrijving', fout: 'beschrijving' });
  if (f.kostenSoort === 'vast') {
    const bedrag = Number(f.kostenBedrag.replace(',', '.'));
    if (f.kostenBedrag.trim() === '' || !Number.isFinite(bedrag) || bedrag < 0 || bedrag > 100000) {
      fouten.push({ veld: 'bw-kosten-bedrag', fout: 'bedrag' });
    }
  }
  if (!isLeeftijd(f.minimumLeeftijd)) fouten.push({ veld: 'bw-min', fout: 'leeftijd' });
  if (!isLeeftijd(f.maximumLeeftijd)) fouten.push({ veld: 'bw-max', fout: 'leeftijd' });
  else if (
    isLeeftijd(f.minimumLeeftijd) &&
    f.minimumLeeftijd.trim() !== '' &&
    f.maximumLeeftijd.trim() !== '' &&
    Number(f.minimumLeeftijd) > Number(f.maximumLeeftijd)
  ) {
    fouten.push({ veld: 'bw-max', fout: 'leeftijdVolgorde' });
  }
  if (f.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) {
    fouten.push({ veld: 'bw-email', fout: 'email' });
  }
  if (f.website.trim() !== '' && !/^https?:\/\/\S+\.\S+$/.test(f.website.trim())) {
    fouten.push({ veld: 'bw-website', fout: 'website' });
  }
  f.roosters.forEach((rij, i) => {
    fouten.push(...roosterFouten(rij, i));
  });
  return fouten;
}

/** The field id for a field the server refused (`body.contact.email` → `bw-email`). */
export function veldVanServer(naam: string): string {
  const pad = naam.replace(/^body\.(inhoud\.)?/, '');
  const rooster = /^roosters\.(\d+)(?:\.(\w+))?/.exec(pad);
  if (rooster) {
    const veld: Record<string, string> = {
      opensAt: 'van',
      closesAt: 'tot',
      dtstart: 'datum',
      until: 'totdatum',
      byday: 'dag',
      interval: 'interval',
      beschrijving: 'toelichting',
    };
    return `bw-rooster-${rooster[1]}-${veld[rooster[2] ?? ''] ?? 'soort'}`;
  }
  const velden: Record<string, string> = {
    naam: 'bw-naam',
    naamEn: 'bw-naamEn',
    beschrijving: 'bw-beschrijving',
    beschrijvingEn: 'bw-beschrijvingEn',
    aanmelden: 'bw-aanmelden',
    'kosten.bedrag': 'bw-kosten-bedrag',
    'kosten.omschrijving': 'bw-kosten-omschrijving',
    minimumLeeftijd: 'bw-min',
    maximumLeeftijd: 'bw-max',
    'contact.telefoon': 'bw-telefoon',
    'contact.email': 'bw-email',
    'contact.website': 'bw-website',
    locatieId: 'bw-locatie',
    trefwoorden: 'bw-trefwoorden',
  };
  const sleutel = Object.keys(velden).find((k) => pad === k || pad.startsWith(`${k}.`));
  return sleutel ? (velden[sleutel] ?? 'bw-naam') : 'bw-naam';
}
