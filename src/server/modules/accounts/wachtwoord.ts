import { type Algorithm, hash, verify } from '@node-rs/argon2';

export const WACHTWOORD_MIN = 12;
/** ASVS asks to allow at least 64 characters; longer than this only costs CPU. */
export const WACHTWOORD_MAX = 128;

/** OWASP's recommended argon2id settings: 19 MiB memory, 2 iterations, 1 lane. */
// `Algorithm` is a const enum, which erasable TypeScript cannot read: 2 is Argon2id.
const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Returns the problems with a new password, in plain Dutch; empty when it is fine. */
export function wachtwoordProblemen(wachtwoord: string): string[] {
  const problems: string[] = [];
  const length = [...wachtwoord].length;
  if (length < WACHTWOORD_MIN)
    problems.push(`Kies een wachtwoord van minstens ${WACHTWOORD_MIN} tekens.`);
  if (length > WACHTWOORD_MAX)
    problems.push(`Kies een wachtwoord van hoogstens ${WACHTWOORD_MAX} tekens.`);
  return problems;
}

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord.normalize('NFKC'), ARGON2ID);
}

export function controleerWachtwoord(hashed: string, wachtwoord: string): Promise<boolean> {
  return verify(hashed, wachtwoord.normalize('NFKC'));
}
