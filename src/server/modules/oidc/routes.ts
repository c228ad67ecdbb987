import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/actor.ts';
import { isSecureRequest, setSessionCookie } from '../../platform/auth/sessions.ts';
import { requireGemeente } from '../../platform/tenancy/request-gemeente.ts';
import {
  nieuweOidcProviderSchema,
  oidcProviderSchema,
  oidcProvidersSchema,
  oidcProviderWijzigingSchema,
  providerIdParamsSchema,
  publiekeProvidersSchema,
} from './model.ts';
import { OidcLoginMislukt, type OidcService } from './service.ts';

/** Where the browser lands after a login through a provider: no tokens or personal data. */
export const OIDC_KLAAR_PAD = '/inloggen/klaar';
export const OIDC_MISLUKT_PAD = '/inloggen/klaar?fout=oidc';

/** The state also lives in a short cookie, so a callback only works in the browser that started it. */
function stateCookieName(request: FastifyRequest): string {
  return isSecureRequest(request) ? '__Host-kring-oidc' : 'kring-oidc';
}

function stateCookieOptions(request: FastifyRequest) {
  // Lax, not Strict: the callback is a top-level navigation coming from the provider.
  return { path: '/', httpOnly: true, secure: isSecureRequest(request), sameSite: 'lax' as const };
}

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

const redirectResponse = {
  302: z.null().describe('Redirect; see the Location header.'),
};

export const oidcRoutes: FastifyPluginAsyncZod<{ service: OidcService }> = async (
  app,
  { service },
) => {
  app.get(
    '/oidc-providers',
    {
      schema: {
        operationId: 'listOidcProviders',
        tags: ['Inloggen met OpenID Connect'],
        summary: 'The identity providers of this gemeente, for the buttons on the login page',
        description:
          'Public. Only active providers, with their name and audience (residents or staff).',
        response: { 200: publiekeProvidersSchema },
      },
    },
    async (request) => ({
      providers: await service.publiekeLijst(requireGemeente(request).id),
    }),
  );

  app.get(
    '/oidc-providers/:id/autorisatie',
    {
      schema: {
        operationId: 'startOidcAutorisatie',
        tags: ['Inloggen met OpenID Connect'],
        summary: 'Start logging in at a provider: redirects the browser to it',
        description:
          'Authorization code flow with PKCE (S256), state and nonce, kept server-side for 10 minutes and usable once. A browser navigation, not an API call.',
        params: providerIdParamsSchema,
        response: redirectResponse,
      },
    },
    async (request, reply) => {
      const gemeente = requireGemeente(request);
      try {
        const start = await service.startAutorisatie(
          gemeente.id,
          request.params.id,
          originOf(request),
          request.ip,
        );
        reply.setCookie(stateCookieName(request), start.state, {
          ...stateCookieOptions(request),
          maxAge: start.maxAgeSeconds,
        });
        return reply.redirect(start.url, 302);
      } catch (err) {
        if (err instanceof OidcLoginMislukt) return mislukt(request, reply, err);
        throw err;
      }
    },
  );

  app.get(
    '/oidc-providers/:id/callback',
    {
      schema: {
        operationId: 'finishOidcAutorisatie',
        tags: ['Inloggen met OpenID Connect'],
        summary: 'The redirect URI: the provider sends the browser back here with a code',
        description: `Checks state (against the browser's cookie), PKCE, issuer, audience, signature, nonce and acr, then starts a session and redirects to ${OIDC_KLAAR_PAD}; on any failure to ${OIDC_MISLUKT_PAD}.`,
        params: providerIdParamsSchema,
        querystring: z.looseObject({
          code: z.string().max(4096).optional(),
          state: z.string().max(512).optional(),
          iss: z.string().max(500).optional(),
          error: z.string().max(200).optional(),
        }),
        response: redirectResponse,
      },
    },
    async (request, reply) => {
      const gemeente = requireGemeente(request);
      const cookieState = request.cookies[stateCookieName(request)];
      reply.clearCookie(stateCookieName(request), stateCookieOptions(request));
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      try {
        const sessie = await service.callback(gemeente.id, request.params.id, {
          query: new URLSearchParams(search),
          cookieState,
          ip: request.ip,
        });
        setSessionCookie(request, reply, sessie.token, sessie.maxAgeSeconds);
        return reply.redirect(OIDC_KLAAR_PAD, 302);
      } catch (err) {
        if (err instanceof OidcLoginMislukt) return mislukt(request, reply, err);
        throw err;
      }
    },
  );

  app.get(
    '/beheer/oidc-providers',
    {
      schema: {
        operationId: 'listBeheerOidcProviders',
        tags: ['Inloggen met OpenID Connect'],
        summary: "The gemeente's identity providers with their settings (gemeente admin)",
        response: { 200: oidcProvidersSchema },
      },
    },
    async (request) => ({
      providers: await service.lijst(requireActor(request), originOf(request)),
    }),
  );

  app.post(
    '/beheer/oidc-providers',
    {
      schema: {
        operationId: 'createOidcProvider',
        tags: ['Inloggen met OpenID Connect'],
        summary: 'Connect an identity provider (gemeente admin)',
        description:
          'The client secret is never sent or stored: give the name of the environment variable that holds it on the server.',
        body: nieuweOidcProviderSchema,
        response: { 201: oidcProviderSchema },
      },
    },
    async (request, reply) => {
      const provider = await service.maak(requireActor(request), request.body, originOf(request));
      return reply.code(201).send(provider);
    },
  );

  app.patch(
    '/beheer/oidc-providers/:id',
    {
      schema: {
        operationId: 'updateOidcProvider',
        tags: ['Inloggen met OpenID Connect'],
        summary: 'Change or switch off an identity provider (gemeente admin)',
        params: providerIdParamsSchema,
        body: oidcProviderWijzigingSchema,
        response: { 200: oidcProviderSchema },
      },
    },
    async (request) =>
      service.wijzig(requireActor(request), request.params.id, request.body, originOf(request)),
  );
};

function mislukt(request: FastifyRequest, reply: FastifyReply, err: OidcLoginMislukt) {
  // The reason goes to the log (no personal data in it), the user gets one generic page.
  request.log.warn({ reden: err.reden }, 'oidc login failed');
  return reply.redirect(OIDC_MISLUKT_PAD, 302);
}
