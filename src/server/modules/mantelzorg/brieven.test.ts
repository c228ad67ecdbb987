import { describe, expect, it } from 'vitest';
import { besluitbrief, datumVoluit, euro } from './brieven.ts';

const basis = {
  naam: 'Anna de Vries',
  jaar: 2026,
  reden: 'U zorgt al lang en veel voor uw vader.',
  bedragCent: 4000,
  beslotenOp: '2026-12-03',
} as const;

const tekstVan = (d: ReturnType<typeof besluitbrief>) =>
  d.blokken.map((b) => (b.soort === 'lijst' ? b.items.join(' ') : b.tekst)).join('\n');

describe('besluitbrief', () => {
  it.each([
    ['bon', 'U krijgt een cadeaubon van € 40,00.'],
    ['bedrag', 'U krijgt een bedrag van € 40,00. Dat maken wij over'],
    ['uitnodiging', 'U krijgt een uitnodiging voor een activiteit.'],
  ] as const)('tells what a grant of form %s brings', (vorm, verwacht) => {
    const brief = besluitbrief({ ...basis, status: 'toegekend', vorm });
    expect(brief.titel).toBe('Mantelzorgwaardering 2026: u krijgt de waardering');
    expect(tekstVan(brief)).toContain(verwacht);
    expect(tekstVan(brief)).toContain(basis.reden);
  });

  it('gives the reason of a refusal and the way to object', () => {
    const brief = tekstVan(besluitbrief({ ...basis, status: 'afgewezen', vorm: 'bon' }));
    expect(brief).toContain('U krijgt de waardering dit keer niet.');
    expect(brief).toContain(basis.reden);
    expect(brief).toContain('Bent u het niet eens met dit besluit?');
    expect(brief).not.toContain('cadeaubon');
  });
});

describe('datumVoluit and euro', () => {
  it('writes dates and amounts the Dutch way', () => {
    expect(datumVoluit('2026-03-01')).toBe('1 maart 2026');
    expect(euro(4000)).toBe('€ 40,00');
    expect(euro(123456789)).toBe('€ 1.234.567,89');
    expect(euro(5)).toBe('€ 0,05');
  });
});
