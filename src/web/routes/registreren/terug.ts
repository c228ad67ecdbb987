/**
 * Where to go after logging in or making an account: `?terug=/hulp-vragen/controleren`.
 * Only a path on this site is accepted — it starts with exactly one "/" and has no scheme,
 * host or backslash — so a link cannot send someone to another site after they log in
 * (an open redirect). Anything else gives `undefined`, and the page's own default is used.
 */
export function veiligTerugpad(terug: string | null | undefined): string | undefined {
  if (!terug || terug.length > 200) return undefined;
  if (!terug.startsWith('/') || terug.startsWith('//')) return undefined;
  if (/[\\\s]/.test(terug)) return undefined;
  // Control characters: browsers drop some of them from a URL, which could change its meaning.
  if ([...terug].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return undefined;
  try {
    const basis = 'https://kring.invalid';
    const url = new URL(terug, basis);
    if (url.origin !== basis) return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

/** The `terug` of the current address, checked; for links that pass it on. */
export function terugUit(search: string): string | undefined {
  return veiligTerugpad(new URLSearchParams(search).get('terug'));
}

/** `path?terug=…` when there is a return path, else `path`. */
export function metTerug(pad: string, terug: string | undefined): string {
  return terug ? `${pad}?terug=${encodeURIComponent(terug)}` : pad;
}

/**
 * Logging in at an identity provider (DigiD-like) leaves the site and comes back at
 * `/inloggen/klaar`, without our `?terug=`: the path waits in this tab meanwhile.
 */
const TERUG_SLEUTEL = 'kring.terug';

export function onthoudTerug(terug: string | undefined): void {
  try {
    if (terug) window.sessionStorage.setItem(TERUG_SLEUTEL, terug);
    else window.sessionStorage.removeItem(TERUG_SLEUTEL);
  } catch {
    // No storage (private mode): after the login the account page opens instead.
  }
}

/** The path remembered before the provider's login, checked again (`onthoudTerug()` clears it). */
export function terugNaInlogdienst(): string | undefined {
  try {
    return veiligTerugpad(window.sessionStorage.getItem(TERUG_SLEUTEL));
  } catch {
    return undefined;
  }
}
