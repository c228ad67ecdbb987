import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { KringError } from '../http/problem.ts';
import type { Actor } from './actor.ts';
import { hashToken, isLocalHost, sameSecret, sessionCookieName } from './session-cookie.ts';

/** Finds the actor of a session token in a gemeente; undefined when none or expired. */
export type SessionResolver = (
  gemeenteId: number,
  tokenHash: string,
  ip: string,
) => Promise<Actor | undefined>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSecureRequest(request: FastifyRequest): boolean {
  return !isLocalHost(request.hostname);
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Secure and `__Host-` except on localhost. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
): void {
  const secure = isSecureRequest(request);
  reply.setCookie(sessionCookieName(secure), token, {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: 'strict',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const secure = isSecureRequest(request);
  reply.clearCookie(sessionCookieName(secure), {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: 'strict',
  });
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookieName(isSecureRequest(request))];
}

/**
 * Sessions and CSRF protection for the API:
 * - the session cookie leads to an Actor (in the request's gemeente only);
 * - a state-changing request must come from this site (Sec-Fetch-Site / Origin), and with
 *   a session it must carry the session's CSRF token in `X-CSRF-Token`;
 * - API responses are never cached (`Cache-Control: no-store`): they may hold person data.
 */
export async function registerSessions(
  app: FastifyInstance,
  resolve: SessionResolver,
): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', undefined);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = sessionTokenOf(request);
    if (token && request.gemeente) {
      request.actor = await resolve(request.gemeente.id, hashToken(token), request.ip);
    }
    if (SAFE_METHODS.has(request.method)) return;

    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossSite =
      (typeof site === 'string' && site !== 'same-origin' && site !== 'none') ||
      (typeof origin === 'string' && originHost(origin) !== request.host);
    if (crossSite) {
      throw new KringError('KRING_GEEN_TOEGANG', 'Dit verzoek komt niet van deze website.');
    }
    // A cookie that leads to no session (expired, ended) authenticates nothing, so there is
    // nothing to forge; the request counts as anonymous (e.g. logging in again after the
    // idle timeout). Login CSRF is stopped by the same-site check above.
    if (token && request.actor) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameSecret(given, request.actor.sessie.csrfToken)) {
        throw new KringError(
          'KRING_GEEN_TOEGANG',
          'De beveiligingscode ontbreekt of is verlopen. Laad de pagina opnieuw.',
        );
      }
    }
  });

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/v1/') && !request.url.startsWith('/api/v1/docs')) {
      reply.header('Cache-Control', 'no-store');
    }
  });
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
