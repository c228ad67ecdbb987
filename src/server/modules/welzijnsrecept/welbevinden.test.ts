import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WELBEVINDEN_STANDAARD } from '../../../shared/welzijnsrecept.ts';
import { controleerMeting, verandering } from './welbevinden.ts';

const D = WELBEVINDEN_STANDAARD;
const alle = (score: number) => Object.fromEntries(D.map((d) => [d, score]));

describe('the wellbeing measure', () => {
  it('accepts a whole score 0–10 for every dimension', () => {
    expect(controleerMeting(D, alle(0))).toEqual([]);
    expect(controleerMeting(D, alle(10))).toEqual([]);
  });

  it('names each missing, out-of-scale or unknown dimension', () => {
    const { meedoen: _weg, ...zonder } = alle(5);
    expect(controleerMeting(D, { ...zonder, lichaam: 11, gevoel: 2.5, humor: 3 })).toEqual([
      { dimensie: 'lichaam', fout: 'buiten-schaal' },
      { dimensie: 'gevoel', fout: 'buiten-schaal' },
      { dimensie: 'meedoen', fout: 'ontbreekt' },
      { dimensie: 'humor', fout: 'onbekend' },
    ]);
    expect(controleerMeting(D, { ...alle(5), zingeving: -1 })).toEqual([
      { dimensie: 'zingeving', fout: 'buiten-schaal' },
    ]);
  });

  it('shows the change per dimension and of the mean', () => {
    const v = verandering(D, alle(4), { ...alle(4), meedoen: 7, gevoel: 6 });
    expect(v.perDimensie.meedoen).toBe(3);
    expect(v.perDimensie.lichaam).toBe(0);
    expect(v.gemiddeldVoor).toBe(4);
    expect(v.verschil).toBeCloseTo(5 / 6, 12);
    expect(() => verandering(D, alle(4), alle(12))).toThrow(/invalid/);
  });

  it('property: the change of the mean is the mean of the changes', () => {
    const meting = fc
      .tuple(...D.map(() => fc.integer({ min: 0, max: 10 })))
      .map((s) => Object.fromEntries(D.map((d, i) => [d, s[i]!])));
    fc.assert(
      fc.property(meting, meting, (voor, na) => {
        const v = verandering(D, voor, na);
        const som = Object.values(v.perDimensie).reduce((a, b) => a + b, 0);
        expect(v.verschil).toBeCloseTo(som / D.length, 12);
      }),
    );
  });
});
