import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * `__Host-` cookies must be Secure, so the prefix (and Secure) are relaxed only for
 * http://localhost development; a browser refuses Secure cookies over plain http.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-kring-sessie' : 'kring-sessie';
}

export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.endsWith('.localhost');
}

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
