import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acrTweedeFactorProblemen,
  beoordeelAcr,
  issuerToegestaan,
  naamUitClaims,
  redirectUri,
} from './oidc-regels.ts';

const SUBSTANTIEEL = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';
const BASIS = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';

describe('issuerToegestaan', () => {
  it('allows https anywhere and plain http only on this machine', () => {
    expect(issuerToegestaan('https://login.example.nl')).toBe(true);
    expect(issuerToegestaan('https://broker.example.nl/oidc/stein')).toBe(true);
    expect(issuerToegestaan('http://127.0.0.1:4000')).toBe(true);
    expect(issuerToegestaan('http://localhost:4000')).toBe(true);
    expect(issuerToegestaan('http://login.example.nl')).toBe(false);
    expect(issuerToegestaan('ftp://login.example.nl')).toBe(false);
    expect(issuerToegestaan('geen url')).toBe(false);
  });

  it('refuses credentials, a query or a fragment in the issuer', () => {
    expect(issuerToegestaan('https://user:pw@login.example.nl')).toBe(false);
    expect(issuerToegestaan('https://login.example.nl/?x=1')).toBe(false);
    expect(issuerToegestaan('https://login.example.nl/#x')).toBe(false);
  });
});

describe('beoordeelAcr', () => {
  const beleid = { acrWaarden: [BASIS, SUBSTANTIEEL], acrTweedeFactor: [SUBSTANTIEEL] };

  it('accepts a listed acr and says whether it is a second factor', () => {
    expect(beoordeelAcr(beleid, BASIS)).toEqual({ toegestaan: true, tweedeFactor: false });
    expect(beoordeelAcr(beleid, SUBSTANTIEEL)).toEqual({ toegestaan: true, tweedeFactor: true });
  });

  it('refuses an unlisted or missing acr when the provider has a list', () => {
    expect(beoordeelAcr(beleid, 'urn:iets:anders').toegestaan).toBe(false);
    expect(beoordeelAcr(beleid, undefined).toegestaan).toBe(false);
    expect(beoordeelAcr(beleid, 42).toegestaan).toBe(false);
  });

  it('accepts any acr without a list, but a missing one is never a second factor', () => {
    const open = { acrWaarden: [], acrTweedeFactor: [SUBSTANTIEEL] };
    expect(beoordeelAcr(open, undefined)).toEqual({ toegestaan: true, tweedeFactor: false });
    expect(beoordeelAcr(open, SUBSTANTIEEL)).toEqual({ toegestaan: true, tweedeFactor: true });
  });

  it('never calls an acr a second factor unless it is configured as one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 })),
        fc.array(fc.string({ minLength: 1 })),
        fc.option(fc.string()),
        (acrWaarden, acrTweedeFactor, acr) => {
          const oordeel = beoordeelAcr({ acrWaarden, acrTweedeFactor }, acr ?? undefined);
          if (oordeel.tweedeFactor) expect(acrTweedeFactor).toContain(acr);
          if (oordeel.toegestaan && acrWaarden.length > 0) expect(acrWaarden).toContain(acr);
        },
      ),
    );
  });

  it('names second-factor values that are not accepted values', () => {
    expect(
      acrTweedeFactorProblemen({ acrWaarden: [BASIS], acrTweedeFactor: [SUBSTANTIEEL] }),
    ).toEqual([SUBSTANTIEEL]);
    expect(acrTweedeFactorProblemen({ acrWaarden: [], acrTweedeFactor: [SUBSTANTIEEL] })).toEqual(
      [],
    );
  });
});

describe('redirectUri and naamUitClaims', () => {
  it('builds the callback address per host', () => {
    expect(redirectUri('https://stein.example.nl/', 'abc')).toBe(
      'https://stein.example.nl/api/v1/oidc-providers/abc/callback',
    );
  });

  it('takes the name from the claims, or a neutral one', () => {
    expect(naamUitClaims({ name: ' Ans Janssen ' })).toBe('Ans Janssen');
    expect(naamUitClaims({ given_name: 'Ans', family_name: 'Janssen' })).toBe('Ans Janssen');
    expect(naamUitClaims({ sub: 'x' })).toBe('Inwoner');
    expect(naamUitClaims({ name: 'a'.repeat(300) })).toHaveLength(200);
  });
});
