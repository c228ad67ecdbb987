import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EvaluatieFeit, evaluatieCsv, evalueer, maanden, onderdruk } from './evaluatie.ts';

const feit = (over: Partial<EvaluatieFeit> = {}): EvaluatieFeit => ({
  status: 'in-progress',
  verstuurdOp: '2026-10-05',
  eersteContactOp: '2026-10-07',
  activiteitSoort: 'Ontmoeting',
  start: null,
  vervolg: null,
  ...over,
});
const OPTIES = {
  van: '2026-09-01',
  tot: '2026-11-30',
  vandaag: '2026-12-03',
  dimensies: ['lichaam', 'gevoel'],
};

describe('evaluation of Welzijn op Recept', () => {
  it('suppresses 1 to 4, shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map(onderdruk)).toEqual([0, null, null, 5, 12]);
  });

  it('lists every month of the period, also across a year', () => {
    expect(maanden('2026-11-15', '2027-02-01')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('counts per month, time to first contact, activities, drop-out and wellbeing change', () => {
    const feiten = [
      ...Array.from({ length: 6 }, (_, i) =>
        feit({ start: { lichaam: 4, gevoel: 5 }, vervolg: { lichaam: 6 + (i % 2), gevoel: 5 } }),
      ),
      feit({ verstuurdOp: '2026-11-02', eersteContactOp: '2026-11-13', activiteitSoort: null }),
      feit({
        verstuurdOp: '2026-11-03',
        eersteContactOp: null,
        status: 'failed',
        activiteitSoort: null,
      }),
    ];
    const e = evalueer(feiten, OPTIES);
    expect(e.perMaand).toEqual([
      { maand: '2026-09', verwijzingen: 0 },
      { maand: '2026-10', verwijzingen: 6 },
      { maand: '2026-11', verwijzingen: null },
    ]);
    expect(e.totaal).toBe(8);
    expect(e.dagenTotEersteContact).toEqual({ mediaan: 2, binnenTermijn: 6, teLaat: null });
    expect(e.activiteitGevonden).toEqual({ aantal: 6, aandeel: 0.75 });
    expect(e.uitval).toEqual({ aantal: null, aandeel: null });
    expect(e.soortenActiviteiten).toEqual([{ soort: 'Ontmoeting', aantal: 6 }]);
    expect(e.welbevinden).toEqual([
      { dimensie: 'lichaam', metingen: 6, gemiddeldeVerandering: 2.5 },
      { dimensie: 'gevoel', metingen: 6, gemiddeldeVerandering: 0 },
    ]);
  });

  it('property: no count from 1 to 4 and no share or mean over fewer than 5 ever comes out', () => {
    const feitArb = fc.record({
      status: fc.constantFrom(
        'requested',
        'accepted',
        'in-progress',
        'completed',
        'failed',
        'cancelled',
      ),
      verstuurdOp: fc.constantFrom('2026-09-10', '2026-10-05', '2026-11-20'),
      eersteContactOp: fc.option(fc.constantFrom('2026-11-25', '2026-11-30'), { nil: null }),
      activiteitSoort: fc.option(fc.constantFrom('Sport', 'Cultuur', 'Ontmoeting'), { nil: null }),
      start: fc.option(
        fc.record({
          lichaam: fc.integer({ min: 0, max: 10 }),
          gevoel: fc.integer({ min: 0, max: 10 }),
        }),
        { nil: null },
      ),
      vervolg: fc.option(
        fc.record({
          lichaam: fc.integer({ min: 0, max: 10 }),
          gevoel: fc.integer({ min: 0, max: 10 }),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(feitArb, { maxLength: 30 }), (feiten) => {
        const e = evalueer(feiten, OPTIES);
        const tellingen = [
          e.totaal,
          ...e.perMaand.map((m) => m.verwijzingen),
          e.dagenTotEersteContact.binnenTermijn,
          e.dagenTotEersteContact.teLaat,
          e.activiteitGevonden.aantal,
          e.uitval.aantal,
          ...e.soortenActiviteiten.map((s) => s.aantal),
          ...e.welbevinden.map((w) => w.metingen),
        ];
        for (const t of tellingen) expect(t === null || t === 0 || t >= 5).toBe(true);
        if (feiten.length < 5) {
          expect(e.activiteitGevonden.aandeel).toBeNull();
          expect(e.uitval.aandeel).toBeNull();
        }
        for (const w of e.welbevinden) {
          if (w.metingen === null || w.metingen === 0) expect(w.gemiddeldeVerandering).toBeNull();
        }
      }),
    );
  });

  it('writes CSV with "<5" for suppressed counts', () => {
    const csv = evaluatieCsv(evalueer([feit()], OPTIES));
    expect(csv.split('\r\n')[0]).toBe('onderdeel;sleutel;waarde');
    expect(csv).toContain('verwijzingen;totaal;<5');
    expect(csv).toContain('verwijzingen per maand;2026-09;0');
  });
});
