import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AanbodInhoud,
  aanbodInhoudSchema,
  roosterInvoerSchema,
} from '../../../../server/modules/sociale-kaart/model.ts';
import {
  controleer,
  type Formulier,
  isDatum,
  naarFormulier,
  naarInhoud,
  naarRij,
  naarRooster,
  nieuweRij,
  type RoosterRij,
  rijInWoorden,
  roosterFouten,
  veldVanServer,
} from './bewerkFormulier.ts';

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
    // Shapes the form cannot edit: kept as they are.
    { freq: 'WEEKLY', byday: 'MO,WE,FR', opensAt: '09:30', closesAt: '12:00' },
    { freq: 'MONTHLY', interval: 3, byday: '2WE', dtstart: '2026-01-14' },
    { freq: 'WEEKLY', interval: 2, byday: 'FR', dtstart: '2026-01-02', validTo: '2026-06-30' },
    { dtstart: '2026-05-05', opensAt: '14:00', closesAt: '16:00', beschrijving: 'Open dag' },
  ],
});

const rij = (deel: Partial<RoosterRij>): RoosterRij => ({ ...nieuweRij('x'), ...deel });
const fouten = (r: RoosterRij) => roosterFouten(r, 0).map((c) => `${c.veld}:${c.fout}`);

describe('edit form of an entry', () => {
  it('gives back the same content when nothing is changed', () => {
    expect(naarInhoud(naarFormulier(INHOUD))).toEqual(INHOUD);
  });

  it('gives every schedule the right kind of row, and keeps other shapes as they are', () => {
    const f = naarFormulier(INHOUD);
    expect(f.roosters.map((r) => r.soort)).toEqual([
      'wekelijks',
      'maandelijks',
      'gesloten',
      'anders',
      'anders',
      'wekelijks',
      'eenmalig',
    ]);
    expect(f.roosters[1]).toMatchObject({ dag: 'TH', rangorde: '1', van: '10:00' });
    expect(f.roosters[5]).toMatchObject({ interval: '2', datum: '2026-01-02' });
    const inhoud = naarInhoud({
      ...f,
      roosters: f.roosters.map((r, i) => (i === 0 ? { ...r, dag: 'WE', van: '17:30' } : r)),
    });
    expect(inhoud.roosters[0]).toMatchObject({ freq: 'WEEKLY', byday: 'WE', opensAt: '17:30' });
    expect(inhoud.roosters.slice(1)).toEqual(INHOUD.roosters.slice(1));
    expect(aanbodInhoudSchema.safeParse(inhoud).success).toBe(true);
  });

  it('makes the four kinds of schedule in the RFC 5545 shape', () => {
    expect(
      naarRooster(
        rij({ soort: 'maandelijks', rangorde: '-1', dag: 'FR', van: '19:00', tot: '21:00' }),
      ),
    ).toMatchObject({ freq: 'MONTHLY', interval: 1, byday: '-1FR', gesloten: false });
    expect(
      naarRooster(rij({ soort: 'wekelijks', dag: 'WE', interval: '3', datum: '2026-09-02' })),
    ).toMatchObject({ freq: 'WEEKLY', interval: 3, byday: 'WE', dtstart: '2026-09-02' });
    expect(
      naarRooster(rij({ soort: 'eenmalig', datum: '2026-10-03', van: '10:00', tot: '15:00' })),
    ).toMatchObject({ freq: null, byday: null, dtstart: '2026-10-03', until: null });
    expect(
      naarRooster(
        rij({
          soort: 'gesloten',
          datum: '2026-12-24',
          totDatum: '2027-01-01',
          van: '10:00',
          toelichting: ' Kerstvakantie ',
        }),
      ),
    ).toEqual({
      freq: null,
      interval: 1,
      byday: null,
      dtstart: '2026-12-24',
      until: '2027-01-01',
      opensAt: null,
      closesAt: null,
      validFrom: null,
      validTo: null,
      gesloten: true,
      beschrijving: 'Kerstvakantie',
    });
  });

  it('shows a complete row in the words residents read, and nothing for an unfinished row', () => {
    const maand = rij({
      soort: 'maandelijks',
      rangorde: '1',
      dag: 'TU',
      van: '10:00',
      tot: '12:00',
    });
    expect(rijInWoorden(maand, 'nl')).toBe('Elke eerste dinsdag van de maand 10:00–12:00');
    expect(rijInWoorden(maand, 'en')).toBe('Every first Tuesday of the month 10:00–12:00');
    expect(
      rijInWoorden(rij({ soort: 'gesloten', datum: '2026-12-25', toelichting: 'Kerst' }), 'nl'),
    ).toBe('Gesloten op 25 december 2026 – Kerst');
    expect(
      rijInWoorden(
        rij({ soort: 'wekelijks', dag: 'TH', interval: '2', datum: '2026-01-01' }),
        'nl',
      ),
    ).toBe('Om de week op donderdag');
    expect(rijInWoorden(rij({ soort: 'eenmalig', datum: '' }), 'nl')).toBeNull();
    expect(rijInWoorden(naarRij(INHOUD.roosters[3]!, 'a'), 'nl')).toBe(
      'Elke maandag, woensdag en vrijdag 09:30–12:00',
    );
  });

  it('checks each kind of schedule row', () => {
    expect(fouten(rij({ soort: 'wekelijks', van: '10:00', tot: '09:00' }))).toEqual([
      'bw-rooster-0-tot:tijdVolgorde',
    ]);
    expect(fouten(rij({ soort: 'wekelijks', tot: '12:00' }))).toEqual([
      'bw-rooster-0-van:vanNodig',
    ]);
    expect(fouten(rij({ soort: 'wekelijks', van: '9.30' }))).toEqual(['bw-rooster-0-van:tijd']);
    expect(fouten(rij({ soort: 'wekelijks', interval: '2' }))).toEqual([
      'bw-rooster-0-datum:eersteKeer',
    ]);
    expect(fouten(rij({ soort: 'wekelijks', interval: '13', datum: '2026-01-01' }))).toEqual([
      'bw-rooster-0-interval:interval',
    ]);
    expect(fouten(rij({ soort: 'maandelijks', rangorde: '5' }))).toEqual([
      'bw-rooster-0-rangorde:rangorde',
    ]);
    expect(fouten(rij({ soort: 'maandelijks', rangorde: '-1', dag: 'XX' }))).toEqual([
      'bw-rooster-0-dag:dag',
    ]);
    expect(
      fouten(rij({ soort: 'maandelijks', datum: '2026-05-01', totDatum: '2026-04-30' })),
    ).toEqual(['bw-rooster-0-totdatum:datumVolgorde']);
    expect(fouten(rij({ soort: 'eenmalig' }))).toEqual(['bw-rooster-0-datum:datumNodig']);
    expect(fouten(rij({ soort: 'eenmalig', datum: '2026-02-30' }))).toEqual([
      'bw-rooster-0-datum:datum',
    ]);
    expect(fouten(rij({ soort: 'gesloten' }))).toEqual(['bw-rooster-0-datum:datumNodig']);
    expect(fouten(rij({ soort: 'gesloten', datum: '2026-12-31', totDatum: '2026-12-24' }))).toEqual(
      ['bw-rooster-0-totdatum:datumVolgorde'],
    );
    // Times do not count for a closed day; the reason has a limit.
    expect(
      fouten(
        rij({ soort: 'gesloten', datum: '2026-12-31', van: 'x', toelichting: 'a'.repeat(301) }),
      ),
    ).toEqual(['bw-rooster-0-toelichting:toelichting']);
    expect(fouten(rij({ soort: 'gesloten', datum: '2026-12-31', totDatum: '2026-12-31' }))).toEqual(
      [],
    );
  });

  it('knows a real date', () => {
    expect(isDatum('2028-02-29')).toBe(true);
    expect(isDatum('2026-02-29')).toBe(false);
    expect(isDatum('25-12-2026')).toBe(false);
    expect(isDatum('')).toBe(false);
  });

  it('sends only schedules the server accepts when the form finds no error (property)', () => {
    const tijd = fc.oneof(
      fc.constant(''),
      fc.constant('10:00'),
      fc.constant('9:00'),
      fc.constant('12:30'),
      fc.constant('23:59'),
    );
    const datum = fc.oneof(
      fc.constant(''),
      fc.constant('2026-01-05'),
      fc.constant('2026-06-30'),
      fc.constant('2026-13-01'),
    );
    const rijArb = fc.record({
      sleutel: fc.constant('p'),
      soort: fc.constantFrom('wekelijks', 'maandelijks', 'eenmalig', 'gesloten' as const),
      dag: fc.constantFrom('MO', 'SU', 'XX'),
      rangorde: fc.constantFrom('1', '4', '-1', '5', '0'),
      interval: fc.constantFrom('1', '2', '12', '13', 'x'),
      datum,
      totDatum: datum,
      van: tijd,
      tot: tijd,
      toelichting: fc.string({ maxLength: 5 }),
      validFrom: fc.constant(null),
      validTo: fc.constant(null),
    }) as fc.Arbitrary<RoosterRij>;
    fc.assert(
      fc.property(rijArb, (r) => {
        if (roosterFouten(r, 0).length > 0) return;
        const rooster = naarRooster(r);
        expect(roosterInvoerSchema.safeParse(rooster).success).toBe(true);
        // And back: the same row.
        expect(naarRooster(naarRij(rooster, 'p'))).toEqual(rooster);
      }),
    );
  });

  it('clears the amount when the costs are not fixed, and reads a Dutch decimal comma', () => {
    const f = naarFormulier(INHOUD);
    expect(naarInhoud({ ...f, kostenSoort: 'gratis' }).kosten.bedrag).toBeNull();
    expect(naarInhoud({ ...f, kostenBedrag: '3,75' }).kosten.bedrag).toBe(3.75);
  });

  it('names every wrong field before sending', () => {
    const f = naarFormulier(INHOUD);
    expect(controleer(f)).toEqual([]);
    const fout: Formulier = {
      ...f,
      naam: ' ',
      beschrijving: '',
      kostenBedrag: 'veel',
      minimumLeeftijd: '70',
      maximumLeeftijd: '12',
      email: 'geen-adres',
      website: 'www',
      roosters: [
        rij({ sleutel: 'a', dag: 'MO', van: '19:00', tot: '18:00' }),
        rij({ sleutel: 'b', dag: 'TU', van: '25:00', tot: '' }),
        rij({ sleutel: 'c', soort: 'gesloten' }),
      ],
    };
    expect(controleer(fout).map((c) => `${c.veld}:${c.fout}`)).toEqual([
      'bw-naam:naam',
      'bw-beschrijving:beschrijving',
      'bw-kosten-bedrag:bedrag',
      'bw-max:leeftijdVolgorde',
      'bw-email:email',
      'bw-website:website',
      'bw-rooster-0-tot:tijdVolgorde',
      'bw-rooster-1-van:tijd',
      'bw-rooster-2-datum:datumNodig',
    ]);
  });

  it('points a server error at its field', () => {
    expect(veldVanServer('body.contact.email')).toBe('bw-email');
    expect(veldVanServer('body.roosters.2.closesAt')).toBe('bw-rooster-2-tot');
    expect(veldVanServer('body.roosters.0.dtstart')).toBe('bw-rooster-0-datum');
    expect(veldVanServer('body.roosters.1.until')).toBe('bw-rooster-1-totdatum');
    expect(veldVanServer('body.inhoud.roosters.1.byday')).toBe('bw-rooster-1-dag');
    expect(veldVanServer('body.roosters.3')).toBe('bw-rooster-3-soort');
    expect(veldVanServer('body.naam')).toBe('bw-naam');
    expect(veldVanServer('body.kosten.bedrag')).toBe('bw-kosten-bedrag');
  });
});
