/**
 * `node bench/probe.ts <database> <query>...`: one search at a time on a kept benchmark
 * database (BENCH_KEEP=1), printing every SQL statement with its time and, with
 * PROBE_EXPLAIN=1, its EXPLAIN (ANALYZE, BUFFERS). For finding the slow part of a search.
 */
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/server/app.ts';
import { createKluis } from '../src/server/platform/crypto/kluis.ts';
import type { Database } from '../src/server/platform/database/connection.ts';
import type { DB } from '../src/server/platform/database/tables.ts';
import { createMailer } from '../src/server/platform/mail/mailer.ts';
import { createServices } from '../src/server/services.ts';

const [naam, ...vragen] = process.argv.slice(2);
if (!naam || !/^kring_bench_[0-9a-f]{8}$/.test(naam)) throw new Error('database name');
const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres');
url.pathname = `/${naam}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
const uitleg = new pg.Pool({ connectionString: url.toString(), max: 1 });
const regels: string[] = [];
const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool }),
  log: (e) => {
    regels.push(
      `${e.queryDurationMillis.toFixed(1)} ms  ${e.query.sql.slice(0, 160).replace(/\s+/g, ' ')}`,
    );
    if (process.env.PROBE_EXPLAIN && e.queryDurationMillis > 5) {
      void uitleg
        .query(`EXPLAIN (ANALYZE, BUFFERS) ${e.query.sql}`, e.query.parameters as unknown[])
        .then((r) => console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n')));
    }
  },
});
const database = { db, kind: 'postgres', close: async () => {} } as unknown as Database;
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
for (const v of vragen) {
  for (const ronde of [1, 2]) {
    regels.length = 0;
    const t = performance.now();
    const res = await app.inject({
      url: `/api/v1/aanbod?${v}`,
      headers: { host: 'bench.localhost' },
    });
    const ms = performance.now() - t;
    const body = res.json();
    if (ronde === 2) {
      console.log(`\n${v}: ${res.statusCode} ${ms.toFixed(1)} ms totaal=${body.totaal}`);
      for (const r of regels) console.log(`  ${r}`);
    }
  }
}
await new Promise((r) => setTimeout(r, 3000));
await sql`select 1`.execute(db);
await app.close();
await pool.end();
await uitleg.end();
