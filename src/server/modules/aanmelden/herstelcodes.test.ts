import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AANTAL_HERSTELCODES, nieuweHerstelcodes, normaliseerHerstelcode } from './herstelcodes.ts';

describe('herstelcodes', () => {
  it('makes ten different codes in the shape XXXXX-XXXXX', () => {
    const codes = nieuweHerstelcodes();
    expect(codes).toHaveLength(AANTAL_HERSTELCODES);
    expect(new Set(codes).size).toBe(AANTAL_HERSTELCODES);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it('property: any way of typing a code normalises to the code', () => {
    const [code = ''] = nieuweHerstelcodes(1);
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom('', ' ', '-', '  '), (lower, sep) => {
        const typed = `${code.slice(0, 5)}${sep}${code.slice(6)}`;
        expect(normaliseerHerstelcode(lower ? typed.toLowerCase() : typed)).toBe(code);
      }),
    );
  });
});
