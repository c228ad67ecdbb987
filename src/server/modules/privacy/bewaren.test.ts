import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagJobSleutel, volgendeDagelijkseRun } from '../../platform/jobs/dagelijks.ts';
import {
  BEWAAR_JOB,
  BEWAAR_UUR_UTC,
  bewaarBesluit,
  leeftijdsgroep,
  plusJaren,
  termijnVerstreken,
} from './bewaren.ts';

const NU = new Date('2026-11-23T12:00:00Z');
const datumArb = fc.date({
  min: new Date('1990-01-01Z'),
  max: new Date('2040-01-01Z'),
  noInvalidDate: true,
});

describe('bewaren', () => {
  it('never erases while a case runs (unless the class keeps nothing)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.option(datumArb, { nil: null }),
        (jaren, eindeOp) => {
          expect(bewaarBesluit(jaren, { loopt: true, eindeOp }, NU)).toEqual({
            besluit: 'bewaren',
            tot: null,
            reden: 'dossier-loopt',
          });
          expect(termijnVerstreken(jaren, { loopt: true, eindeOp }, NU)).toBe(false);
        },
      ),
    );
  });

  it('keeps a closed case exactly until its retention period ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), datumArb, (jaren, eindeOp) => {
        const b = bewaarBesluit(jaren, { loopt: false, eindeOp }, NU);
        const tot = plusJaren(eindeOp, jaren);
        if (tot > NU) expect(b).toEqual({ besluit: 'bewaren', tot, reden: 'bewaartermijn' });
        else expect(b).toEqual({ besluit: 'wissen' });
        expect(termijnVerstreken(jaren, { loopt: false, eindeOp }, NU)).toBe(
          b.besluit === 'wissen',
        );
      }),
    );
  });

  it('erases at once what no case needs: informal data and class 0', () => {
    expect(bewaarBesluit(15, { loopt: false, eindeOp: null }, NU)).toEqual({ besluit: 'wissen' });
    expect(bewaarBesluit(0, { loopt: true, eindeOp: null }, NU)).toEqual({ besluit: 'wissen' });
    expect(termijnVerstreken(15, { loopt: false, eindeOp: null }, NU)).toBe(false);
  });

  it('keeps only a coarse age band', () => {
    expect(leeftijdsgroep('1950-06-01', NU)).toBe('75+');
    expect(leeftijdsgroep('1958-11-24', NU)).toBe('65-74');
    expect(leeftijdsgroep('1958-11-23', NU)).toBe('65-74');
    expect(leeftijdsgroep('2008-11-24', NU)).toBe('0-17');
    expect(leeftijdsgroep('2008-11-23', NU)).toBe('18-26');
    expect(leeftijdsgroep(null, NU)).toBeNull();
  });

  it('plans one retention run per day', () => {
    expect(dagJobSleutel(BEWAAR_JOB, NU)).toBe('privacy.bewaartermijnen:2026-11-23');
    expect(volgendeDagelijkseRun(NU, BEWAAR_UUR_UTC).toISOString()).toBe(
      '2026-11-24T03:00:00.000Z',
    );
  });
});
