/**
 * Reads `#token=…` from the address once and removes it from the address bar and history,
 * so the single-use token does not linger where others may see it. The token is in the
 * fragment because browsers never send a fragment to a server or in a Referer.
 */
export function tokenUitFragment(): string | undefined {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? undefined;
  if (window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname);
  }
  return token || undefined;
}
