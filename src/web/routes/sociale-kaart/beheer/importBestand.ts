/**
 * The upload page's checks before anything goes to the server (pure): which format a file
 * is, whether it may be sent, and which CSV column a row error is about.
 */

export type ImportFormaat = 'hsds' | 'csv';

/**
 * The largest file the page sends. `POST /kaart-imports` accepts a JSON body of 12 MiB with
 * the file as a string of at most 10,000,000 characters; JSON escaping (quotes, line breaks)
 * makes the body larger than the file, so 8 MB leaves room for that.
 */
export const MAX_BESTAND_BYTES = 8_000_000;

/** `.csv` is the CSV template, `.json` HSDS 3.0; anything else is not accepted. */
export function formaatVan(naam: string): ImportFormaat | null {
  const klein = naam.toLowerCase();
  if (klein.endsWith('.csv')) return 'csv';
  if (klein.endsWith('.json')) return 'hsds';
  return null;
}

export type BestandFout = 'geenBestand' | 'soort' | 'leeg' | 'groot';

/** What is wrong with the chosen file before reading it, or null when it may be sent. */
export function controleerBestand(
  bestand: { name: string; size: number } | null,
): BestandFout | null {
  if (!bestand) return 'geenBestand';
  if (!formaatVan(bestand.name)) return 'soort';
  if (bestand.size === 0) return 'leeg';
  if (bestand.size > MAX_BESTAND_BYTES) return 'groot';
  return null;
}

/** Row fields whose CSV column is not the plain snake_case of the last part. */
const CSV_KOLOM: Record<string, string> = {
  'aanbod.externId': 'aanbod_id',
  'aanbod.organisatieExternId': 'organisatie_id',
  'aanbod.locatieExternId': 'locatie_id',
  'aanbod.inhoud.roosters': 'rooster',
  'aanbod.inhoud.kosten.soort': 'kosten',
  'aanbod.inhoud.kosten.bedrag': 'kosten_bedrag',
  'aanbod.inhoud.kosten.omschrijving': 'kosten_omschrijving',
  'locatie.externId': 'locatie_id',
  'locatie.organisatieExternId': 'organisatie_id',
  'locatie.naam': 'locatie_naam',
  'organisatie.externId': 'organisatie_id',
};

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The CSV column a row error is about (`locatie.postcode` → `postcode`,
 * `aanbod.inhoud.naam` → `naam`), so the editor finds it in the spreadsheet. For HSDS files
 * and for errors about the whole file the server's field name stays as it is.
 */
export function kolomVoorVeld(veld: string, formaat: ImportFormaat): string {
  if (formaat !== 'csv') return veld;
  const delen = veld.split('.').filter((d) => !/^\d+$/.test(d));
  for (let n = delen.length; n > 0; n--) {
    const kolom = CSV_KOLOM[delen.slice(0, n).join('.')];
    if (kolom) return kolom;
  }
  const [eerste, ...rest] = delen;
  if (eerste === 'organisatie' && rest.length > 0) return `organisatie_${snake(rest[0]!)}`;
  if (eerste === 'locatie' && rest.length > 0) return snake(rest[0]!);
  if (eerste === 'aanbod' && rest[0] === 'inhoud' && rest.length > 1) {
    // contact.email → email; otherwise the first part (levensdomeinen.0 → levensdomeinen)
    return snake(rest[1] === 'contact' && rest[2] ? rest[2] : rest[1]!);
  }
  return veld;
}
