import { describe, expect, it } from 'vitest';
import { controleerWachtwoord, hashWachtwoord, wachtwoordProblemen } from './wachtwoord.ts';

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

  it('stores argon2id hashes that verify only the right password', async () => {
    const hashed = await hashWachtwoord('correct paard batterij');
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await controleerWachtwoord(hashed, 'correct paard batterij')).toBe(true);
    expect(await controleerWachtwoord(hashed, 'correct paard batterijen')).toBe(false);
  });
});
