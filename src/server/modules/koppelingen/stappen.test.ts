import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KOPPELING_STATUSSEN, type KoppelingStatus } from '../../../shared/loket.ts';
import {
  contactGedeeld,
  type Handeling,
  type Kant,
  mogelijk,
  volgende,
  wachtOp,
} from './stappen.ts';

const KANTEN: Kant[] = ['coordinator', 'vrijwilliger', 'inwoner'];
const HANDELINGEN: Handeling[] = ['goedkeuren', 'akkoord', 'afwijzen', 'starten', 'beeindigen'];

describe('the match workflow', () => {
  it('runs proposal → approved → volunteer yes → resident yes → introduction → active → ended', () => {
    let s: KoppelingStatus = 'voorstel';
    s = volgende(s, 'goedkeuren', 'coordinator')!;
    expect(s).toBe('goedgekeurd');
    expect(wachtOp(s)).toBe('vrijwilliger');
    s = volgende(s, 'akkoord', 'vrijwilliger')!;
    expect(s).toBe('vrijwilliger-akkoord');
    expect(wachtOp(s)).toBe('inwoner');
    expect(contactGedeeld(s)).toBe(false);
    s = volgende(s, 'akkoord', 'inwoner')!;
    expect(s).toBe('kennismaking');
    expect(contactGedeeld(s)).toBe(true);
    s = volgende(s, 'starten', 'vrijwilliger')!;
    expect(s).toBe('actief');
    expect(volgende(s, 'beeindigen', 'inwoner')).toBe('beeindigd');
  });

  it('refuses out of turn: the resident cannot answer before the volunteer, nobody skips a step', () => {
    expect(volgende('goedgekeurd', 'akkoord', 'inwoner')).toBeUndefined();
    expect(volgende('voorstel', 'akkoord', 'vrijwilliger')).toBeUndefined();
    expect(volgende('vrijwilliger-akkoord', 'akkoord', 'vrijwilliger')).toBeUndefined();
    expect(volgende('goedgekeurd', 'starten', 'coordinator')).toBeUndefined();
    expect(volgende('afgewezen', 'akkoord', 'inwoner')).toBeUndefined();
  });

  it('property: any sequence of actions reaches kennismaking only through both yeses, in order', () => {
    const stap = fc.record({
      handeling: fc.constantFrom(...HANDELINGEN),
      door: fc.constantFrom(...KANTEN),
    });
    fc.assert(
      fc.property(fc.array(stap, { maxLength: 30 }), (stappen) => {
        let s: KoppelingStatus = 'voorstel';
        const pad: KoppelingStatus[] = [s];
        for (const { handeling, door } of stappen) {
          const n = volgende(s, handeling, door);
          if (n) {
            s = n;
            pad.push(s);
          }
        }
        const i = pad.indexOf('kennismaking');
        if (i >= 0) {
          expect(pad.slice(0, i)).toEqual(['voorstel', 'goedgekeurd', 'vrijwilliger-akkoord']);
        }
        // Ended states have no way out.
        for (const eind of ['afgewezen', 'beeindigd'] as const) {
          const j = pad.indexOf(eind);
          if (j >= 0) expect(j).toBe(pad.length - 1);
        }
      }),
    );
  });

  it('every status is reachable from voorstel', () => {
    const bereikt = new Set<KoppelingStatus>(['voorstel']);
    for (let ronde = 0; ronde < 10; ronde++) {
      for (const s of [...bereikt]) {
        for (const h of HANDELINGEN) {
          for (const k of KANTEN) {
            const n = volgende(s, h, k);
            if (n) bereikt.add(n);
          }
        }
      }
    }
    expect([...bereikt].sort()).toEqual([...KOPPELING_STATUSSEN].sort());
  });
});

describe('mogelijk: the buttons a side sees', () => {
  it('lists exactly the steps volgende allows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KOPPELING_STATUSSEN),
        fc.constantFrom(...KANTEN),
        (status, kant) => {
          const lijst = mogelijk(status, kant);
          for (const h of HANDELINGEN) {
            expect(lijst.includes(h)).toBe(volgende(status, h, kant) !== undefined);
          }
        },
      ),
    );
  });

  it('gives the volunteer yes/no on an approved proposal and nothing on an ended match', () => {
    expect(mogelijk('goedgekeurd', 'vrijwilliger')).toEqual(['akkoord', 'afwijzen']);
    expect(mogelijk('goedgekeurd', 'inwoner')).toEqual([]);
    expect(mogelijk('beeindigd', 'coordinator')).toEqual([]);
  });
});
