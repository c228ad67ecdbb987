import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOORSTEL_STATUSSEN, type VoorstelStatus } from './model.ts';
import { isOpen, magActie, VOORSTEL_ACTIES, volgendeStatus } from './moderatie.ts';

const actie = fc.constantFrom(...VOORSTEL_ACTIES);
const status = fc.constantFrom(...VOORSTEL_STATUSSEN);

describe('moderation state machine', () => {
  it('follows the documented path', () => {
    expect(volgendeStatus('concept', 'indienen')).toBe('ingediend');
    expect(volgendeStatus('ingediend', 'publiceren')).toBe('gepubliceerd');
    expect(volgendeStatus('ingediend', 'terugsturen')).toBe('teruggestuurd');
    expect(volgendeStatus('teruggestuurd', 'bewerken')).toBe('concept');
    expect(volgendeStatus('teruggestuurd', 'indienen')).toBe('ingediend');
    expect(volgendeStatus('concept', 'publiceren')).toBeNull();
    expect(volgendeStatus('ingediend', 'bewerken')).toBeNull();
  });

  it('only the editor publishes or returns', () => {
    expect(magActie('organisatie', 'publiceren')).toBe(false);
    expect(magActie('organisatie', 'terugsturen')).toBe(false);
    expect(magActie('redacteur', 'publiceren')).toBe(true);
    for (const a of ['bewerken', 'indienen', 'intrekken'] as const)
      expect(magActie('organisatie', a)).toBe(true);
  });

  it('property: published and withdrawn are final, and only a submitted change gets published', () => {
    fc.assert(
      fc.property(status, fc.array(actie, { maxLength: 30 }), (start, acties) => {
        let s: VoorstelStatus = start;
        for (const a of acties) {
          const volgende = volgendeStatus(s, a);
          if (!isOpen(s)) expect(volgende).toBeNull();
          if (volgende === 'gepubliceerd') expect([s, a]).toEqual(['ingediend', 'publiceren']);
          if (volgende === 'teruggestuurd') expect(s).toBe('ingediend');
          if (volgende) s = volgende;
        }
      }),
    );
  });

  it('property: an organisation admin alone can never reach "gepubliceerd"', () => {
    fc.assert(
      fc.property(fc.array(actie, { maxLength: 30 }), (acties) => {
        let s: VoorstelStatus = 'concept';
        for (const a of acties) {
          if (!magActie('organisatie', a)) continue;
          s = volgendeStatus(s, a) ?? s;
        }
        expect(s).not.toBe('gepubliceerd');
        expect(s).not.toBe('teruggestuurd');
      }),
    );
  });

  it('property: from every open status a change can still end (published or withdrawn)', () => {
    fc.assert(
      fc.property(fc.constantFrom<VoorstelStatus>('concept', 'ingediend', 'teruggestuurd'), (s) => {
        expect(volgendeStatus(s, 'intrekken')).toBe('ingetrokken');
      }),
    );
  });
});
