import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Dag,
  dagReeksen,
  formatTijd,
  groepeerInloop,
  type InloopMoment,
  WEEK,
} from './inloop.ts';

const tijd = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom('00', '15', '30', '45'))
  .map(([u, m]) => `${String(u).padStart(2, '0')}:${m}`);
const moment = fc.record({ dag: fc.constantFrom(...WEEK), van: tijd, tot: tijd });

describe('walk-in hours in words', () => {
  it('puts days with the same hours together, in week order', () => {
    const werkdagen = (['FR', 'MO', 'WE', 'TU', 'TH'] as Dag[]).map((dag) => ({
      dag,
      van: '09:00',
      tot: '12:30',
    }));
    expect(groepeerInloop([...werkdagen, { dag: 'TH', van: '18:00', tot: '20:00' }])).toEqual([
      { dagen: ['MO', 'TU', 'WE', 'TH', 'FR'], van: '09:00', tot: '12:30' },
      { dagen: ['TH'], van: '18:00', tot: '20:00' },
    ]);
  });

  it('splits days into runs of consecutive days', () => {
    expect(dagReeksen(['FR', 'MO', 'TU', 'WE', 'SU'])).toEqual([
      ['MO', 'TU', 'WE'],
      ['FR'],
      ['SU'],
    ]);
    expect(dagReeksen([])).toEqual([]);
  });

  it('writes times the way people read them', () => {
    expect(formatTijd('09:00', 'nl')).toBe('9.00');
    expect(formatTijd('18:30', 'en')).toBe('18:30');
  });

  it('loses nothing and adds nothing when grouping', () => {
    fc.assert(
      fc.property(fc.array(moment, { maxLength: 14 }), (momenten: InloopMoment[]) => {
        const uit = groepeerInloop(momenten).flatMap((g) =>
          g.dagen.map((dag) => `${dag} ${g.van} ${g.tot}`),
        );
        const in_ = new Set(momenten.map((m) => `${m.dag} ${m.van} ${m.tot}`));
        expect(new Set(uit)).toEqual(in_);
        expect(uit.length).toBe(in_.size);
      }),
    );
  });

  it('runs are consecutive and together are the days, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WEEK)), (dagen: Dag[]) => {
        const reeksen = dagReeksen(dagen);
        expect(reeksen.flat()).toEqual(WEEK.filter((d) => dagen.includes(d)));
        for (const reeks of reeksen) {
          reeks.forEach((dag, i) => {
            if (i > 0) expect(WEEK.indexOf(dag)).toBe(WEEK.indexOf(reeks[i - 1]!) + 1);
          });
        }
        // Two runs never touch: otherwise they would be one.
        for (let i = 1; i < reeksen.length; i++) {
          expect(WEEK.indexOf(reeksen[i]![0]!)).toBeGreaterThan(
            WEEK.indexOf(reeksen[i - 1]!.at(-1)!) + 1,
          );
        }
      }),
    );
  });
});
