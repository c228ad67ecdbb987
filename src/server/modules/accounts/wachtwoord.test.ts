import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  controleerWachtwoord,
  hashWachtwoord,
  isVeelgebruikt,
  WACHTWOORD_MAX,
  WACHTWOORD_MIN,
  wachtwoordProblemen,
} from './wachtwoord.ts';

describe('wachtwoord', () => {
  it('asks for at least 12 characters and allows 64 and more', () => {
    expect(wachtwoordProblemen('kort')).toHaveLength(1);
    expect(wachtwoordProblemen('a'.repeat(12))).toEqual([]);
    expect(wachtwoordProblemen('a'.repeat(64))).toEqual([]);
    expect(wachtwoordProblemen('a'.repeat(129))).toHaveLength(1);
  });

  it('counts characters, not bytes', () => {
    expect(wachtwoordProblemen('ééééééééééé')).toHaveLength(1);
  });

  it('refuses passwords from the breached list, also with digits or symbols around them', () => {
    expect(wachtwoordProblemen('123qweasdzxc')).toHaveLength(1);
    expect(wachtwoordProblemen('QWERTY123456')).toHaveLength(1);
    expect(wachtwoordProblemen('Wachtwoord2026!')).toHaveLength(1);
    expect(wachtwoordProblemen('!!Welkom12345')).toHaveLength(1);
    expect(isVeelgebruikt('correct paard batterij')).toBe(false);
    expect(isVeelgebruikt('kring-demo-2026')).toBe(false);
  });

  it('refuses a password that contains the first part of the e-mail address', () => {
    expect(wachtwoordProblemen('sanne.bakker-1985', { email: 'Sanne.Bakker@example.nl' })).toEqual([
      'Gebruik uw e-mailadres niet in uw wachtwoord.',
    ]);
    expect(wachtwoordProblemen('een lange zin hier', { email: 'sanne@example.nl' })).toEqual([]);
    // Too short a local part says nothing: "al@…" would forbid every password with "al".
    expect(wachtwoordProblemen('algemeen geldig pad', { email: 'al@example.nl' })).toEqual([]);
  });

  it('property: a length problem exactly when the length is outside the bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 140 }), (wachtwoord) => {
        const length = [...wachtwoord].length;
        const lengteFout = wachtwoordProblemen(wachtwoord).some((p) => p.includes('tekens'));
        expect(lengteFout).toBe(length < WACHTWOORD_MIN || length > WACHTWOORD_MAX);
      }),
    );
  });

  it('property: any password with the e-mail local part in it is refused', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9.]{2,15}$/),
        fc.string({ maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        (lokaal, voor, na) => {
          const problems = wachtwoordProblemen(`${voor}${lokaal.toUpperCase()}${na}`, {
            email: `${lokaal}@example.nl`,
          });
          expect(problems).toContain('Gebruik uw e-mailadres niet in uw wachtwoord.');
        },
      ),
    );
  });

  it('stores argon2id hashes that verify only the right password', async () => {
    const hashed = await hashWachtwoord('correct paard batterij');
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await controleerWachtwoord(hashed, 'correct paard batterij')).toBe(true);
    expect(await controleerWachtwoord(hashed, 'correct paard batterijen')).toBe(false);
  });
});
