import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { codeVoor, controleerTotp, inGroepen, nieuwGeheim, otpauthUri, tijdstap } from './totp.ts';

const geheim = nieuwGeheim();
const nu = Date.parse('2026-11-23T09:00:10Z');

describe('totp', () => {
  it('makes a 160-bit base32 secret, different every time', () => {
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    expect(nieuwGeheim()).not.toBe(geheim);
  });

  it('accepts the current code and one step of drift either way, not two', () => {
    const stap = tijdstap(nu);
    expect(controleerTotp(geheim, codeVoor(geheim, nu), nu, null)).toBe(stap);
    expect(controleerTotp(geheim, codeVoor(geheim, nu - 30_000), nu, null)).toBe(stap - 1);
    expect(controleerTotp(geheim, codeVoor(geheim, nu + 30_000), nu, null)).toBe(stap + 1);
    expect(controleerTotp(geheim, codeVoor(geheim, nu - 60_000), nu, null)).toBeUndefined();
    expect(controleerTotp(geheim, codeVoor(geheim, nu + 60_000), nu, null)).toBeUndefined();
  });

  it('refuses a code whose step was used already (replay), and earlier steps', () => {
    const code = codeVoor(geheim, nu);
    const stap = controleerTotp(geheim, code, nu, null);
    expect(stap).toBeDefined();
    expect(controleerTotp(geheim, code, nu + 5_000, stap ?? null)).toBeUndefined();
    expect(controleerTotp(geheim, codeVoor(geheim, nu - 30_000), nu, stap ?? null)).toBeUndefined();
    // The next step's code is fine.
    expect(controleerTotp(geheim, codeVoor(geheim, nu + 30_000), nu + 30_000, stap ?? null)).toBe(
      (stap ?? 0) + 1,
    );
  });

  it('refuses anything that is not six digits, and accepts spaces people type', () => {
    const code = codeVoor(geheim, nu);
    expect(controleerTotp(geheim, `${code.slice(0, 3)} ${code.slice(3)}`, nu, null)).toBeDefined();
    expect(controleerTotp(geheim, 'abcdef', nu, null)).toBeUndefined();
    expect(controleerTotp(geheim, `${code}0`, nu, null)).toBeUndefined();
  });

  it('writes an otpauth URI that an authenticator app reads back to the same codes', () => {
    const uri = otpauthUri(geheim, 'sanne@example.nl', 'Kring Stein');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Kring%20Stein:sanne%40example\.nl\?/);
    const app = new TOTP({ secret: Secret.fromBase32(geheim) });
    expect(app.generate({ timestamp: nu })).toBe(codeVoor(geheim, nu));
    expect(inGroepen('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
