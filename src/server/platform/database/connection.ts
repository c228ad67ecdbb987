import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './tables.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
}

/**
 * Opens PostgreSQL: a server when `databaseUrl` is set, otherwise embedded PGlite.
 * PGlite is reached through its node-postgres adapter so both back ends go through the
 * same `pg` driver, the same type parsers and the same Kysely dialect — one code path.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
    // A broken idle connection must not crash the process; pg reconnects on next use.
    pool.on('error', () => {});
    await pool.query('select 1');
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', pool, close: () => db.destroy() };
  }

  const inMemory = options.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(inMemory ? 'memory://' : options.dataDir, {
    extensions: { cube, earthdistance, pg_trgm, unaccent },
  });
  // PGlite is one PostgreSQL backend: the adapter's pool has exactly one connection.
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    pool,
    async close() {
      await db.destroy();
      // close() checkpoints and flushes the data directory; without it the last
      // writes could be lost on exit.
      await pglite.close();
    },
  };
}
