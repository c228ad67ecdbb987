import { describe, expect, it } from 'vitest';
import {
  controleerBestand,
  formaatVan,
  kolomVoorVeld,
  MAX_BESTAND_BYTES,
} from './importBestand.ts';

describe('the file check before upload', () => {
  it('knows CSV and HSDS JSON by the name, in any case', () => {
    expect(formaatVan('aanbod.csv')).toBe('csv');
    expect(formaatVan('EXPORT.CSV')).toBe('csv');
    expect(formaatVan('hsds.json')).toBe('hsds');
    expect(formaatVan('aanbod.xlsx')).toBeNull();
    expect(formaatVan('csv')).toBeNull();
  });

  it('names one problem: no file, wrong type, empty, too large', () => {
    expect(controleerBestand(null)).toBe('geenBestand');
    expect(controleerBestand({ name: 'lijst.xlsx', size: 10 })).toBe('soort');
    expect(controleerBestand({ name: 'lijst.csv', size: 0 })).toBe('leeg');
    expect(controleerBestand({ name: 'lijst.json', size: MAX_BESTAND_BYTES + 1 })).toBe('groot');
    expect(controleerBestand({ name: 'lijst.csv', size: MAX_BESTAND_BYTES })).toBeNull();
  });

  it('never lets a file through that the server body limit could refuse', () => {
    // 12 MiB JSON body: escaping makes it larger than the file (a quote or line break takes
    // two characters); even with a third of the file made of those, the body must fit.
    expect(MAX_BESTAND_BYTES * 1.5).toBeLessThanOrEqual(12 * 1024 * 1024);
    expect(MAX_BESTAND_BYTES).toBeLessThanOrEqual(10_000_000);
  });
});

describe('the CSV column of a row error', () => {
  it.each([
    ['aanbod.inhoud.naam', 'naam'],
    ['aanbod.inhoud.naamEn', 'naam_en'],
    ['aanbod.inhoud.kosten.soort', 'kosten'],
    ['aanbod.inhoud.kosten.bedrag', 'kosten_bedrag'],
    ['aanbod.inhoud.roosters.0.byday', 'rooster'],
    ['aanbod.inhoud.roosters', 'rooster'],
    ['aanbod.inhoud.levensdomeinen.1', 'levensdomeinen'],
    ['aanbod.inhoud.contact.email', 'email'],
    ['aanbod.inhoud.minimumLeeftijd', 'minimum_leeftijd'],
    ['aanbod.externId', 'aanbod_id'],
    ['locatie.postcode', 'postcode'],
    ['locatie.naam', 'locatie_naam'],
    ['locatie.externId', 'locatie_id'],
    ['organisatie.naam', 'organisatie_naam'],
    ['organisatie.soort', 'organisatie_soort'],
    ['bestand', 'bestand'],
  ])('%s → %s', (veld, kolom) => {
    expect(kolomVoorVeld(veld, 'csv')).toBe(kolom);
  });

  it('keeps the field name for HSDS files', () => {
    expect(kolomVoorVeld('locatie.postcode', 'hsds')).toBe('locatie.postcode');
  });
});
