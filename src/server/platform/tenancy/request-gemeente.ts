import type { FastifyInstance, FastifyRequest } from 'fastify';
import { KringError } from '../http/problem.ts';

/** The gemeente (tenant) a request belongs to. */
export interface TenantRef {
  id: number;
  code: string;
  naam: string;
}

export type TenantResolver = (host: string) => Promise<TenantRef | undefined>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every request whose host name leads to a gemeente (see docs/deploy.md). */
    gemeente: TenantRef | undefined;
  }
}

/** Finds each request's gemeente from its host name before any route runs. */
export function registerTenancy(app: FastifyInstance, resolve: TenantResolver): void {
  app.decorateRequest('gemeente', undefined);
  app.addHook('onRequest', async (request) => {
    request.gemeente = await resolve(request.hostname);
  });
}

/** For routes that only make sense within a gemeente. */
export function requireGemeente(request: FastifyRequest): TenantRef {
  if (!request.gemeente) {
    throw new KringError(
      'KRING_GEMEENTE_ONBEKEND',
      'Bij dit adres hoort geen gemeente. Vraag de beheerder om de hostnaam in te stellen.',
    );
  }
  return request.gemeente;
}
