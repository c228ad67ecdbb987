import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsSources {
  pool: pg.Pool;
  /** Counts of jobs by status, read when Prometheus scrapes. */
  jobCounts(): Promise<Record<string, number>>;
}

/**
 * Prometheus metrics for one app instance. A registry per app (not prom-client's global
 * one) keeps test apps apart. Labels are route *templates* and status codes only — never
 * a URL, so no personal data can end up in a metric.
 */
export function createMetrics(sources: MetricsSources): {
  registry: Registry;
  register(app: FastifyInstance): void;
} {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kring_' });

  const duration = new Histogram({
    name: 'kring_http_request_duration_seconds',
    help: 'Duration of HTTP requests by route template',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'kring_http_errors_total',
    help: 'HTTP responses with status 5xx (server) or 4xx (client)',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  new Gauge({
    name: 'kring_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, sources.pool.totalCount);
      this.set({ state: 'idle' }, sources.pool.idleCount);
      this.set({ state: 'waiting' }, sources.pool.waitingCount);
    },
  });
  new Gauge({
    name: 'kring_jobs',
    help: 'Background jobs by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await sources.jobCounts();
      for (const status of ['queued', 'running', 'done', 'failed']) {
        this.set({ status }, counts[status] ?? 0);
      }
    },
  });

  return {
    registry,
    register(app) {
      app.addHook('onResponse', async (request, reply) => {
        const route = request.routeOptions.url ?? 'not-found';
        const labels = { method: request.method, route, status_code: String(reply.statusCode) };
        duration.observe(labels, reply.elapsedTime / 1000);
        if (reply.statusCode >= 400) errors.inc(labels);
      });
    },
  };
}
