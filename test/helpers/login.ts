import { isLocalHost, sessionCookieName } from '../../src/server/platform/auth/session-cookie.ts';
import type { TestApp } from './test-app.ts';

export interface TestLogin {
  /** Headers for a request as this account: session cookie, CSRF token and host. */
  headers: Record<string, string>;
  csrfToken: string;
  token: string;
}

/**
 * A session for an account, made directly through the sessies service (the login flow
 * itself has its own tests). `mfa: true` marks the second factor as done.
 */
export async function loginAls(
  t: TestApp,
  options: { gemeenteId: number; accountId: string; host?: string; mfa?: boolean },
): Promise<TestLogin> {
  const sessie = await t.services.sessies.start(
    options.gemeenteId,
    options.accountId,
    'wachtwoord',
    options.mfa ?? true,
  );
  const host = options.host ?? 'localhost';
  return {
    token: sessie.token,
    csrfToken: sessie.csrfToken,
    headers: {
      cookie: `${sessionCookieName(!isLocalHost(host))}=${sessie.token}`,
      'x-csrf-token': sessie.csrfToken,
      host,
    },
  };
}
