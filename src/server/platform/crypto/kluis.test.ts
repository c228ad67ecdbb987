import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKluis, sleutelUitBase64 } from './kluis.ts';

const kluis = createKluis(randomBytes(32));

describe('kluis', () => {
  it('decrypts what it encrypted, for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (tekst, context) => {
        expect(kluis.ontsleutel(kluis.versleutel(tekst, context), context)).toBe(tekst);
      }),
    );
  });

  it('never writes the same ciphertext twice and never the plain text', () => {
    const a = kluis.versleutel('JBSWY3DPEHPK3PXP', 'account-1');
    const b = kluis.versleutel('JBSWY3DPEHPK3PXP', 'account-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('refuses a changed ciphertext, another record, or another key', () => {
    const c = kluis.versleutel('geheim', 'account-1');
    const raw = Buffer.from(c.slice(3), 'base64url');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => kluis.ontsleutel(`v1:${raw.toString('base64url')}`, 'account-1')).toThrow();
    expect(() => kluis.ontsleutel(c, 'account-2')).toThrow();
    expect(() => createKluis(randomBytes(32)).ontsleutel(c, 'account-1')).toThrow();
  });

  it('keys the HMAC: same input, same output; another key, another output', () => {
    expect(kluis.hmac('ABCDE-FGHJK')).toBe(kluis.hmac('ABCDE-FGHJK'));
    expect(createKluis(randomBytes(32)).hmac('ABCDE-FGHJK')).not.toBe(kluis.hmac('ABCDE-FGHJK'));
  });

  it('accepts only 32-byte keys', () => {
    expect(() => sleutelUitBase64(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(sleutelUitBase64(randomBytes(32).toString('base64'))).toHaveLength(32);
  });
});
