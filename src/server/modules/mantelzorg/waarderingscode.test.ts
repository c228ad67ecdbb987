import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_LENGTE,
  CODE_TEKENS,
  codeBruikbaar,
  codebrief,
  codeHash,
  codemail,
  nieuweCode,
  normaliseerCode,
} from './waarderingscode.ts';

const GEGEVENS = {
  naam: 'Anna de Wit',
  postcode: '6121',
  jaar: 2026,
  vorm: 'bedrag' as const,
  bedragCent: 10000,
  deadline: '2026-12-31',
  code: 'KX7M-4TQA-9HPW',
  adres: 'https://kring.example/mijn-kring/mantelzorg/code',
  datum: '2026-12-03',
};

describe('one-time codes', () => {
  it('makes codes of 12 unambiguous characters in groups of four, each one different', () => {
    const codes = new Set(Array.from({ length: 500 }, nieuweCode));
    expect(codes.size).toBe(500);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[01ILO]/);
    }
  });

  it('reads a code however it was typed: spaces, dashes, lower case', () => {
    const teken = fc.constantFrom(...CODE_TEKENS);
    const rommel = fc.constantFrom('', ' ', '-', '  ', '.');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(teken, rommel, fc.boolean()), {
          minLength: CODE_LENGTE,
          maxLength: CODE_LENGTE,
        }),
        (delen) => {
          const code = delen.map(([t]) => t).join('');
          const getypt = delen.map(([t, r, klein]) => (klein ? t.toLowerCase() : t) + r).join('');
          expect(normaliseerCode(getypt)).toBe(code);
          expect(codeHash(normaliseerCode(getypt)!)).toBe(codeHash(code));
        },
      ),
    );
  });

  it('refuses what cannot be a code: too short, too long, characters never used', () => {
    expect(normaliseerCode('KX7M-4TQA-9HP')).toBeNull();
    expect(normaliseerCode('KX7M-4TQA-9HPWX')).toBeNull();
    expect(normaliseerCode('KX7M-4TQA-9HP0')).toBeNull();
    expect(normaliseerCode('KX7M-4TQA-9HPI')).toBeNull();
    expect(normaliseerCode('')).toBeNull();
  });

  it('keeps only a hash that does not show the code', () => {
    const hash = codeHash('KX7M4TQA9HPW');
    expect(hash).not.toContain('KX7M');
    expect(hash).toHaveLength(43);
  });

  it('works once, until and including the deadline, and not after being revoked', () => {
    const code = { geldigTot: '2026-12-31', gebruiktOp: null, ingetrokkenOp: null };
    expect(codeBruikbaar(code, '2026-12-31')).toBe(true);
    expect(codeBruikbaar(code, '2027-01-01')).toBe(false);
    expect(codeBruikbaar({ ...code, gebruiktOp: new Date() }, '2026-12-01')).toBe(false);
    expect(codeBruikbaar({ ...code, ingetrokkenOp: new Date() }, '2026-12-01')).toBe(false);
  });
});

describe('the letter and the e-mail', () => {
  it('say what it is, the three steps with the code, until when, and help without a computer', () => {
    const brief = codebrief(GEGEVENS);
    const tekst = JSON.stringify(brief.blokken);
    expect(brief.titel).toBe('Vraag de mantelzorgwaardering 2026 aan');
    expect(tekst).toContain('Anna de Wit\\n6121');
    expect(tekst).toContain('een bedrag van € 100,00');
    expect(tekst).toContain('Typ uw code: KX7M-4TQA-9HPW');
    expect(tekst).toContain('tot en met 31 december 2026');
    expect(tekst).toContain('Bel of kom langs bij het steunpunt');
    const mail = codemail(GEGEVENS);
    expect(mail.tekst).toContain('1. Ga naar https://kring.example/mijn-kring/mantelzorg/code');
    expect(mail.tekst).toContain('2. Typ uw code: KX7M-4TQA-9HPW');
    expect(mail.html).toContain(
      '<li>Ga naar <a href="https://kring.example/mijn-kring/mantelzorg/code">',
    );
    expect(mail.html).toContain('<li>Typ uw code: KX7M-4TQA-9HPW</li>');
    expect(codemail({ ...GEGEVENS, naam: '<b>Anna</b>' }).html).toContain('&lt;b&gt;Anna');
  });

  it('names a voucher or an invitation when the campaign gives that', () => {
    const bon = JSON.stringify(codebrief({ ...GEGEVENS, vorm: 'bon', bedragCent: 2500 }).blokken);
    expect(bon).toContain('een cadeaubon van € 25,00');
    const uitnodiging = codebrief({
      ...GEGEVENS,
      vorm: 'uitnodiging',
      bedragCent: null,
      postcode: null,
    }).blokken;
    expect(JSON.stringify(uitnodiging)).toContain('een uitnodiging voor een activiteit');
    expect(uitnodiging[0]).toEqual({ soort: 'alinea', tekst: 'Anna de Wit' });
  });
});
