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
import { type Meting, meetApart, vragen } from './client.ts';
import { startCluster } from './cluster.ts';
import { maakDataset } from './dataset.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 300_000);
const ENTRIES_PGLITE = Number(process.env.BENCH_PGLITE_ENTRIES ?? 100_000);
const HOST = 'bench.localhost';
const log = (tekst: string) => process.stderr.write(`${tekst}\n`);

/** Builds the data (unless reused), then measures with the answer cache on and off. */
async function run(
  database: Database,
  entries: number,
  naam: string,
  hergebruik = false,
): Promise<{ met: Meting; zonder: Meting }> {
  let bouwS = 0;
  if (!hergebruik) {
    const t = performance.now();
    const services = createServices(database, { defaultGemeente: undefined });
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
    bouwS = (performance.now() - t) / 1000;
    log(`${naam}: ${entries} entries built in ${bouwS.toFixed(1)} s`);
  }
  const met = await meetApp(database, `${naam} (answer cache on)`, undefined);
  const zonder = await meetApp(database, `${naam} (answer cache off)`, 0);
  return { met: { ...met, bouwS }, zonder };
}

/** One app (its own search index) on the database: a warm-up pass, then 600 requests. */
async function meetApp(
  database: Database,
  naam: string,
  zoekCache: number | undefined,
): Promise<Meting> {
  const logger = pino({ level: 'silent' });
  const services = createServices(
    database,
    { defaultGemeente: undefined, zoekCache },
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
    const lijst = vragen(200, 42);
    // The first request builds the search index (reported apart), then a warm-up pass.
    const t = performance.now();
    await meetApart(port, HOST, lijst.slice(0, 1), 1);
    const indexS = (performance.now() - t) / 1000;
    await meetApart(port, HOST, lijst, 16);
    const meting = await meetApart(port, HOST, [...lijst, ...lijst, ...lijst], 16);
    log(
      `${naam}: p50 ${meting.p50.toFixed(1)} ms, p95 ${meting.p95.toFixed(1)} ms, p99 ${meting.p99.toFixed(1)} ms, ${meting.rps.toFixed(0)} req/s (${meting.fouten} errors), p95 per kind ${JSON.stringify(meting.p95PerSoort)}`,
    );
    return { ...meting, indexS };
  } finally {
    await app.close();
  }
}

async function postgres(): Promise<{ met: Meting; zonder: Meting }> {
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

async function pglite(): Promise<{ met: Meting; zonder: Meting }> {
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
/** The figures of one measurement under `_<db>` (and a suffix), e.g. p95_ms_postgres. */
const cijfers = (m: Meting, db: string, extra = '') => ({
  [`p50_ms_${db}${extra}`]: r(m.p50),
  [`p95_ms_${db}${extra}`]: r(m.p95),
  [`p99_ms_${db}${extra}`]: r(m.p99),
  [`rps_${db}${extra}`]: r(m.rps),
  [`errors_${db}${extra}`]: m.fouten,
  [`p95_ms_${db}_per_kind${extra}`]: m.p95PerSoort,
  [`index_build_s_${db}${extra}`]: r(m.indexS ?? 0),
});
const p = await postgres();
const l = process.env.BENCH_SKIP_PGLITE ? null : await pglite();
// The keys without a suffix are Kring as it runs by default (answer cache on, every measured
// query asked before in the warm-up pass); `_zonder_cache` is the search engine alone.
console.log(
  JSON.stringify({
    entries: ENTRIES,
    locaties: Math.round(ENTRIES / 3),
    queries: 200,
    concurrency: 16,
    ...cijfers(p.met, 'postgres'),
    ...cijfers(p.zonder, 'postgres', '_zonder_cache'),
    build_s_postgres: r(p.met.bouwS ?? 0),
    postgres: process.env.DATABASE_URL ? 'DATABASE_URL' : 'throwaway cluster',
    ...(l
      ? {
          entries_pglite: ENTRIES_PGLITE,
          ...cijfers(l.met, 'pglite'),
          ...cijfers(l.zonder, 'pglite', '_zonder_cache'),
          build_s_pglite: r(l.met.bouwS ?? 0),
        }
      : { p95_ms_pglite: null }),
  }),
);
