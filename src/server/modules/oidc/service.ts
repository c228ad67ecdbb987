import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { type Actor, MEDEWERKER_ROLLEN } from '../../platform/auth/actor.ts';
import { hashToken, sameSecret } from '../../platform/auth/session-cookie.ts';
import { KringError } from '../../platform/http/problem.ts';
import type { ScopeFactory } from '../../platform/tenancy/gemeente-scope.ts';
import type { AccountsService } from '../accounts/service.ts';
import type { NieuweSessie, SessiesService } from '../sessies/service.ts';
import {
  type NieuweOidcProvider,
  nieuweOidcProviderSchema,
  type OidcProvider,
  type OidcProviderWijziging,
  oidcProviderWijzigingSchema,
  type PubliekeProvider,
} from './model.ts';
import {
  acrTweedeFactorProblemen,
  beoordeelAcr,
  naamUitClaims,
  redirectUri,
} from './oidc-regels.ts';
import type { OidcRepository, ProviderRij } from './repository.ts';

/** A pending login lives 10 minutes and is used once. */
export const AUTORISATIE_MS = 10 * 60_000;
/** Discovery documents and keys are read again after this long. */
const DISCOVERY_CACHE_MS = 10 * 60_000;

/** Why an OIDC login failed; never shown to the user (they get one generic message). */
export class OidcLoginMislukt extends Error {
  readonly reden: string;
  constructor(reden: string) {
    super(`OIDC-login mislukt: ${reden}`);
    this.name = 'OidcLoginMislukt';
    this.reden = reden;
  }
}

export interface OidcStart {
  url: string;
  state: string;
  maxAgeSeconds: number;
}

function magBeheren(actor: Actor): void {
  if (!actor.platformbeheerder && !actor.rollen.some((r) => r.rol === 'functioneel-beheerder')) {
    throw new KringError('KRING_GEEN_TOEGANG', 'U heeft geen toegang tot dit onderdeel.');
  }
}

export function createOidcService(
  scopeOf: ScopeFactory,
  repository: OidcRepository,
  deps: { accounts: AccountsService; sessies: SessiesService },
  options: { env: Record<string, string | undefined> },
) {
  const configs = new Map<string, { config: client.Configuration; at: number }>();

  function toProvider(row: ProviderRij, origin: string): OidcProvider {
    return {
      id: row.id,
      slug: row.slug,
      naam: row.naam,
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecretEnv: row.client_secret_env,
      clientSecretAanwezig: row.client_secret_env
        ? Boolean(options.env[row.client_secret_env])
        : false,
      scopes: row.scopes,
      doelgroep: row.doelgroep,
      acrWaarden: row.acr_waarden,
      acrTweedeFactor: row.acr_tweede_factor,
      actief: row.actief,
      redirectUri: redirectUri(origin, row.id),
    };
  }

  /** Discovery (issuer, endpoints, JWKS) per provider, cached; http only on loopback. */
  async function configuratie(p: ProviderRij): Promise<client.Configuration> {
    const secret = p.client_secret_env ? options.env[p.client_secret_env] : undefined;
    if (p.client_secret_env && !secret) throw new OidcLoginMislukt('clientgeheim ontbreekt');
    const key = [
      p.gemeente_id,
      p.id,
      p.issuer,
      p.client_id,
      secret ? createHash('sha256').update(secret).digest('base64url') : '',
    ].join('|');
    const cached = configs.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_CACHE_MS) return cached.config;
    const issuer = new URL(p.issuer);
    let config: client.Configuration;
    try {
      config = await client.discovery(
        issuer,
        p.client_id,
        secret ? { client_secret: secret } : undefined,
        secret ? client.ClientSecretBasic(secret) : client.None(),
        {
          timeout: 10,
          ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
        },
      );
    } catch {
      throw new OidcLoginMislukt('discovery');
    }
    // Check the ID token's signature against the provider's keys (JWKS), not only TLS.
    client.enableNonRepudiationChecks(config);
    configs.set(key, { config, at: Date.now() });
    return config;
  }

  async function beheerdeProvider(gemeenteId: number, id: string): Promise<ProviderRij> {
    const row = await repository.provider(scopeOf(gemeenteId), id);
    if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Deze inlogdienst bestaat niet.');
    return row;
  }

  function controleerAcr(data: { acrWaarden?: string[]; acrTweedeFactor?: string[] }): void {
    const verkeerd = acrTweedeFactorProblemen({
      acrWaarden: data.acrWaarden ?? [],
      acrTweedeFactor: data.acrTweedeFactor ?? [],
    });
    if (verkeerd.length > 0) {
      throw new KringError(
        'KRING_VALIDATIE',
        'Een acr-waarde voor de tweede factor staat niet bij de toegestane waarden.',
        [
          {
            name: 'body.acrTweedeFactor',
            code: 'custom',
            reason: 'Zet deze waarde ook bij de toegestane acr-waarden.',
          },
        ],
      );
    }
  }

  async function maakProvider(
    gemeenteId: number,
    door: string | null,
    input: NieuweOidcProvider,
    origin: string,
  ): Promise<OidcProvider> {
    const data = nieuweOidcProviderSchema.parse(input);
    controleerAcr(data);
    return scopeOf(gemeenteId).transaction(async (scope) => {
      if (await repository.providerBySlug(scope, data.slug)) {
        throw new KringError('KRING_CONFLICT', 'Er is al een inlogdienst met deze korte naam.');
      }
      const row = await repository.insertProvider(scope, {
        slug: data.slug,
        naam: data.naam,
        issuer: data.issuer,
        client_id: data.clientId,
        client_secret_env: data.clientSecretEnv,
        scopes: data.scopes,
        doelgroep: data.doelgroep,
        acr_waarden: data.acrWaarden,
        acr_tweede_factor: data.acrTweedeFactor,
      });
      await repository.beheerGebeurtenis(scope, {
        door,
        soort: 'oidc-provider-aangemaakt',
        providerId: row.id,
        details: { doelgroep: data.doelgroep },
      });
      return toProvider(row, origin);
    });
  }

  return {
    /** The active providers of a gemeente, for the buttons on the login page. */
    async publiekeLijst(gemeenteId: number): Promise<PubliekeProvider[]> {
      const rows = await repository.providers(scopeOf(gemeenteId), true);
      return rows.map((r) => ({ id: r.id, naam: r.naam, doelgroep: r.doelgroep }));
    },

    /**
     * Starts a login: state, nonce and PKCE verifier are kept server-side (only the state's
     * hash); the caller puts the state in a short cookie and redirects to `url`.
     */
    async startAutorisatie(
      gemeenteId: number,
      providerId: string,
      origin: string,
      ip: string,
    ): Promise<OidcStart> {
      const scope = scopeOf(gemeenteId);
      const provider = await repository.provider(scope, providerId);
      if (!provider?.actief) {
        throw new KringError('KRING_NIET_GEVONDEN', 'Deze inlogdienst bestaat niet.');
      }
      let config: client.Configuration;
      try {
        config = await configuratie(provider);
      } catch (err) {
        await repository.authenticatieGebeurtenis(scope, {
          accountId: null,
          soort: 'oidc-start',
          uitkomst: 'mislukt',
          ip,
        });
        throw err;
      }
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      const redirect = redirectUri(origin, provider.id);
      await repository.deleteVerlopenAutorisaties(scope);
      await repository.insertAutorisatie(scope, hashToken(state), {
        providerId: provider.id,
        nonce,
        codeVerifier,
        redirectUri: redirect,
        verlooptOp: new Date(Date.now() + AUTORISATIE_MS),
      });
      const parameters: Record<string, string> = {
        redirect_uri: redirect,
        scope: provider.scopes.join(' '),
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      };
      if (provider.acr_waarden.length > 0) parameters.acr_values = provider.acr_waarden.join(' ');
      return {
        url: client.buildAuthorizationUrl(config, parameters).href,
        state,
        maxAgeSeconds: AUTORISATIE_MS / 1000,
      };
    },

    /**
     * Finishes a login: the state must match the browser's cookie and a pending login
     * (once); the code is exchanged with the PKCE verifier; the ID token's issuer,
     * audience, signature, nonce and acr are checked. Then the account is found by
     * (provider, sub) — created for residents, only linked for staff — and a session starts.
     */
    async callback(
      gemeenteId: number,
      providerId: string,
      input: { query: URLSearchParams; cookieState: string | undefined; ip: string },
    ): Promise<NieuweSessie> {
      const scope = scopeOf(gemeenteId);
      const mislukt = async (reden: string, accountId: string | null = null): Promise<never> => {
        await repository.authenticatieGebeurtenis(scope, {
          accountId,
          soort: 'oidc-login',
          uitkomst: 'mislukt',
          ip: input.ip,
        });
        throw new OidcLoginMislukt(reden);
      };

      const state = input.query.get('state');
      if (!state || !input.cookieState || !sameSecret(state, input.cookieState)) {
        return mislukt('state past niet bij deze browser');
      }
      const pending = await repository.takeAutorisatie(scope, hashToken(state));
      if (!pending || pending.providerId !== providerId || pending.verlooptOp < new Date()) {
        return mislukt('onbekende, gebruikte of verlopen state');
      }
      const provider = await repository.provider(scope, providerId);
      if (!provider?.actief) return mislukt('inlogdienst niet actief');

      let claims: Record<string, unknown>;
      let userinfo: () => Promise<Record<string, unknown>>;
      try {
        const config = await configuratie(provider);
        const currentUrl = new URL(pending.redirectUri);
        currentUrl.search = input.query.toString();
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new OidcLoginMislukt('geen ID-token');
        claims = idToken as Record<string, unknown>;
        userinfo = async () =>
          (await client.fetchUserInfo(config, tokens.access_token, idToken.sub)) as Record<
            string,
            unknown
          >;
      } catch {
        return mislukt('code, token of ID-token ongeldig');
      }
      const sub = claims.sub;
      if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) {
        return mislukt('sub ongeldig');
      }
      const acr = beoordeelAcr(
        { acrWaarden: provider.acr_waarden, acrTweedeFactor: provider.acr_tweede_factor },
        claims.acr,
      );
      if (!acr.toegestaan) return mislukt('acr niet toegestaan');

      let accountId = await repository.identiteit(scope, provider.id, sub);
      if (provider.doelgroep === 'inwoners') {
        if (!accountId) {
          // First login: a person account with the inwoner role. The broker's e-mail is
          // kept only when it vouches for it and no other account uses it; never linked.
          const email =
            typeof claims.email === 'string' && claims.email_verified === true
              ? claims.email.toLowerCase()
              : null;
          const vrij = email && !(await deps.accounts.findByEmail(email)) ? email : null;
          const nieuw = await deps.accounts.createZonderWachtwoord({
            naam: naamUitClaims(claims),
            email: vrij,
            emailGeverifieerd: vrij !== null,
          });
          accountId = nieuw.id;
          await scope.transaction(async (trx) => {
            await deps.accounts.grantRole(trx, nieuw.id, { rol: 'inwoner' });
            await repository.insertIdentiteit(trx, provider.id, sub, nieuw.id);
          });
        }
        const account = await deps.accounts.findById(accountId);
        if (!account?.actief) return mislukt('account uitgezet', accountId);
      } else {
        let nieuwGekoppeld = false;
        if (!accountId) {
          // Staff are never created here: link once to an existing account by a verified e-mail.
          let bron = claims;
          if (typeof bron.email !== 'string') {
            try {
              bron = await userinfo();
            } catch {
              return mislukt('userinfo');
            }
          }
          if (typeof bron.email !== 'string' || bron.email_verified !== true) {
            return mislukt('geen geverifieerd e-mailadres');
          }
          const bestaand = await deps.accounts.findByEmail(bron.email);
          if (!bestaand) return mislukt('geen account voor deze medewerker');
          accountId = bestaand.id;
          nieuwGekoppeld = true;
        }
        const account = await deps.accounts.findById(accountId);
        if (!account?.actief) return mislukt('account uitgezet', accountId);
        const rollen = await deps.accounts.rolesOf(scope, accountId);
        if (!rollen.some((r) => MEDEWERKER_ROLLEN.has(r.rol))) {
          return mislukt('geen medewerkersrol in deze gemeente', accountId);
        }
        if (nieuwGekoppeld) await repository.insertIdentiteit(scope, provider.id, sub, accountId);
      }
      await repository.touchIdentiteit(scope, provider.id, sub);
      const sessie = await deps.sessies.start(
        gemeenteId,
        accountId,
        `oidc:${provider.slug}`,
        acr.tweedeFactor,
      );
      await repository.authenticatieGebeurtenis(scope, {
        accountId,
        soort: 'oidc-login',
        uitkomst: 'gelukt',
        ip: input.ip,
      });
      return sessie;
    },

    /** Every provider of the gemeente with its settings, for the gemeente admin. */
    async lijst(actor: Actor, origin: string): Promise<OidcProvider[]> {
      magBeheren(actor);
      const rows = await repository.providers(scopeOf(actor.gemeenteId), false);
      return rows.map((r) => toProvider(r, origin));
    },

    async maak(actor: Actor, input: NieuweOidcProvider, origin: string): Promise<OidcProvider> {
      magBeheren(actor);
      return maakProvider(actor.gemeenteId, actor.accountId, input, origin);
    },

    /** `kring oidc add`: the same rules, without a logged-in actor. */
    async maakViaCli(gemeenteId: number, input: NieuweOidcProvider): Promise<OidcProvider> {
      return maakProvider(gemeenteId, null, input, '');
    },

    async wijzig(
      actor: Actor,
      id: string,
      input: OidcProviderWijziging,
      origin: string,
    ): Promise<OidcProvider> {
      magBeheren(actor);
      const data = oidcProviderWijzigingSchema.parse(input);
      const huidig = await beheerdeProvider(actor.gemeenteId, id);
      controleerAcr({
        acrWaarden: data.acrWaarden ?? huidig.acr_waarden,
        acrTweedeFactor: data.acrTweedeFactor ?? huidig.acr_tweede_factor,
      });
      return scopeOf(actor.gemeenteId).transaction(async (scope) => {
        const row = await repository.updateProvider(scope, id, {
          ...(data.naam !== undefined ? { naam: data.naam } : {}),
          ...(data.issuer !== undefined ? { issuer: data.issuer } : {}),
          ...(data.clientId !== undefined ? { client_id: data.clientId } : {}),
          ...(data.clientSecretEnv !== undefined
            ? { client_secret_env: data.clientSecretEnv }
            : {}),
          ...(data.scopes !== undefined ? { scopes: data.scopes } : {}),
          ...(data.acrWaarden !== undefined ? { acr_waarden: data.acrWaarden } : {}),
          ...(data.acrTweedeFactor !== undefined
            ? { acr_tweede_factor: data.acrTweedeFactor }
            : {}),
          ...(data.actief !== undefined ? { actief: data.actief } : {}),
        });
        if (!row) throw new KringError('KRING_NIET_GEVONDEN', 'Deze inlogdienst bestaat niet.');
        await repository.beheerGebeurtenis(scope, {
          door: actor.accountId,
          soort: 'oidc-provider-gewijzigd',
          providerId: id,
          details: { velden: Object.keys(data).filter((k) => k in (input as object)) },
        });
        return toProvider(row, origin);
      });
    },
  };
}

export type OidcService = ReturnType<typeof createOidcService>;
