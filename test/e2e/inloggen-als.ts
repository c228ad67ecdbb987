import type { BrowserContext } from 'playwright-core';
import type { E2E } from './harness.ts';

/**
 * Logs a browser context in as a demo account without going through the login form:
 * a session made server-side (`sessies.start`, MFA done) and its cookie set in the context.
 * The login flows themselves have their own tests; this is for journeys behind the login.
 */
export async function inloggenAls(
  e2e: E2E,
  context: BrowserContext,
  email: string,
): Promise<{ token: string; accountId: string }> {
  const { services } = e2e.kring;
  const account = await services.accounts.findByEmail(email);
  if (!account) throw new Error(`no demo account ${email}`);
  const gemeente = await services.gemeenten.ref('GM0882');
  const sessie = await services.sessies.start(gemeente.id, account.id, 'wachtwoord', true);
  // Kring runs on 127.0.0.1 in the tests: the localhost cookie name, without Secure.
  await context.addCookies([
    { name: 'kring-sessie', value: sessie.token, url: e2e.url, httpOnly: true, sameSite: 'Strict' },
  ]);
  return { token: sessie.token, accountId: account.id };
}
