import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Database } from '../../src/server/platform/database/connection.ts';
import { createLogger } from '../../src/server/platform/logging.ts';
import { createServices, type Services } from '../../src/server/services.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  services: Services;
  /** Every log line the app wrote, as text. */
  logs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  defaultGemeente?: string;
  metricsToken?: string;
  logLevel?: string;
}

/** The whole HTTP app on a fresh database, driven with `app.inject()`. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const services = createServices(database, { defaultGemeente: options.defaultGemeente });
  const app = await buildApp({
    config: {
      webDir: 'test/fixtures/no-web-build',
      metricsToken: options.metricsToken,
      trustProxy: false,
      publicUrl: undefined,
    },
    database,
    services,
    logger: createLogger(options.logLevel ?? 'info', sink),
  });
  return {
    app,
    database,
    services,
    logs,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
