import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamMoment,
  dagWaarden,
  isOpen,
  momentOpDatum,
  type RoosterRegel,
  roosterInWoorden,
} from './rooster.ts';

const regel = (r: Partial<RoosterRegel>): RoosterRegel => ({
  freq: null,
  interval: 1,
  byday: null,
  dtstart: null,
  until: null,
  opensAt: null,
  closesAt: null,
  validFrom: null,
  validTo: null,
  gesloten: false,
  beschrijving: '',
  ...r,
});

describe('schedule in words', () => {
  it('says it as people do', () => {
    expect(
      roosterInWoorden(
        regel({ freq: 'WEEKLY', byday: 'TU', opensAt: '10:00', closesAt: '12:00' }),
        'nl',
      ),
    ).toBe('elke dinsdag 10:00–12:00');
    expect(
      roosterInWoorden(
        regel({ freq: 'WEEKLY', byday: 'MO,WE,FR', opensAt: '09:30', closesAt: '12:00' }),
        'nl',
      ),
    ).toBe('elke maandag, woensdag en vrijdag 09:30–12:00');
    expect(roosterInWoorden(regel({ freq: 'WEEKLY', interval: 2, byday: 'WE' }), 'nl')).toBe(
      'om de week op woensdag',
    );
    expect(
      roosterInWoorden(
        regel({ freq: 'MONTHLY', byday: '1TH', opensAt: '19:30', closesAt: '21:30' }),
        'nl',
      ),
    ).toBe('elke eerste donderdag van de maand 19:30–21:30');
    expect(roosterInWoorden(regel({ freq: 'MONTHLY', byday: '-1SA' }), 'en')).toBe(
      'every last Saturday of the month',
    );
    expect(
      roosterInWoorden(regel({ dtstart: '2026-12-25', opensAt: '17:00', closesAt: '21:00' }), 'nl'),
    ).toBe('op vrijdag 25 december 2026 17:00–21:00');
    expect(roosterInWoorden(regel({ dtstart: '2026-12-25', gesloten: true }), 'nl')).toBe(
      'gesloten op 25 december 2026',
    );
    expect(
      roosterInWoorden(regel({ dtstart: '2026-12-25', until: '2026-12-26', gesloten: true }), 'en'),
    ).toBe('closed from 25 December 2026 to 26 December 2026');
    expect(
      roosterInWoorden(
        regel({
          freq: 'WEEKLY',
          byday: 'SA',
          opensAt: '09:30',
          closesAt: '12:00',
          validTo: '2026-10-31',
        }),
        'nl',
      ),
    ).toBe('elke zaterdag 09:30–12:00 (tot en met 31 oktober 2026)');
  });

  it('names the last date of a rule (the earlier of until and validTo) and why a day is closed', () => {
    expect(
      roosterInWoorden(regel({ freq: 'MONTHLY', byday: '1TU', until: '2026-12-31' }), 'nl'),
    ).toBe('elke eerste dinsdag van de maand (tot en met 31 december 2026)');
    expect(
      roosterInWoorden(
        regel({ freq: 'WEEKLY', byday: 'MO', until: '2026-11-30', validTo: '2026-10-31' }),
        'en',
      ),
    ).toBe('every Monday (until 31 October 2026)');
    expect(
      roosterInWoorden(
        regel({
          dtstart: '2026-12-24',
          until: '2027-01-01',
          gesloten: true,
          beschrijving: 'Kerst',
        }),
        'nl',
      ),
    ).toBe('gesloten van 24 december 2026 tot en met 1 januari 2027 – Kerst');
    expect(
      roosterInWoorden(
        regel({ dtstart: '2026-04-27', gesloten: true, beschrijving: 'Koningsdag' }),
        'en',
      ),
    ).toBe('closed on 27 April 2026 – Koningsdag');
  });
});

describe('open at a moment (Europe/Amsterdam)', () => {
  it('uses Dutch local time, also across daylight saving time', () => {
    // 2026-07-07 08:30 UTC is 10:30 in Amsterdam (summer time); 2026-01-06 09:30 UTC is 10:30 (winter).
    expect(amsterdamMoment(new Date('2026-07-07T08:30:00Z'))).toMatchObject({
      datum: '2026-07-07',
      tijd: '10:30',
      dag: 'TU',
    });
    expect(amsterdamMoment(new Date('2026-01-06T09:30:00Z'))).toMatchObject({
      datum: '2026-01-06',
      tijd: '10:30',
      dag: 'TU',
    });
    // Late in the evening UTC is already the next day in Amsterdam.
    expect(amsterdamMoment(new Date('2026-03-02T23:30:00Z'))).toMatchObject({
      datum: '2026-03-03',
      dag: 'TU',
    });
  });

  it('knows the nth and the last weekday of the month', () => {
    expect(dagWaarden(momentOpDatum('2026-11-03', '10:00'))).toEqual({
      week: ['TU'],
      maand: ['1TU'],
    });
    expect(dagWaarden(momentOpDatum('2026-11-24', '10:00'))).toEqual({
      week: ['TU'],
      maand: ['4TU', '-1TU'],
    });
  });

  const dinsdag = regel({ freq: 'WEEKLY', byday: 'TU', opensAt: '10:00', closesAt: '12:00' });
  it('is open within the hours on the day, closed outside and on a closed day', () => {
    expect(isOpen([dinsdag], momentOpDatum('2026-11-24', '10:00'))).toBe(true);
    expect(isOpen([dinsdag], momentOpDatum('2026-11-24', '12:00'))).toBe(false);
    expect(isOpen([dinsdag], momentOpDatum('2026-11-25', '11:00'))).toBe(false);
    const kerst = regel({ dtstart: '2026-12-22', gesloten: true });
    expect(isOpen([dinsdag, kerst], momentOpDatum('2026-12-22', '11:00'))).toBe(false);
    expect(isOpen([dinsdag, kerst], momentOpDatum('2026-12-29', '11:00'))).toBe(true);
  });

  it('every other week counts from the first date', () => {
    const omDeWeek = regel({
      freq: 'WEEKLY',
      interval: 2,
      byday: 'TU',
      dtstart: '2026-11-03',
      opensAt: '10:00',
      closesAt: '12:00',
    });
    expect(isOpen([omDeWeek], momentOpDatum('2026-11-17', '11:00'))).toBe(true);
    expect(isOpen([omDeWeek], momentOpDatum('2026-11-10', '11:00'))).toBe(false);
    expect(isOpen([omDeWeek], momentOpDatum('2026-10-27', '11:00'))).toBe(false);
  });

  it('property: a weekly rule is open on exactly its weekday, every week', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (d) => {
          const m = amsterdamMoment(d);
          const r = regel({ freq: 'WEEKLY', byday: m.dag, opensAt: '00:00', closesAt: '23:59' });
          const ander = regel({
            freq: 'WEEKLY',
            byday: m.dag === 'MO' ? 'TU' : 'MO',
            opensAt: '00:00',
            closesAt: '23:59',
          });
          expect(isOpen([r], { ...m, tijd: '12:00' })).toBe(true);
          expect(isOpen([ander], { ...m, tijd: '12:00' })).toBe(false);
        },
      ),
    );
  });
});
