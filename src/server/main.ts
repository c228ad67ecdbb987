import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { type Database, openDatabase } from './platform/database/connection.ts';
import { migrate } from './platform/database/migrate.ts';
import { JobWorker } from './platform/jobs/worker.ts';
import { createLogger } from './platform/logging.ts';
import { createServices, type Services } from './services.ts';

export interface RunningKring {
  url: string;
  app: FastifyInstance;
  database: Database;
  services: Services;
  config: Config;
  /** True when this start created the demo gemeente. */
  demoCreated: boolean;
  /** Stops accepting requests, lets running ones finish, stops the worker, closes the database. */
  close(): Promise<void>;
}

/** Opens the database and applies pending migrations. Shared by `serve` and the CLI. */
export async function openAndMigrate(config: Config, logger: Logger): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  try {
    const applied = await migrate(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

/** Composition root: config → database → app → listen. */
export async function startKring(
  overrides: Partial<Config> = {},
  logger?: Logger,
): Promise<RunningKring> {
  const config: Config = { ...loadConfig(), ...overrides };
  const log = logger ?? createLogger(config.logLevel);
  const database = await openAndMigrate(config, log);
  const services = createServices(database, config);
  const demoCreated = config.demo ? await seedDemo(database) : false;

  const app = await buildApp({ config, database, services, logger: log });
  const worker = new JobWorker(database.db, log);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    await database.close();
    throw err;
  }
  if (config.jobs) worker.start();

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    app,
    database,
    services,
    config,
    demoCreated,
    close() {
      closing ??= (async () => {
        await app.close();
        await worker.stop();
        await database.close();
      })();
      return closing;
    },
  };
}

/**
 * Graceful shutdown on SIGINT/SIGTERM: stop accepting, let requests and the job in hand
 * finish, close the database (PGlite flushes its files). A second signal forces the exit.
 */
export function stopOnSignals(
  kring: RunningKring,
  exit: (code: number) => void = process.exit,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      kring.app.log.warn({ signal }, 'second signal: forced stop');
      exit(1);
      return;
    }
    stopping = true;
    kring.app.log.info({ signal }, 'shutting down');
    try {
      await kring.close();
      exit(0);
    } catch (err) {
      kring.app.log.error({ err }, 'shutdown failed');
      exit(1);
    }
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
}
