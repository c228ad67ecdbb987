import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HULPVRAAG_STATUSSEN } from '../../../shared/loket.ts';
import {
  EINDSTATUSSEN,
  isEinde,
  KANTEN,
  mogelijk,
  RESPIJT_STATUSSEN,
  type RespijtStatus,
  statusUitHulpvraag,
  weergave,
  wijzig,
} from './status.ts';

const status = fc.constantFrom(...RESPIJT_STATUSSEN);
const kant = fc.constantFrom(...KANTEN);

describe('the status of a respite request', () => {
  it.each([
    // van, naar, door, reden, uitkomst
    ['ingediend', 'bij-aanbieder', 'systeem', '', { ok: true }],
    ['ingediend', 'in-matching', 'systeem', '', { ok: true }],
    ['bij-aanbieder', 'toegezegd', 'aanbieder', '', { ok: true }],
    ['bij-aanbieder', 'afgewezen', 'aanbieder', 'Vol in mei', { ok: true }],
    ['bij-aanbieder', 'afgewezen', 'aanbieder', '  ', { ok: false, fout: 'reden-nodig' }],
    ['bij-aanbieder', 'geannuleerd', 'mantelzorger', '', { ok: true }],
    ['bij-aanbieder', 'toegezegd', 'mantelzorger', '', { ok: false, fout: 'niet-toegestaan' }],
    ['in-matching', 'toegezegd', 'aanbieder', '', { ok: false, fout: 'niet-toegestaan' }],
    ['in-matching', 'toegezegd', 'systeem', '', { ok: true }],
    ['in-matching', 'geannuleerd', 'mantelzorger', '', { ok: true }],
    ['toegezegd', 'geannuleerd', 'mantelzorger', '', { ok: true }],
    ['toegezegd', 'afgewezen', 'aanbieder', 'te laat', { ok: false, fout: 'niet-toegestaan' }],
    ['afgewezen', 'geannuleerd', 'mantelzorger', '', { ok: false, fout: 'niet-toegestaan' }],
    ['geannuleerd', 'bij-aanbieder', 'systeem', '', { ok: false, fout: 'niet-toegestaan' }],
  ] as const)('%s → %s by %s (%j)', (van, naar, door, reden, uit) => {
    expect(wijzig(van, naar, door, reden)).toEqual(uit);
  });

  it('ends in afgewezen, geannuleerd and afgerond only', () => {
    expect([...EINDSTATUSSEN].sort()).toEqual(['afgerond', 'afgewezen', 'geannuleerd']);
  });

  it('property: nothing leaves an end status, and the carer can cancel every open one', () => {
    fc.assert(
      fc.property(status, status, kant, fc.string(), (van, naar, door, reden) => {
        if (isEinde(van)) expect(wijzig(van, naar, door, reden).ok).toBe(false);
        else expect(mogelijk(van, 'mantelzorger')).toEqual(['geannuleerd']);
      }),
    );
  });

  it('property: mogelijk and wijzig agree; a reason is needed only to decline', () => {
    fc.assert(
      fc.property(status, status, kant, (van, naar, door) => {
        const metReden = wijzig(van, naar, door, 'Een reden');
        expect(metReden.ok).toBe(mogelijk(van, door).includes(naar));
        const zonder = wijzig(van, naar, door, '');
        if (metReden.ok && !zonder.ok) expect(naar).toBe('afgewezen');
      }),
    );
  });

  it('property: only the provider says yes or no to a provider request', () => {
    fc.assert(
      fc.property(kant, (door) => {
        const kan = mogelijk('bij-aanbieder', door);
        expect(kan.includes('toegezegd') || kan.includes('afgewezen')).toBe(door === 'aanbieder');
      }),
    );
  });
});

describe('a volunteer request follows its help request', () => {
  it.each([
    ['in-matching', 'ingediend', 'in-matching', 'wordt-bekeken'],
    ['in-matching', 'in-behandeling', 'in-matching', 'wordt-bekeken'],
    ['in-matching', 'in-matching', 'in-matching', 'zoekt-vrijwilliger'],
    ['in-matching', 'gekoppeld', 'toegezegd', 'vrijwilliger-gevonden'],
    ['in-matching', 'afgerond', 'afgerond', 'afgerond'],
    ['in-matching', 'ingetrokken', 'geannuleerd', 'geannuleerd'],
    ['geannuleerd', 'in-matching', 'geannuleerd', 'geannuleerd'],
  ] as const)('stored %s, help request %s → %s (%s)', (opgeslagen, hv, uit, tekst) => {
    const s = statusUitHulpvraag(opgeslagen, hv);
    expect(s).toBe(uit);
    expect(weergave(s, hv)).toBe(tekst);
  });

  it('property: an end status is never undone by the help request', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EINDSTATUSSEN),
        fc.constantFrom(...HULPVRAAG_STATUSSEN),
        (s: RespijtStatus, hv) => {
          expect(statusUitHulpvraag(s, hv)).toBe(s);
        },
      ),
    );
  });

  it('shows a provider request in its own words', () => {
    expect(weergave('bij-aanbieder')).toBe('wacht-op-aanbieder');
    expect(weergave('toegezegd')).toBe('toegezegd');
    expect(weergave('afgewezen')).toBe('afgewezen');
  });
});
