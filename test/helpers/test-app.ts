import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../src/server/app.ts';
import { createKluis } from '../../src/server/platform/crypto/kluis.ts';
import type { Database } from '../../src/server/platform/database/connection.ts';
import { createLogger } from '../../src/server/platform/logging.ts';
import { createMailer, type Mailer } from '../../src/server/platform/mail/mailer.ts';
import { createServices, type Services } from '../../src/server/services.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  services: Services;
  /** Every log line the app wrote, as text. */
  logs: string[];
  /** Without `smtpUrl`: the mail the app sent, as raw messages. */
  mailer: Mailer;
  close(): Promise<void>;
}

export interface TestAppOptions {
  defaultGemeente?: string;
  metricsToken?: string;
  logLevel?: string;
  /** Send mail to this SMTP server (a real `smtp-server` in the test) instead of memory. */
  smtpUrl?: string;
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
  const logger = createLogger(options.logLevel ?? 'info', sink);
  const mailer = createMailer({
    smtpUrl: options.smtpUrl,
    from: 'Kring <kring@localhost>',
    dataDir: 'memory://',
    logger,
  });
  // A random key per test app, as Kring does on memory:// (also when the database is a server).
  const services = createServices(
    database,
    { defaultGemeente: options.defaultGemeente },
    { kluis: createKluis(randomBytes(32)), mailer, logger },
  );
  const app = await buildApp({
    config: {
      webDir: 'test/fixtures/no-web-build',
      metricsToken: options.metricsToken,
      trustProxy: false,
      publicUrl: undefined,
    },
    database,
    services,
    logger,
  });
  return {
    app,
    database,
    services,
    logs,
    mailer,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
