import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.ts';

export interface Browser {
  host: string;
  ip: string;
  cookie: string | undefined;
  csrf: string | undefined;
}

/** A browser-like client for app.inject: keeps the session cookie and the CSRF token. */
export function browser(host: string, ip: string): Browser {
  return { host, ip, cookie: undefined, csrf: undefined };
}

export function sessieCookie(res: LightMyRequestResponse): string | undefined {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const found = all.find((c) => /kring-sessie=/.test(c));
  return found?.split(';')[0];
}

export async function verzoek(
  t: TestApp,
  b: Browser,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { host: b.host };
  if (b.cookie) headers.cookie = b.cookie;
  if (b.csrf && method !== 'GET') headers['x-csrf-token'] = b.csrf;
  const res = await t.app.inject({
    method,
    url,
    headers,
    remoteAddress: b.ip,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const cookie = sessieCookie(res);
  if (cookie !== undefined) b.cookie = cookie.endsWith('=') ? undefined : cookie;
  if (res.statusCode < 300 && res.headers['content-type']?.includes('json')) {
    const body = res.json() as { csrfToken?: unknown } | null;
    if (typeof body?.csrfToken === 'string') b.csrf = body.csrfToken;
  }
  return res;
}

export const inloggen = (t: TestApp, b: Browser, email: string, wachtwoord: string) =>
  verzoek(t, b, 'POST', '/api/v1/sessies', { email, wachtwoord });
