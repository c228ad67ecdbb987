import { useEffect, useState } from 'react';

/**
 * Reads `#token=…` from the address once and removes it from the address bar and history,
 * so the single-use token does not linger where others may see it. The token is in the
 * fragment because browsers never send a fragment to a server or in a Referer.
 *
 * Reading happens during render and may run more than once (React can throw away a first
 * render, e.g. of a page whose code has just loaded); removing happens once the page is on
 * screen, so a second read still finds the token.
 */
export function useTokenUitFragment(): string | undefined {
  const [token] = useState(
    () => new URLSearchParams(window.location.hash.slice(1)).get('token') || undefined,
  );
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, []);
  return token;
}
