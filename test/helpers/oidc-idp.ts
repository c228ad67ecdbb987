import {
  createPrivateKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
  sign,
} from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 for tests, with:
 * - one login per interaction, decided by the test (`idp.volgende`): sub, acr, e-mail;
 * - a token endpoint that can be told to hand out a tampered ID token (wrong audience,
 *   wrong issuer, broken signature) — re-signed with the provider's own key where needed,
 *   so only the one thing under test is wrong.
 */

export interface IdpGebruiker {
  sub: string;
  acr?: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export type Sabotage = 'aud' | 'iss' | 'handtekening' | undefined;

export interface TestIdp {
  issuer: string;
  volgende: IdpGebruiker;
  sabotage: Sabotage;
  /** Registers a confidential client (client_secret_basic, PKCE required). */
  clients: { clientId: string; clientSecret: string; redirectUri: string }[];
  close(): Promise<void>;
}

export const ACR_BASIS = 'urn:kring:test:acr:basis';
export const ACR_TWEE_FACTOR = 'urn:kring:test:acr:twee-factor';

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

function herteken(
  jwt: string,
  verander: (claims: Record<string, unknown>) => void,
  key: KeyObject | null,
): string {
  const [header, payload, handtekening] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
  verander(claims);
  const body = `${header}.${base64url(JSON.stringify(claims))}`;
  if (!key) return `${body}.${handtekening}`;
  return `${body}.${base64url(sign('RSA-SHA256', Buffer.from(body), key))}`;
}

async function lees(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startTestIdp(
  clients: { clientId: string; clientSecret: string; redirectUris: string[] }[],
): Promise<TestIdp> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const signKey = createPrivateKey({ key: jwk, format: 'jwk' });

  // The issuer's port must be known before the provider is made: listen first.
  const front: Server = createServer();
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  const gebruikers = new Map<string, IdpGebruiker>();

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    acrValues: [ACR_BASIS, ACR_TWEE_FACTOR],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-test-cookie-key'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: async (_ctx, sub) => {
      const gebruiker = gebruikers.get(sub);
      if (!gebruiker) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          ...(gebruiker.email
            ? { email: gebruiker.email, email_verified: gebruiker.emailVerified ?? false }
            : {}),
          ...(gebruiker.name ? { name: gebruiker.name } : {}),
        }),
      };
    },
  });
  const handler = provider.callback();

  // The provider's own listener, used by the front door to fetch a real token response.
  const achter = createServer(handler);
  await new Promise<void>((r) => achter.listen(0, '127.0.0.1', r));
  const achterUrl = `http://127.0.0.1:${(achter.address() as AddressInfo).port}`;

  const idp: TestIdp = {
    issuer,
    volgende: { sub: 'niemand' },
    sabotage: undefined,
    clients: [],
    async close() {
      await new Promise((r) => front.close(r));
      await new Promise((r) => achter.close(r));
    },
  };

  async function interactie(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const gebruiker = idp.volgende;
    gebruikers.set(gebruiker.sub, gebruiker);
    const clientId = String(details.params.client_id);
    const grant = new provider.Grant({ accountId: gebruiker.sub, clientId });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      {
        login: { accountId: gebruiker.sub, ...(gebruiker.acr ? { acr: gebruiker.acr } : {}) },
        consent: { grantId },
      },
      { mergeWithLastSubmission: false },
    );
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await lees(req);
    const antwoord = await fetch(`${achterUrl}/token`, {
      method: 'POST',
      headers: {
        'content-type': String(req.headers['content-type']),
        authorization: String(req.headers.authorization ?? ''),
      },
      body: new Uint8Array(body),
    });
    const json = (await antwoord.json()) as Record<string, unknown>;
    const idToken = json.id_token;
    if (antwoord.ok && typeof idToken === 'string') {
      const sabotage = idp.sabotage;
      if (sabotage === 'aud')
        json.id_token = herteken(
          idToken,
          (c) => {
            c.aud = 'een-andere-client';
          },
          signKey,
        );
      if (sabotage === 'iss')
        json.id_token = herteken(
          idToken,
          (c) => {
            c.iss = 'https://nep.example';
          },
          signKey,
        );
      if (sabotage === 'handtekening')
        json.id_token = herteken(
          idToken,
          (c) => {
            c.sub = 'iemand-anders';
          },
          null,
        );
    }
    res.writeHead(antwoord.status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(json));
  }

  front.on('request', (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const work = path.startsWith('/interaction/')
      ? interactie(req, res)
      : path === '/token' && idp.sabotage
        ? token(req, res)
        : Promise.resolve(handler(req, res));
    work.catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  return idp;
}

/** A tiny cookie jar (names are unique across Kring and the test provider). */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair?.indexOf('=') ?? -1;
      if (!pair || i < 0) continue;
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line))
        this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  delete(name: string): void {
    this.#cookies.delete(name);
  }

  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Follows redirects like a browser (manual handling, carrying cookies) until the browser
 * lands on a page of `stopOrigin` outside the API. Returns that URL and every URL visited.
 */
export async function volgRedirects(
  start: string,
  jar: CookieJar,
  stopOrigin: string,
  onderweg?: (url: URL) => URL | undefined,
): Promise<{ eind: URL; bezocht: URL[] }> {
  let url = new URL(start);
  const bezocht: URL[] = [];
  for (let i = 0; i < 20; i++) {
    url = onderweg?.(url) ?? url;
    bezocht.push(url);
    if (url.origin === stopOrigin && !url.pathname.startsWith('/api/'))
      return { eind: url, bezocht };
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: jar.header() },
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) {
      throw new Error(
        `stopped at ${url.pathname} with ${response.status}: ${await response.text()}`,
      );
    }
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}
