import { describe, expect, it } from 'vitest';
import {
  type Handeling,
  KRINGROLLEN,
  type Kringrol,
  mag,
  magNotitieMaken,
  magNotitieZien,
  taakNa,
  ZICHTBAARHEDEN,
  type Zichtbaarheid,
} from './rechten.ts';

const ANDERS = KRINGROLLEN.filter((r) => r !== 'mantelzorger');

describe('rechten: what a member may do', () => {
  const tabel: [Handeling, Kringrol[]][] = [
    ['lezen', [...KRINGROLLEN]],
    ['uitnodigen', ['mantelzorger']],
    ['lid-verwijderen', ['mantelzorger']],
    ['kring-verwijderen', ['mantelzorger']],
    ['afspraak-verwijderen', ['mantelzorger']],
    ['taak-verwijderen', ['mantelzorger']],
    ['verlaten', ANDERS],
    ['afspraak-maken', [...KRINGROLLEN]],
    ['taak-maken', [...KRINGROLLEN]],
    ['taak-claimen', [...KRINGROLLEN]],
    ['bericht-schrijven', [...KRINGROLLEN]],
    ['notitie-maken', [...KRINGROLLEN]],
  ];
  for (const [handeling, wie] of tabel) {
    for (const rol of KRINGROLLEN) {
      it(`${rol} ${wie.includes(rol) ? 'may' : 'may not'} ${handeling}`, () => {
        expect(mag({ rol }, handeling)).toBe(wie.includes(rol));
      });
    }
    it(`a non-member may not ${handeling}`, () => expect(mag(null, handeling)).toBe(false));
  }
});

describe('rechten: note visibility', () => {
  const tabel: [Zichtbaarheid, Kringrol[]][] = [
    ['kring', [...KRINGROLLEN]],
    ['mantelzorger', ['mantelzorger']],
    ['mantelzorger-en-professionals', ['mantelzorger', 'professional']],
  ];
  for (const [z, wie] of tabel) {
    for (const rol of KRINGROLLEN) {
      it(`${rol} ${wie.includes(rol) ? 'sees' : 'does not see'} a note for "${z}"`, () => {
        expect(magNotitieZien({ rol }, z)).toBe(wie.includes(rol));
        expect(magNotitieMaken({ rol }, z)).toBe(wie.includes(rol));
      });
    }
  }
  it('a non-member sees no note at all', () => {
    for (const z of ZICHTBAARHEDEN) expect(magNotitieZien(null, z)).toBe(false);
  });
});

describe('rechten: task steps', () => {
  const ik = { accountId: 'ik', eigenaar: false };
  const eigenaar = { accountId: 'baas', eigenaar: true };
  const ander = { accountId: 'ander', eigenaar: false };
  const open = { status: 'open' as const, geclaimdDoor: null };
  const vanMij = { status: 'geclaimd' as const, geclaimdDoor: 'ik' };

  it.each([
    ['claim an open task', open, 'claimen', ik, { status: 'geclaimd', geclaimdDoor: 'ik' }],
    ['not claim a claimed task', vanMij, 'claimen', ander, null],
    ['give my task back', vanMij, 'teruggeven', ik, open],
    ['not give back another’s task', vanMij, 'teruggeven', ander, null],
    ['the owner gives any task back', vanMij, 'teruggeven', eigenaar, open],
    ['mark my task done', vanMij, 'gedaan', ik, { status: 'gedaan', geclaimdDoor: 'ik' }],
    ['not mark another’s task done', vanMij, 'gedaan', ander, null],
    [
      'mark an open task done myself',
      open,
      'gedaan',
      ander,
      { status: 'gedaan', geclaimdDoor: 'ander' },
    ],
    [
      'reopen my done task',
      { status: 'gedaan' as const, geclaimdDoor: 'ik' },
      'heropenen',
      ik,
      open,
    ],
    ['not reopen an open task', open, 'heropenen', ik, null],
  ] as const)('may %s', (_, taak, stap, wie, na) => {
    expect(taakNa(taak, stap, wie)).toEqual(na);
  });
});
