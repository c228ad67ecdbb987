/**
 * The rules of an OpenID Connect login that need no I/O: which issuer URLs are allowed,
 * which `acr` (level of assurance, NL GOV profile) is accepted, and whether it counts as
 * a second factor.
 */

/** Plain http only for a provider on this machine (development and tests). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.endsWith('.localhost');
}

/** An issuer must be https, except on loopback; no query, fragment or credentials. */
export function issuerToegestaan(issuer: string): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

export interface AcrBeleid {
  /** When not empty, only these acr values are accepted. */
  acrWaarden: readonly string[];
  /** The acr values that mean the provider did a second factor. */
  acrTweedeFactor: readonly string[];
}

export type AcrOordeel =
  | { toegestaan: true; tweedeFactor: boolean }
  | { toegestaan: false; tweedeFactor: false };

/**
 * Decides on the `acr` claim of an ID token. A missing acr is only accepted when the
 * provider has no list of accepted values, and it never counts as a second factor.
 */
export function beoordeelAcr(beleid: AcrBeleid, acr: unknown): AcrOordeel {
  const waarde = typeof acr === 'string' && acr.length > 0 ? acr : undefined;
  if (beleid.acrWaarden.length > 0 && (waarde === undefined || !beleid.acrWaarden.includes(waarde)))
    return { toegestaan: false, tweedeFactor: false };
  return {
    toegestaan: true,
    tweedeFactor: waarde !== undefined && beleid.acrTweedeFactor.includes(waarde),
  };
}

/** Second-factor acr values must be among the accepted ones (when that list is set). */
export function acrTweedeFactorProblemen(beleid: AcrBeleid): string[] {
  if (beleid.acrWaarden.length === 0) return [];
  return beleid.acrTweedeFactor.filter((v) => !beleid.acrWaarden.includes(v));
}

/** The callback URL a provider must have registered for this Kring, per host name. */
export function redirectUri(origin: string, providerId: string): string {
  return `${origin.replace(/\/+$/, '')}/api/v1/oidc-providers/${providerId}/callback`;
}

/** The name Kring gives a new resident account, from the claims a broker may send. */
export function naamUitClaims(claims: Record<string, unknown>): string {
  const tekst = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const naam =
    tekst(claims.name) ||
    [tekst(claims.given_name), tekst(claims.family_name)].filter(Boolean).join(' ');
  return naam.slice(0, 200) || 'Inwoner';
}
