/**
 * `npm run bench:search`: the sociale-kaart search API at national scale.
 *
 * Builds 300,000 aanbod over 100,000 locaties (SQL generate_series, see dataset.ts), starts
 * the real HTTP app on 127.0.0.1, and sends a fixed, seeded mix of 200 queries (text only,
 * text + postcode radius, filters only, "nu open") with 16 concurrent clients (in a worker
 * thread, so they do not share the server's event loop): p50/p95/p99
 * latency and throughput, on PostgreSQL and on PGlite. Prints ONE JSON line at the end.
 *
 * PostgreSQL from DATABASE_URL; when unset, a throwaway local cluster (initdb as user
 * postgres in a temp dir, free port; stopped and removed afterwards), as .ci/run does.
 * PGlite gets BENCH_PGLITE_ENTRIES entries (default 100,000: building 300,000 takes long).
 *
 * To iterate on one PostgreSQL dataset: `BENCH_KEEP=1` keeps the database and prints its name;
 * `BENCH_REUSE=<name>` measures that database again (migrations run, the data is not rebuilt).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/server/app.ts';
import { createKluis } from '../src/server/platform/crypto/kluis.ts';
import { type Database, openDatabase } from '../src/server/platform/database/connection.ts';
import { migrate } from '../src/server/platform/database/migrate.ts';
import { createMailer } from '../src/server/platform/mail/mailer.ts';
import { createServices } from '../src/server/services.ts';
import { maakDataset } from './dataset.ts';
import { startCluster } from './cluster.ts';
import { type Meting, meetApart, vragen } from './client.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 300_000);
const ENTRIES_PGLITE = Number(process.env.BENCH_PGLITE_ENTRIES ?? 100_000);
const HOST = 'bench.localhost';
const log = (tekst: string) => process.stderr.write(`${tekst}\n`);

async function run(
  database: Database,
  entries: number,
  naam: string,
  hergebruik = false,
): Promise<Meting> {
  const logger = pino({ level: 'silent' });
  const services = createServices(
    database,
    { defaultGemeente: undefined },
    {
      kluis: createKluis(randomBytes(32)),
      mailer: createMailer({
        smtpUrl: undefined,
        from: 'x <x@localhost>',
        dataDir: 'memory://',
        logger,
      }),
      logger,
    },
  );
  let t = performance.now();
  if (!hergebruik) {
    const g = await services.gemeenten.create({
      code: 'GM9999',
      naam: 'Bench',
      hostnamen: [HOST],
    });
    const ref = await services.gemeenten.ref(g.code);
    await maakDataset(database, ref.id, {
      aanbod: entries,
      locaties: Math.round(entries / 3),
      organisaties: Math.max(100, Math.round(entries / 30)),
    });
  }
  const bouwS = (performance.now() - t) / 1000;
  log(`${naam}: ${entries} entries built in ${bouwS.toFixed(1)} s`);
  // trustProxy: every query gets its own X-Forwarded-For, so the per-IP rate limit (600 a
  // minute) does not turn the benchmark into a 429 test. The connection stays loopback.
  const app = await buildApp({
    config: {
      webDir: 'bench/no-web',
      metricsToken: undefined,
      trustProxy: true,
      publicUrl: undefined,
    },
    database,
    services,
    logger,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    t = performance.now();
    const lijst = vragen(200, 42);
    await meetApart(port, HOST, lijst, 16); // warm-up pass
    const meting = await meetApart(port, HOST, [...lijst, ...lijst, ...lijst], 16);
    log(
      `${naam}: p50 ${meting.p50.toFixed(1)} ms, p95 ${meting.p95.toFixed(1)} ms, p99 ${meting.p99.toFixed(1)} ms, ${meting.rps.toFixed(0)} req/s (${meting.fouten} errors), p95 per kind ${JSON.stringify(meting.p95PerSoort)}`,
    );
    return { ...meting, bouwS };
  } finally {
    await app.close();
  }
}

async function postgres(): Promise<Meting> {
  let serverUrl = process.env.DATABASE_URL;
  const cluster = serverUrl ? null : await startCluster();
  serverUrl ??= cluster!.url;
  const hergebruik = process.env.BENCH_REUSE;
  const houden = Boolean(process.env.BENCH_KEEP || hergebruik);
  if (hergebruik && !/^kring_bench_[0-9a-f]{8}$/.test(hergebruik)) {
    throw new Error('BENCH_REUSE: a database name printed by BENCH_KEEP=1');
  }
  const naam = hergebruik ?? `kring_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (!hergebruik) await admin.query(`CREATE DATABASE ${naam}`);
  log(`PostgreSQL: database ${naam}`);
  const url = new URL(serverUrl);
  url.pathname = `/${naam}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 16 });
  try {
    await migrate(database.db);
    return await run(database, ENTRIES, 'PostgreSQL', Boolean(hergebruik));
  } finally {
    await database.close();
    if (houden) log(`PostgreSQL: database ${naam} kept (BENCH_REUSE=${naam})`);
    else await admin.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
    await admin.end();
    await cluster?.stop();
  }
}

async function pglite(): Promise<Meting> {
  const database = await openDatabase({
    databaseUrl: undefined,
    dataDir: 'memory://',
    poolSize: 1,
  });
  try {
    await migrate(database.db);
    return await run(database, ENTRIES_PGLITE, 'PGlite');
  } finally {
    await database.close();
  }
}

const r = (v: number) => Math.round(v * 10) / 10;
const p = await postgres();
const l = process.env.BENCH_SKIP_PGLITE ? null : await pglite();
console.log(
  JSON.stringify({
    entries: ENTRIES,
    locaties: Math.round(ENTRIES / 3),
    queries: 200,
    concurrency: 16,
    p50_ms_postgres: r(p.p50),
    p95_ms_postgres: r(p.p95),
    p99_ms_postgres: r(p.p99),
    rps_postgres: r(p.rps),
    errors_postgres: p.fouten,
    p95_ms_postgres_per_kind: p.p95PerSoort,
    build_s_postgres: r(p.bouwS ?? 0),
    postgres: process.env.DATABASE_URL ? 'DATABASE_URL' : 'throwaway cluster',
    ...(l
      ? {
          entries_pglite: ENTRIES_PGLITE,
          p50_ms_pglite: r(l.p50),
          p95_ms_pglite: r(l.p95),
          p99_ms_pglite: r(l.p99),
          rps_pglite: r(l.rps),
          errors_pglite: l.fouten,
          p95_ms_pglite_per_kind: l.p95PerSoort,
          build_s_pglite: r(l.bouwS ?? 0),
        }
      : { p95_ms_pglite: null }),
  }),
);
