import { describe, expect, it } from 'vitest';
import { telCijfers, uitbetalingCsv } from './cijfers.ts';

describe('telCijfers', () => {
  it.each<
    [
      string,
      (string | null)[],
      string[],
      [number | null, number | null, number | null, number | null],
    ]
  >([
    ['nothing yet: zeros are shown', [], [], [0, 0, 0, 0]],
    [
      'small counts are suppressed',
      ['2010-01-01', '1960-01-01'],
      ['toegekend'],
      [null, null, null, null],
    ],
    [
      'five or more are shown',
      ['2005-01-01', '2006-01-01', '2007-01-01', '2008-01-01', '2009-01-01', null, '1950-01-01'],
      ['toegekend', 'toegekend', 'toegekend', 'toegekend', 'toegekend', 'afgewezen'],
      [7, 5, 6, 5],
    ],
  ])('%s', (_n, geboortedata, statussen, [g, j, a, t]) => {
    expect(telCijfers(2026, { geboortedata, statussen }, '2026-12-01')).toEqual({
      jaar: 2026,
      geregistreerd: g,
      jongerDan25: j,
      aanvragen: a,
      toegekend: t,
    });
  });
});

describe('uitbetalingCsv', () => {
  it('writes one row per granted application, semicolons and a decimal comma', () => {
    const csv = uitbetalingCsv({ jaar: 2026, vorm: 'bon', bedragCent: 4000 }, [
      {
        aanvraagId: 'a1',
        naam: 'Anna; de Vries',
        eMailadres: 'anna@example.org',
        postcode: '6171 AB',
        besloten: '2026-11-20',
      },
      {
        aanvraagId: 'a2',
        naam: '=SOM(A1)',
        eMailadres: null,
        postcode: null,
        besloten: '2026-11-21',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'aanvraag;naam;e-mailadres;postcode;jaar;vorm;bedrag;toegekend op',
      'a1;"Anna; de Vries";anna@example.org;6171 AB;2026;bon;40,00;2026-11-20',
      "a2;'=SOM(A1);;;2026;bon;40,00;2026-11-21",
      '',
    ]);
  });

  it('leaves the amount empty for an invitation only', () => {
    expect(uitbetalingCsv({ jaar: 2026, vorm: 'uitnodiging', bedragCent: null }, [])).toBe(
      'aanvraag;naam;e-mailadres;postcode;jaar;vorm;bedrag;toegekend op\r\n',
    );
  });
});
