import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const WACHTWOORD_MIN = 12;
/** ASVS asks to allow at least 64 characters; longer than this only costs CPU. */
export const WACHTWOORD_MAX = 128;

/** OWASP's recommended argon2id settings: 19 MiB memory, 2 iterations, 1 lane. */
// `Algorithm` is a const enum, which erasable TypeScript cannot read: 2 is Argon2id.
const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** ~49,000 passwords seen most in breaches (zxcvbn-ts common list), lower case. */
const VEELGEBRUIKT = new Set(dictionary['passwords-common'].map((w) => w.toLowerCase()));
/** Digits, spaces and symbols that people put around a common word ("Welkom2024!"). */
const OPVULLING = /^[\d\s\p{P}\p{S}]+|[\d\s\p{P}\p{S}]+$/gu;
const MIN_KERN = 4;
const MIN_EMAIL_DEEL = 3;

/** True for a password on the common list, also with digits or symbols around it. */
export function isVeelgebruikt(wachtwoord: string): boolean {
  const lower = wachtwoord.normalize('NFKC').toLowerCase();
  if (VEELGEBRUIKT.has(lower)) return true;
  const kern = lower.replace(OPVULLING, '');
  return kern !== lower && [...kern].length >= MIN_KERN && VEELGEBRUIKT.has(kern);
}

/**
 * Returns the problems with a new password, in plain Dutch; empty when it is fine.
 * ASVS 6.2: at least 12 characters, at least 64 allowed, no composition rules, not on a
 * list of breached passwords, and not built from the account's own e-mail address.
 */
export function wachtwoordProblemen(
  wachtwoord: string,
  context: { email?: string } = {},
): string[] {
  const problems: string[] = [];
  const length = [...wachtwoord].length;
  if (length < WACHTWOORD_MIN)
    problems.push(`Kies een wachtwoord van minstens ${WACHTWOORD_MIN} tekens.`);
  if (length > WACHTWOORD_MAX)
    problems.push(`Kies een wachtwoord van hoogstens ${WACHTWOORD_MAX} tekens.`);
  if (isVeelgebruikt(wachtwoord))
    problems.push('Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.');
  const deel = context.email?.split('@')[0]?.normalize('NFKC').toLowerCase() ?? '';
  if (
    [...deel].length >= MIN_EMAIL_DEEL &&
    wachtwoord.normalize('NFKC').toLowerCase().includes(deel)
  )
    problems.push('Gebruik uw e-mailadres niet in uw wachtwoord.');
  return problems;
}

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord.normalize('NFKC'), ARGON2ID);
}

export function controleerWachtwoord(hashed: string, wachtwoord: string): Promise<boolean> {
  return verify(hashed, wachtwoord.normalize('NFKC'));
}
