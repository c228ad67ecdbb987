import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ReceptKant,
  TAAK_STATUSSEN,
  type TaakStatus,
} from '../../../shared/welzijnsrecept.ts';
import { afgerond, meldtTerug, mogelijk, redenNodig, wijzig } from './status.ts';

const KANTEN: ReceptKant[] = ['verwijzer', 'ontvanger'];

/** Who may set which status, as the issue states it (Gravity SDOH roles). */
const ZET: Record<TaakStatus, ReceptKant> = {
  draft: 'verwijzer',
  requested: 'verwijzer',
  cancelled: 'verwijzer',
  'entered-in-error': 'verwijzer',
  accepted: 'ontvanger',
  rejected: 'ontvanger',
  'in-progress': 'ontvanger',
  'on-hold': 'ontvanger',
  failed: 'ontvanger',
  completed: 'ontvanger',
};

describe('the status of a welzijnsrecept', () => {
  it('runs the closed loop: draft → requested → accepted → in-progress → completed', () => {
    const pad: [TaakStatus, ReceptKant][] = [
      ['requested', 'verwijzer'],
      ['accepted', 'ontvanger'],
      ['in-progress', 'ontvanger'],
      ['completed', 'ontvanger'],
    ];
    let s: TaakStatus = 'draft';
    for (const [naar, door] of pad) {
      const w = wijzig(s, naar, door, '');
      expect(w).toEqual({ ok: true, status: naar });
      s = naar;
    }
    expect(afgerond(s)).toBe(true);
  });

  it('pauses and resumes with a reason', () => {
    expect(wijzig('in-progress', 'on-hold', 'ontvanger', ' ')).toEqual({
      ok: false,
      fout: 'reden-nodig',
    });
    expect(wijzig('in-progress', 'on-hold', 'ontvanger', 'Mevrouw is drie weken weg')).toEqual({
      ok: true,
      status: 'on-hold',
    });
    expect(wijzig('on-hold', 'in-progress', 'ontvanger', '').ok).toBe(true);
  });

  it('refuses a change by the wrong side or out of order', () => {
    expect(wijzig('requested', 'accepted', 'verwijzer', 'x')).toEqual({
      ok: false,
      fout: 'niet-toegestaan',
    });
    expect(wijzig('requested', 'cancelled', 'ontvanger', 'x').ok).toBe(false);
    expect(wijzig('draft', 'accepted', 'ontvanger', 'x').ok).toBe(false);
    expect(wijzig('requested', 'completed', 'ontvanger', 'x').ok).toBe(false);
    expect(wijzig('completed', 'in-progress', 'ontvanger', 'x').ok).toBe(false);
    expect(wijzig('entered-in-error', 'entered-in-error', 'verwijzer', 'x').ok).toBe(false);
  });

  it('needs a reason to refuse, withdraw, give up or correct', () => {
    for (const s of ['rejected', 'cancelled', 'failed', 'on-hold', 'entered-in-error'] as const) {
      expect(redenNodig(s), s).toBe(true);
    }
    for (const s of ['requested', 'accepted', 'in-progress', 'completed'] as const) {
      expect(redenNodig(s), s).toBe(false);
    }
  });

  it('shows each side only the statuses it may set', () => {
    expect(mogelijk('requested', 'ontvanger').sort()).toEqual(['accepted', 'rejected']);
    expect(mogelijk('requested', 'verwijzer').sort()).toEqual(['cancelled', 'entered-in-error']);
    expect(mogelijk('completed', 'ontvanger')).toEqual([]);
    expect(mogelijk('completed', 'verwijzer')).toEqual(['entered-in-error']);
  });

  it('tells when the GP hears back', () => {
    expect(TAAK_STATUSSEN.filter(meldtTerug)).toEqual([
      'accepted',
      'rejected',
      'failed',
      'completed',
    ]);
  });

  it('property: every allowed change is set by its own side, and an ended loop stays ended', () => {
    const stap = fc.record({
      naar: fc.constantFrom(...TAAK_STATUSSEN),
      door: fc.constantFrom(...KANTEN),
      reden: fc.constantFrom('', 'omdat'),
    });
    fc.assert(
      fc.property(fc.array(stap, { maxLength: 40 }), (stappen) => {
        let s: TaakStatus = 'draft';
        let afgelopen = false;
        for (const { naar, door, reden } of stappen) {
          const w = wijzig(s, naar, door, reden);
          expect(w.ok).toBe(
            mogelijk(s, door).includes(naar) && (reden !== '' || !redenNodig(naar)),
          );
          if (!w.ok) continue;
          expect(ZET[naar]).toBe(door);
          if (afgelopen) expect(naar).toBe('entered-in-error');
          expect(s).not.toBe('entered-in-error');
          s = w.status;
          afgelopen = afgerond(s);
        }
      }),
    );
  });
});
