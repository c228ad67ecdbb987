import { loginAls } from './login.ts';
import type { TestApp } from './test-app.ts';

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
export type Json = Record<string, any>;

export interface Antwoord {
  status: number;
  type: string;
  text: string;
  raw: Buffer;
  /** The JSON body (a problem too); {} for anything else. */
  body: Json;
}

/**
 * Requests to `/api/v1` through the HTTP app (made in the test's `beforeAll`, hence the
 * getter) as one of the test's accounts (by a short name), or without a session (`null`). Each request comes from a new client address
 * (10.`net`.x.y), so the rate limits per address never get in the way of a test.
 */
export function apiAls(
  app: () => TestApp,
  wereld: { host: string; net: number; gemeenteId: () => number; accounts: Record<string, string> },
) {
  let adres = 0;
  return async (
    wie: string | null,
    method: string,
    url: string,
    payload?: unknown,
  ): Promise<Antwoord> => {
    adres++;
    const headers =
      wie === null
        ? { host: wereld.host }
        : (
            await loginAls(app(), {
              gemeenteId: wereld.gemeenteId(),
              accountId: wereld.accounts[wie]!,
              host: wereld.host,
            })
          ).headers;
    const res = await app().app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers,
      remoteAddress: `10.${wereld.net}.${adres >> 8}.${adres & 255}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const type = String(res.headers['content-type'] ?? '');
    return {
      status: res.statusCode,
      type,
      text: res.body,
      raw: res.rawPayload,
      body: (res.body && type.includes('json') ? res.json() : {}) as Json,
    };
  };
}
