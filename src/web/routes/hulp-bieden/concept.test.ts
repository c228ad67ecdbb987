import { describe, expect, it } from 'vitest';
import {
  type Concept,
  CONTROLEREN,
  controleerStap,
  eersteOnafgemaakteStap,
  foutenVanServer,
  LEEG_CONCEPT,
  leesConcept,
  naarNieuwAanbod,
  netjesPostcode,
  STAPPEN,
  stapVan,
  veldVanServer,
  vogDatum,
  volgende,
  vorige,
} from './concept.ts';

const VANDAAG = '2026-05-01';

/** A draft with every step answered. */
const compleet: Concept = {
  ...LEEG_CONCEPT,
  categorieen: ['boodschappen', 'gezelschap'],
  postcode: '6171ab',
  straalKm: 5,
  tijdvakken: ['MO-ochtend', 'WE-middag'],
  urenPerWeek: ' 3 ',
  maxKoppelingen: 2,
  talen: ['nl', 'li'],
  soort: 'regelmatig',
  vogStatus: 'ontvangen',
  vogDag: '15',
  vogMaand: '3',
  vogJaar: '2025',
  geslacht: 'vrouw',
  geboortejaar: '1970',
  toelichting: '  Ik wandel graag.  ',
  telefoonnummer: '06 12345678',
  toestemming: true,
};

describe('the volunteer sign-up draft', () => {
  it('goes step by step, then to the check page; back from the first is the start', () => {
    expect(volgende('wat')).toBe('waar');
    expect(volgende('contact')).toBe(CONTROLEREN);
    expect(vorige('wat')).toBeNull();
    expect(vorige(CONTROLEREN)).toBe('contact');
    expect(STAPPEN).toHaveLength(9);
  });

  it('names what is missing per step, and everything plus consent on the check page', () => {
    const leeg = { ...LEEG_CONCEPT, talen: [] };
    expect(controleerStap('wat', leeg, VANDAAG)).toEqual([
      { veld: 'categorieen', code: 'categorieen' },
    ]);
    expect(controleerStap('waar', leeg, VANDAAG).map((f) => f.code)).toEqual([
      'postcodeLeeg',
      'straal',
    ]);
    expect(controleerStap('over-u', leeg, VANDAAG)).toEqual([]);
    const alles = controleerStap(CONTROLEREN, leeg, VANDAAG).map((f) => f.veld);
    expect(alles).toContain('tijdvakken');
    expect(alles).toContain('telefoonnummer');
    expect(alles.at(-1)).toBe('toestemming');
    expect(controleerStap(CONTROLEREN, compleet, VANDAAG)).toEqual([]);
    expect(eersteOnafgemaakteStap(compleet, VANDAAG)).toBeNull();
    expect(eersteOnafgemaakteStap({ ...compleet, soort: null }, VANDAAG)).toBe('soort');
  });

  it('checks postcode, hours, year and phone number the way the server does', () => {
    const fout = (stap: Parameters<typeof controleerStap>[0], deel: Partial<Concept>) =>
      controleerStap(stap, { ...compleet, ...deel }, VANDAAG).map((f) => f.code);
    expect(fout('waar', { postcode: '0171 AB' })).toEqual(['postcodeOngeldig']);
    expect(fout('waar', { postcode: '6171AB' })).toEqual([]);
    expect(fout('hoe-vaak', { urenPerWeek: '0' })).toEqual(['urenOngeldig']);
    expect(fout('hoe-vaak', { urenPerWeek: '2,5' })).toEqual(['urenOngeldig']);
    expect(fout('hoe-vaak', { urenPerWeek: '41' })).toEqual(['urenOngeldig']);
    expect(fout('over-u', { geboortejaar: '75' })).toEqual(['geboortejaar']);
    expect(fout('over-u', { toelichting: 'x'.repeat(1001) })).toEqual(['toelichting']);
    expect(fout('contact', { telefoonnummer: 'bel me' })).toEqual(['telefoonOngeldig']);
  });

  it('asks the VOG date only when there is a VOG, as a real date not after today', () => {
    const vog = (deel: Partial<Concept>) =>
      controleerStap('vog', { ...compleet, ...deel }, VANDAAG).map((f) => f.code);
    expect(vog({ vogStatus: 'geen', vogDag: '' })).toEqual([]);
    expect(vog({ vogMaand: '' })).toEqual(['vogDatumLeeg']);
    expect(vog({ vogDag: '31', vogMaand: '2' })).toEqual(['vogDatumOngeldig']);
    expect(vog({ vogJaar: '2027' })).toEqual(['vogDatumToekomst']);
    expect(vogDatum(compleet)).toBe('2025-03-15');
  });

  it('builds the POST body: tidy postcode, numbers, optional fields only when given', () => {
    expect(naarNieuwAanbod(compleet)).toEqual({
      categorieen: ['boodschappen', 'gezelschap'],
      postcode: '6171 AB',
      straalKm: 5,
      tijdvakken: ['MO-ochtend', 'WE-middag'],
      urenPerWeek: 3,
      maxKoppelingen: 2,
      talen: ['nl', 'li'],
      soort: 'regelmatig',
      vogStatus: 'ontvangen',
      vogDatum: '2025-03-15',
      geslacht: 'vrouw',
      geboortejaar: 1970,
      toelichting: 'Ik wandel graag.',
      contact: { telefoonnummer: '06 12345678' },
      toestemming: true,
    });
    const kaal = naarNieuwAanbod({
      ...compleet,
      vogStatus: 'aangevraagd',
      geslacht: '',
      geboortejaar: '',
      toelichting: ' ',
    });
    expect(kaal).not.toHaveProperty('vogDatum');
    expect(kaal).not.toHaveProperty('geslacht');
    expect(kaal).not.toHaveProperty('geboortejaar');
    expect(kaal).not.toHaveProperty('toelichting');
    expect(netjesPostcode(' 6171ab ')).toBe('6171 AB');
  });

  it('maps the server’s field names back to a field and its step, in form order', () => {
    expect(veldVanServer('body.tijdvakken.3')).toEqual({ veld: 'tijdvakken', code: 'tijdvakken' });
    expect(veldVanServer('body.contact.telefoonnummer')?.veld).toBe('telefoonnummer');
    expect(veldVanServer('body.onbekend')).toBeNull();
    const fouten = foutenVanServer(['body.toestemming', 'body.postcode', 'body.categorieen.0']);
    expect(fouten.map((f) => f.veld)).toEqual(['categorieen', 'postcode', 'toestemming']);
    expect(fouten.map((f) => stapVan(f.veld))).toEqual(['wat', 'waar', CONTROLEREN]);
  });

  it('reads a stored draft, and starts empty when storage is odd or blocked', () => {
    const opslag = (waarde: string | null) => ({ getItem: () => waarde });
    expect(leesConcept(opslag(JSON.stringify({ postcode: '6171 AA' }))).postcode).toBe('6171 AA');
    expect(leesConcept(opslag('{kapot'))).toEqual(LEEG_CONCEPT);
    expect(leesConcept(undefined)).toEqual(LEEG_CONCEPT);
    expect(
      leesConcept({
        getItem: () => {
          throw new Error('blocked');
        },
      }),
    ).toEqual(LEEG_CONCEPT);
  });
});
