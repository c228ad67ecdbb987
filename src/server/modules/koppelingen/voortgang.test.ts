import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KOPPELING_STATUSSEN } from '../../../shared/loket.ts';
import {
  EVALUATIE_HERINNER_DAGEN,
  evaluatieOpen,
  KENNIS_DAGEN,
  loopVast,
  maandNa,
  type VoortgangRij,
  volgendeActie,
  WACHT_DAGEN,
  wachtDagen,
} from './voortgang.ts';

const DAG = 86_400_000;
const t0 = new Date('2026-11-02T09:00:00Z');
const na = (dagen: number, van = t0) => new Date(van.getTime() + dagen * DAG);
const rij = (r: Partial<VoortgangRij>): VoortgangRij => ({
  status: 'goedgekeurd',
  sinds: t0,
  herinnerdOp: null,
  actiefSinds: null,
  evaluatieGevraagdOp: null,
  geevalueerd: [],
  ...r,
});

describe('reminders when a step stalls', () => {
  it('reminds the volunteer after three days, not before, and again three days later', () => {
    expect(volgendeActie(rij({}), na(WACHT_DAGEN - 0.1))).toEqual({ soort: 'geen' });
    expect(volgendeActie(rij({}), na(WACHT_DAGEN))).toEqual({
      soort: 'herinner',
      aan: ['vrijwilliger'],
    });
    const herinnerd = rij({ herinnerdOp: na(WACHT_DAGEN) });
    expect(volgendeActie(herinnerd, na(WACHT_DAGEN + 1))).toEqual({ soort: 'geen' });
    expect(volgendeActie(herinnerd, na(2 * WACHT_DAGEN))).toEqual({
      soort: 'herinner',
      aan: ['vrijwilliger'],
    });
  });

  it('reminds the resident once the volunteer said yes; a reminder of an earlier step does not count', () => {
    const r = rij({ status: 'vrijwilliger-akkoord', sinds: na(4), herinnerdOp: na(3) });
    expect(volgendeActie(r, na(4 + WACHT_DAGEN))).toEqual({ soort: 'herinner', aan: ['inwoner'] });
  });

  it('asks both sides after the introduction whether they go on', () => {
    const r = rij({ status: 'kennismaking' });
    expect(volgendeActie(r, na(KENNIS_DAGEN - 1)).soort).toBe('geen');
    expect(volgendeActie(r, na(KENNIS_DAGEN))).toEqual({
      soort: 'herinner',
      aan: ['inwoner', 'vrijwilliger'],
    });
  });

  it('marks a match as stuck after a week on one answer, never an ended one', () => {
    expect(loopVast('goedgekeurd', t0, na(6.9))).toBe(false);
    expect(loopVast('goedgekeurd', t0, na(7))).toBe(true);
    expect(loopVast('beeindigd', t0, na(100))).toBe(false);
    expect(wachtDagen('actief', t0, na(40))).toBe(0);
  });
});

describe('the evaluation after the first month', () => {
  it('is asked one calendar month after the start', () => {
    const r = rij({ status: 'actief', actiefSinds: t0 });
    expect(volgendeActie(r, new Date('2026-12-02T08:59:59Z')).soort).toBe('geen');
    expect(volgendeActie(r, new Date('2026-12-02T09:00:00Z'))).toEqual({
      soort: 'vraag-evaluatie',
    });
  });

  it('reminds only the side that has not answered, once', () => {
    const gevraagd = na(30);
    const r = rij({
      status: 'actief',
      actiefSinds: t0,
      evaluatieGevraagdOp: gevraagd,
      geevalueerd: ['inwoner'],
    });
    expect(evaluatieOpen(r, 'vrijwilliger')).toBe(true);
    expect(evaluatieOpen(r, 'inwoner')).toBe(false);
    expect(volgendeActie(r, na(EVALUATIE_HERINNER_DAGEN - 1, gevraagd)).soort).toBe('geen');
    expect(volgendeActie(r, na(EVALUATIE_HERINNER_DAGEN, gevraagd))).toEqual({
      soort: 'herinner',
      aan: ['vrijwilliger'],
    });
    const herinnerd = { ...r, herinnerdOp: na(EVALUATIE_HERINNER_DAGEN, gevraagd) };
    expect(volgendeActie(herinnerd, na(60, gevraagd)).soort).toBe('geen');
    expect(volgendeActie({ ...r, geevalueerd: ['inwoner', 'vrijwilliger'] }, na(60)).soort).toBe(
      'geen',
    );
  });

  it('counts months like a person: 31 January + 1 month is the last day of February', () => {
    expect(maandNa(new Date('2026-01-31T10:00:00Z')).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
    expect(maandNa(new Date('2028-01-31T10:00:00Z')).toISOString()).toBe(
      '2028-02-29T10:00:00.000Z',
    );
    expect(maandNa(new Date('2026-12-15T10:00:00Z')).toISOString()).toBe(
      '2027-01-15T10:00:00.000Z',
    );
  });
});

describe('invariants', () => {
  it('never reminds on an ended or refused match, and a reminder just sent is not repeated at once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KOPPELING_STATUSSEN),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.boolean(),
        (status, sindsDagen, nuDagen, metActief) => {
          const r = rij({
            status,
            sinds: na(sindsDagen),
            actiefSinds: metActief ? na(sindsDagen) : null,
          });
          const nu = na(sindsDagen + nuDagen);
          const actie = volgendeActie(r, nu);
          if (status === 'beeindigd' || status === 'afgewezen' || status === 'voorstel') {
            expect(actie.soort).toBe('geen');
          }
          if (actie.soort === 'herinner') {
            expect(volgendeActie({ ...r, herinnerdOp: nu }, nu).soort).toBe('geen');
          }
          if (actie.soort === 'vraag-evaluatie') {
            expect(volgendeActie({ ...r, evaluatieGevraagdOp: nu }, nu).soort).toBe('geen');
          }
        },
      ),
    );
  });
});
