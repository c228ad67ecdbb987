import { describe, expect, it } from 'vitest';
import {
  type AanbodInhoud,
  aanbodInhoudSchema,
} from '../../../../server/modules/sociale-kaart/model.ts';
import { controleer, naarFormulier, naarInhoud, veldVanServer } from './bewerkFormulier.ts';

const INHOUD: AanbodInhoud = aanbodInhoudSchema.parse({
  naam: 'Kookclub Stein',
  soort: 'groep',
  beschrijving: 'Samen koken en samen eten.',
  aanmelden: 'Bel ons.',
  kosten: { soort: 'vast', bedrag: 2.5, omschrijving: 'Per keer' },
  toegankelijkheid: ['rolstoel'],
  talen: ['nl', 'en'],
  levensdomeinen: ['sociaal-netwerk'],
  trefwoorden: ['koken', 'eten'],
  minimumLeeftijd: 18,
  contact: { telefoon: '06 1000 2000', email: null, website: null },
  roosters: [
    { freq: 'WEEKLY', byday: 'TU', opensAt: '17:00', closesAt: '19:30' },
    { freq: 'MONTHLY', byday: '1TH', opensAt: '10:00', closesAt: '12:00' },
    { dtstart: '2026-12-25', gesloten: true },
  ],
});

describe('edit form of an entry', () => {
  it('gives back the same content when nothing is changed', () => {
    expect(naarInhoud(naarFormulier(INHOUD))).toEqual(INHOUD);
  });

  it('edits weekly schedules and keeps the other schedules as they were', () => {
    const f = naarFormulier(INHOUD);
    expect(f.wekelijks).toEqual([{ sleutel: 'rooster-0', dag: 'TU', van: '17:00', tot: '19:30' }]);
    expect(f.overigeRoosters).toHaveLength(2);
    const inhoud = naarInhoud({
      ...f,
      wekelijks: [{ sleutel: 'a', dag: 'WE', van: '17:30', tot: '20:00' }],
    });
    expect(inhoud.roosters[0]).toMatchObject({ freq: 'WEEKLY', byday: 'WE', opensAt: '17:30' });
    expect(inhoud.roosters.slice(1)).toEqual(INHOUD.roosters.slice(1));
    expect(aanbodInhoudSchema.safeParse(inhoud).success).toBe(true);
  });

  it('clears the amount when the costs are not fixed, and reads a Dutch decimal comma', () => {
    const f = naarFormulier(INHOUD);
    expect(naarInhoud({ ...f, kostenSoort: 'gratis' }).kosten.bedrag).toBeNull();
    expect(naarInhoud({ ...f, kostenBedrag: '3,75' }).kosten.bedrag).toBe(3.75);
  });

  it('names every wrong field before sending', () => {
    const f = naarFormulier(INHOUD);
    expect(controleer(f)).toEqual([]);
    expect(
      controleer({
        ...f,
        naam: ' ',
        beschrijving: '',
        kostenBedrag: 'veel',
        minimumLeeftijd: '70',
        maximumLeeftijd: '12',
        email: 'geen-adres',
        website: 'www',
        wekelijks: [
          { sleutel: 'a', dag: 'MO', van: '19:00', tot: '18:00' },
          { sleutel: 'b', dag: 'TU', van: '25:00', tot: '' },
        ],
      }).map((c) => `${c.veld}:${c.fout}`),
    ).toEqual([
      'bw-naam:naam',
      'bw-beschrijving:beschrijving',
      'bw-kosten-bedrag:bedrag',
      'bw-max:leeftijdVolgorde',
      'bw-email:email',
      'bw-website:website',
      'bw-rooster-0-tot:tijdVolgorde',
      'bw-rooster-1-van:tijd',
    ]);
  });

  it('points a server error at its field', () => {
    expect(veldVanServer('body.contact.email')).toBe('bw-email');
    expect(veldVanServer('body.roosters.2.closesAt')).toBe('bw-rooster-2-tot');
    expect(veldVanServer('body.naam')).toBe('bw-naam');
    expect(veldVanServer('body.kosten.bedrag')).toBe('bw-kosten-bedrag');
  });
});
