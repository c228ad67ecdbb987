import type { Aanbieder, Aanbod } from '../sociale-kaart/model.ts';
import type { ImportRij } from './import-rijen.ts';

/**
 * The CSV template of the sociale kaart (pure): one row per entry (aanbod) with its
 * organisation and location. Lists inside a cell are separated by `;`. Columns: see
 * docs/sociale-kaart.md. A confidential address is never exported: its row has the place
 * and the contact route only.
 */
export const CSV_KOLOMMEN = [
  'aanbod_id',
  'naam',
  'soort',
  'beschrijving',
  'naam_en',
  'beschrijving_en',
  'aanmelden',
  'kosten',
  'kosten_bedrag',
  'kosten_omschrijving',
  'toegankelijkheid',
  'talen',
  'levensdomeinen',
  'hulpvormen',
  'doelgroepen',
  'trefwoorden',
  'minimum_leeftijd',
  'maximum_leeftijd',
  'verwijzing_nodig',
  'diagnose_nodig',
  'telefoon',
  'email',
  'website',
  'rooster',
  'organisatie_id',
  'organisatie_naam',
  'organisatie_soort',
  'organisatie_beschrijving',
  'organisatie_website',
  'organisatie_email',
  'organisatie_telefoon',
  'locatie_id',
  'locatie_naam',
  'adres',
  'postcode',
  'plaats',
  'lat',
  'lon',
  'vertrouwelijk',
  'contactroute',
] as const;
export type CsvKolom = (typeof CSV_KOLOMMEN)[number];

/** RFC 4180: fields in double quotes may hold commas, quotes ("") and line breaks. */
export function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let tussenAanhalingstekens = false;
  const bron = tekst.replace(/^\uFEFF/, '');
  for (let i = 0; i < bron.length; i++) {
    const c = bron[i]!;
    if (tussenAanhalingstekens) {
      if (c === '"' && bron[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') tussenAanhalingstekens = false;
      else veld += c;
    } else if (c === '"') tussenAanhalingstekens = true;
    else if (c === ',') {
      rij.push(veld);
      veld = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && bron[i + 1] === '\n') i++;
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
    } else veld += c;
  }
  if (veld !== '' || rij.length) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen.filter((r) => r.some((v) => v.trim() !== ''));
}

const cel = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export function schrijfCsv(rijen: string[][]): string {
  return `${rijen.map((r) => r.map(cel).join(',')).join('\r\n')}\r\n`;
}

// ---- schedules in one cell: "WEEKLY TU 10:00-12:00; MONTHLY 1TH 19:00-21:00; 2025-06-01 10:00-12:00; gesloten 2025-12-24..2025-12-26"

interface RoosterCel {
  freq: 'WEEKLY' | 'MONTHLY' | null;
  interval: number;
  byday: string | null;
  dtstart: string | null;
  until: string | null;
  opensAt: string | null;
  closesAt: string | null;
  gesloten: boolean;
}

export function roosterNaarCel(r: RoosterCel): string {
  const tijd = r.opensAt && r.closesAt ? ` ${r.opensAt}-${r.closesAt}` : '';
  if (r.gesloten)
    return `gesloten ${r.dtstart}${r.until && r.until !== r.dtstart ? `..${r.until}` : ''}`;
  if (r.freq) {
    const elke = r.interval > 1 ? `/${r.interval}` : '';
    const vanaf = r.dtstart ? ` vanaf ${r.dtstart}` : '';
    return `${r.freq}${elke} ${r.byday}${tijd}${vanaf}`;
  }
  return `${r.dtstart}${tijd}`;
}

const DATUM = '(\\d{4}-\\d{2}-\\d{2})';
const TIJDEN = '(?:\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2}))?';
const HERHALING = new RegExp(
  `^(WEEKLY|MONTHLY)(?:/(\\d{1,2}))?\\s+([-0-9A-Z,]+)${TIJDEN}(?:\\s+vanaf\\s+${DATUM})?$`,
);
const EENMALIG = new RegExp(`^${DATUM}${TIJDEN}$`);
const GESLOTEN = new RegExp(`^gesloten\\s+${DATUM}(?:\\.\\.${DATUM})?$`);

/** Parses the cell; a part it cannot read gives its text back as an error. */
export function celNaarRoosters(tekst: string): { roosters: RoosterCel[]; fout: string | null } {
  const roosters: RoosterCel[] = [];
  for (const deel of tekst
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)) {
    let m = HERHALING.exec(deel);
    if (m) {
      roosters.push({
        freq: m[1] as 'WEEKLY' | 'MONTHLY',
        interval: m[2] ? Number(m[2]) : 1,
        byday: m[3]!,
        opensAt: m[4] ?? null,
        closesAt: m[5] ?? null,
        dtstart: m[6] ?? null,
        until: null,
        gesloten: false,
      });
      continue;
    }
    m = EENMALIG.exec(deel);
    if (m) {
      roosters.push({
        freq: null,
        interval: 1,
        byday: null,
        dtstart: m[1]!,
        until: null,
        opensAt: m[2] ?? null,
        closesAt: m[3] ?? null,
        gesloten: false,
      });
      continue;
    }
    m = GESLOTEN.exec(deel);
    if (m) {
      roosters.push({
        freq: null,
        interval: 1,
        byday: null,
        dtstart: m[1]!,
        until: m[2] ?? null,
        opensAt: null,
        closesAt: null,
        gesloten: true,
      });
      continue;
    }
    return { roosters, fout: 'Dit rooster kunnen we niet lezen. Voorbeeld: WEEKLY TU 10:00-12:00' };
  }
  return { roosters, fout: null };
}

// ---- rows

const ja = (v: string) => /^(ja|j|yes|true|1)$/i.test(v.trim());
const lijst = (v: string) =>
  v
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
const ofNull = (v: string) => (v.trim() === '' ? null : v.trim());
const getalOfNull = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));

/** CSV text → import rows; a header row with the template's column names is required. */
export function rijenUitCsv(tekst: string): { rijen: ImportRij[]; kopFout: string | null } {
  const [kop, ...regels] = leesCsv(tekst);
  if (!kop) return { rijen: [], kopFout: 'Het bestand is leeg.' };
  const index = new Map(kop.map((k, i) => [k.trim().toLowerCase(), i]));
  const ontbreekt = ['aanbod_id', 'naam', 'organisatie_id', 'organisatie_naam'].filter(
    (k) => !index.has(k),
  );
  if (ontbreekt.length)
    return { rijen: [], kopFout: `Deze kolommen ontbreken: ${ontbreekt.join(', ')}.` };
  const rijen = regels.map((r, i): ImportRij => {
    const v = (k: CsvKolom) => r[index.get(k) ?? -1] ?? '';
    const rooster = celNaarRoosters(v('rooster'));
    const waarschuwingen: string[] = [];
    const heeftLocatie = v('locatie_id').trim() !== '';
    return {
      rij: i + 2, // the header is row 1
      waarschuwingen,
      organisatie: {
        externId: v('organisatie_id').trim(),
        naam: v('organisatie_naam').trim(),
        soort: v('organisatie_soort').trim() || 'overig',
        beschrijving: ofNull(v('organisatie_beschrijving')),
        website: ofNull(v('organisatie_website')),
        email: ofNull(v('organisatie_email')),
        telefoon: ofNull(v('organisatie_telefoon')),
      },
      locatie: heeftLocatie
        ? {
            externId: v('locatie_id').trim(),
            organisatieExternId: v('organisatie_id').trim(),
            naam: v('locatie_naam').trim(),
            adres: v('adres').trim(),
            postcode: v('postcode').trim().toUpperCase(),
            plaats: v('plaats').trim(),
            lat: getalOfNull(v('lat')),
            lon: getalOfNull(v('lon')),
            vertrouwelijk: ja(v('vertrouwelijk')),
            contactroute: ofNull(v('contactroute')),
            routeOmschrijving: null,
          }
        : null,
      aanbod: {
        externId: v('aanbod_id').trim(),
        organisatieExternId: v('organisatie_id').trim(),
        locatieExternId: heeftLocatie ? v('locatie_id').trim() : null,
        inhoud: {
          naam: v('naam'),
          naamEn: ofNull(v('naam_en')),
          soort: v('soort').trim() || 'dienst',
          beschrijving: v('beschrijving'),
          beschrijvingEn: ofNull(v('beschrijving_en')),
          aanmelden: v('aanmelden'),
          kosten: {
            soort: v('kosten').trim() || 'gratis',
            bedrag: getalOfNull(v('kosten_bedrag')),
            omschrijving: v('kosten_omschrijving'),
          },
          toegankelijkheid: lijst(v('toegankelijkheid')),
          talen: lijst(v('talen')).length ? lijst(v('talen')) : ['nl'],
          levensdomeinen: lijst(v('levensdomeinen')),
          hulpvormen: lijst(v('hulpvormen')),
          doelgroepen: lijst(v('doelgroepen')),
          trefwoorden: lijst(v('trefwoorden')),
          minimumLeeftijd: getalOfNull(v('minimum_leeftijd')),
          maximumLeeftijd: getalOfNull(v('maximum_leeftijd')),
          verwijzingNodig: ja(v('verwijzing_nodig')),
          diagnoseNodig: ja(v('diagnose_nodig')),
          contact: {
            telefoon: ofNull(v('telefoon')),
            email: ofNull(v('email')),
            website: ofNull(v('website')),
          },
          // an unreadable schedule: an invalid value, so the row reports it under inhoud.roosters
          roosters: rooster.fout ? rooster.fout : rooster.roosters,
        },
      },
    };
  });
  return { rijen, kopFout: null };
}

/** Published entries → CSV text (the template). A confidential address stays out. */
export function csvVanAanbod(aanbod: Aanbod[], aanbieders: Map<string, Aanbieder>): string {
  const rijen = aanbod.map((a) => {
    const o = aanbieders.get(a.organisatie.id);
    const l = a.locatie;
    const waarden: Record<CsvKolom, string> = {
      aanbod_id: a.id,
      naam: a.naam,
      soort: a.soort,
      beschrijving: a.beschrijving,
      naam_en: a.naamEn ?? '',
      beschrijving_en: a.beschrijvingEn ?? '',
      aanmelden: a.aanmelden,
      kosten: a.kosten.soort,
      kosten_bedrag: a.kosten.bedrag === null ? '' : String(a.kosten.bedrag),
      kosten_omschrijving: a.kosten.omschrijving,
      toegankelijkheid: a.toegankelijkheid.join(';'),
      talen: a.talen.join(';'),
      levensdomeinen: a.levensdomeinen.map((t) => t.code).join(';'),
      hulpvormen: a.hulpvormen.map((t) => t.code).join(';'),
      doelgroepen: a.doelgroepen.map((t) => t.code).join(';'),
      trefwoorden: a.trefwoorden.join(';'),
      minimum_leeftijd: a.minimumLeeftijd === null ? '' : String(a.minimumLeeftijd),
      maximum_leeftijd: a.maximumLeeftijd === null ? '' : String(a.maximumLeeftijd),
      verwijzing_nodig: a.verwijzingNodig ? 'ja' : 'nee',
      diagnose_nodig: a.diagnoseNodig ? 'ja' : 'nee',
      telefoon: a.contact.telefoon ?? '',
      email: a.contact.email ?? '',
      website: a.contact.website ?? '',
      rooster: a.roosters.map(roosterNaarCel).join('; '),
      organisatie_id: a.organisatie.id,
      organisatie_naam: a.organisatie.naam,
      organisatie_soort: o?.soort ?? 'overig',
      organisatie_beschrijving: o?.beschrijving ?? '',
      organisatie_website: o?.website ?? '',
      organisatie_email: o?.email ?? '',
      organisatie_telefoon: o?.telefoon ?? '',
      locatie_id: l?.id ?? '',
      locatie_naam: l?.naam ?? '',
      adres: l?.adres ?? '',
      postcode: l?.postcode ?? '',
      plaats: l?.plaats ?? '',
      lat: l?.lat === null || l?.lat === undefined ? '' : String(l.lat),
      lon: l?.lon === null || l?.lon === undefined ? '' : String(l.lon),
      vertrouwelijk: l?.vertrouwelijk ? 'ja' : 'nee',
      contactroute: l?.contactroute ?? '',
    };
    return CSV_KOLOMMEN.map((k) => waarden[k]);
  });
  return schrijfCsv([[...CSV_KOLOMMEN], ...rijen]);
}
