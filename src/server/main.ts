import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { VOORTGANG_JOB, VOORTGANG_UUR_UTC } from './modules/koppelingen/voortgang.ts';
import { HERINNERINGEN_JOB, HERINNERINGEN_UUR_UTC } from './modules/mantelzorg/herinneringen.ts';
import { BEWAAR_JOB, BEWAAR_UUR_UTC } from './modules/privacy/bewaren.ts';
import { VERSHEID_JOB, VERSHEID_UUR_UTC } from './modules/sociale-kaart/versheid.ts';
import { TERMIJNEN_JOB, TERMIJNEN_UUR_UTC } from './modules/welzijnsrecept/termijnen.ts';
import { createKluis } from './platform/crypto/kluis.ts';
import { resolveSecretKey, SecretKeyError } from './platform/crypto/secret-key.ts';
import { type Database, openDatabase } from './platform/database/connection.ts';
import { migrate } from './platform/database/migrate.ts';
import {
  type DagelijkseJob,
  planDagelijks,
  registreerDagelijks,
} from './platform/jobs/dagelijks.ts';
import { JobWorker } from './platform/jobs/worker.ts';
import { createLogger } from './platform/logging.ts';
import { createMailer } from './platform/mail/mailer.ts';
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

/** The daily jobs: each plans the next day's run first, then works (platform/jobs/dagelijks.ts). */
const DAGELIJKSE_JOBS: readonly DagelijkseJob<Services>[] = [
  // Retention (privacy).
  { job: BEWAAR_JOB, uurUtc: BEWAAR_UUR_UTC, werk: (s) => s.privacy.pasBewaartermijnenToe() },
  // Freshness of the sociale kaart: reminds organisations of stale entries.
  {
    job: VERSHEID_JOB,
    uurUtc: VERSHEID_UUR_UTC,
    werk: async (s) => {
      for (const gemeenteId of await s.gemeenten.alleIds()) {
        await s.socialeKaart.herinnerVerouderd(gemeenteId);
      }
    },
  },
  // Reminds whoever a match waits for, asks for the evaluation a month after the start.
  {
    job: VOORTGANG_JOB,
    uurUtc: VOORTGANG_UUR_UTC,
    werk: async (s) => {
      for (const gemeenteId of await s.gemeenten.alleIds()) {
        await s.koppelingen.verwerkVoortgang(gemeenteId);
      }
    },
  },
  // Welzijn op Recept's follow-up tasks and reminders of a late first contact.
  {
    job: TERMIJNEN_JOB,
    uurUtc: TERMIJNEN_UUR_UTC,
    werk: (s) => s.welzijnsrecept.voerTermijnenUit(),
  },
  // Reminds carers who have not applied for the waardering before its deadline.
  {
    job: HERINNERINGEN_JOB,
    uurUtc: HERINNERINGEN_UUR_UTC,
    werk: (s) => s.mantelzorg.herinnerVoorDeadline(),
  },
];

/** The handlers of background jobs. */
export function registerJobs(worker: JobWorker, database: Database, services: Services): void {
  registreerDagelijks(worker, database.db, DAGELIJKSE_JOBS, services);
}

/** Makes sure today's recurring jobs exist (a no-op when another instance did it). */
export async function planJobs(database: Database): Promise<void> {
  await planDagelijks(database.db, DAGELIJKSE_JOBS);
}

/** Composition root: config → database → app → listen. */
export async function startKring(
  overrides: Partial<Config> = {},
  logger?: Logger,
): Promise<RunningKring> {
  const config: Config = { ...loadConfig(), ...overrides };
  const log = logger ?? createLogger(config.logLevel);
  let secretKey: Buffer;
  try {
    secretKey = resolveSecretKey(config);
  } catch (err) {
    if (err instanceof SecretKeyError) throw new ConfigError(err.message);
    throw err;
  }
  const database = await openAndMigrate(config, log);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    dataDir: config.dataDir,
    logger: log,
  });
  const services = createServices(database, config, {
    kluis: createKluis(secretKey),
    mailer,
    logger: log,
  });
  const demoCreated = config.demo ? await seedDemo(database) : false;

  const app = await buildApp({ config, database, services, logger: log });
  const worker = new JobWorker(database.db, log);
  registerJobs(worker, database, services);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    await database.close();
    throw err;
  }
  if (config.jobs) {
    await planJobs(database);
    worker.start();
  }

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
