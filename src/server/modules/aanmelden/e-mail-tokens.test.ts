import { describe, expect, it } from 'vitest';
import { isBruikbaar, linkNaar, verlooptOp } from './e-mail-tokens.ts';

const nu = new Date('2026-11-23T09:00:00Z');

describe('e-mail tokens', () => {
  it('a reset link lives exactly 30 minutes, a verification link a day', () => {
    const tot = verlooptOp('wachtwoord-herstel', nu);
    expect(tot.toISOString()).toBe('2026-11-23T09:30:00.000Z');
    expect(isBruikbaar({ verlooptOp: tot, gebruiktOp: null }, new Date(tot.getTime() - 1))).toBe(
      true,
    );
    expect(isBruikbaar({ verlooptOp: tot, gebruiktOp: null }, tot)).toBe(false);
    expect(verlooptOp('email-verificatie', nu).toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('a used link is never usable again', () => {
    expect(
      isBruikbaar({ verlooptOp: verlooptOp('wachtwoord-herstel', nu), gebruiktOp: nu }, nu),
    ).toBe(false);
  });

  it('puts the token in the fragment, not the path or query', () => {
    const link = new URL(linkNaar('https://stein.example.nl/', 'wachtwoord-herstel', 'abc'));
    expect(link.pathname).toBe('/wachtwoord-herstellen');
    expect(link.search).toBe('');
    expect(link.hash).toBe('#token=abc');
  });
});
