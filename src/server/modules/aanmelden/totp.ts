import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 defaults that every authenticator app supports: SHA-1, 6 digits, 30 seconds. */
export const PERIODE_S = 30;
/** One step of clock drift either way is accepted (ASVS 6.5.5: short validity). */
export const VENSTER = 1;

const totpVoor = (geheim: string) =>
  new TOTP({ secret: Secret.fromBase32(geheim), algorithm: 'SHA1', digits: 6, period: PERIODE_S });

/** A new secret: 160 random bits (RFC 4226 recommends at least 128), in base32. */
export function nieuwGeheim(): string {
  return new Secret({ buffer: randomBytes(20).buffer as ArrayBuffer }).base32;
}

export function otpauthUri(geheim: string, label: string, uitgever: string): string {
  const totp = totpVoor(geheim);
  totp.label = label;
  totp.issuer = uitgever;
  return totp.toString();
}

/** The key in groups of four, for typing it into an app by hand. */
export function inGroepen(geheim: string): string {
  return geheim.match(/.{1,4}/g)?.join(' ') ?? geheim;
}

export function tijdstap(nuMs: number): number {
  return Math.floor(nuMs / 1000 / PERIODE_S);
}

/**
 * Checks a code and returns the time step it belongs to, or undefined. A step at or before
 * `laatsteStap` was used already: refused, so an overheard code cannot be replayed.
 */
export function controleerTotp(
  geheim: string,
  code: string,
  nuMs: number,
  laatsteStap: number | null,
): number | undefined {
  const schoon = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(schoon)) return undefined;
  const delta = totpVoor(geheim).validate({ token: schoon, timestamp: nuMs, window: VENSTER });
  if (delta === null) return undefined;
  const stap = tijdstap(nuMs) + delta;
  if (laatsteStap !== null && stap <= laatsteStap) return undefined;
  return stap;
}

/** The code for a moment (tests and the enrolment check use it). */
export function codeVoor(geheim: string, nuMs: number): string {
  return totpVoor(geheim).generate({ timestamp: nuMs });
}
