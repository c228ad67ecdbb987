import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import { sendProblem } from './error-handler.ts';
import { problemSchema, toProblem } from './problem.ts';

export interface ReadinessCheck {
  /** Resolves with the names of pending migrations; rejects when the database is unreachable. */
  pendingMigrations(): Promise<string[]>;
}

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.literal('ok'),
  database: z.literal('ok'),
  migraties: z.literal('ok'),
});

/** Liveness and readiness for load balancers and orchestrators. */
export const operationsRoutes: FastifyPluginAsyncZod<{ readiness: ReadinessCheck }> = async (
  app,
  { readiness },
) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['Beheer'],
        summary: 'Is the process alive?',
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        operationId: 'getReady',
        tags: ['Beheer'],
        summary: 'Can this instance serve requests (database reachable, migrations applied)?',
        response: { 200: readySchema, 503: problemSchema },
      },
    },
    async (_request, reply) => {
      let pending: string[];
      try {
        pending = await readiness.pendingMigrations();
      } catch {
        return sendProblem(
          reply,
          toProblem('KRING_NIET_BESCHIKBAAR', 'De database is niet bereikbaar.'),
        );
      }
      if (pending.length > 0) {
        const detail = `Er staan nog ${pending.length} databasemigraties open.`;
        return sendProblem(reply, toProblem('KRING_NIET_BESCHIKBAAR', detail));
      }
      return { status: 'ok' as const, database: 'ok' as const, migraties: 'ok' as const };
    },
  );
};

/**
 * Prometheus metrics at /metrics. With KRING_METRICS_TOKEN set, a scraper must send it as
 * a bearer token; metrics hold no personal data, but they do show how busy a gemeente is.
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  registry: Registry,
  token: string | undefined,
): void {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (token) {
      const given = Buffer.from(request.headers.authorization ?? '');
      const expected = Buffer.from(`Bearer ${token}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.code(401).header('WWW-Authenticate', 'Bearer').send();
      }
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
