import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import type { DB } from './tables.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** An arbitrary but fixed key: every Kring instance takes the same advisory lock. */
const MIGRATION_LOCK_KEY = 7_263_001;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/**
 * Applies pending migrations, each in its own transaction, recorded in
 * `schema_migrations`. A session-level advisory lock on one connection makes a second
 * instance wait until the first is done, then find nothing left to do.
 * Forward only: a changed checksum of an applied migration stops the start.
 */
export async function migrate(db: Kysely<DB>, migrations = readMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        name text primary key,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`.execute(conn);
      const applied = new Map(
        (await conn.selectFrom('schema_migrations').select(['name', 'checksum']).execute()).map(
          (r) => [r.name, r.checksum],
        ),
      );
      for (const [name, checksum] of applied) {
        const known = migrations.find((m) => m.name === name);
        if (known && known.checksum !== checksum) {
          throw new MigrationError(
            `Migration ${name} was changed after it was applied. Migrations are forward only: add a new one.`,
          );
        }
      }
      const done: string[] = [];
      for (const m of migrations) {
        if (applied.has(m.name)) continue;
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.sql).execute(trx);
          await trx
            .insertInto('schema_migrations')
            .values({ name: m.name, checksum: m.checksum })
            .execute();
        });
        done.push(m.name);
      }
      return done;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}

/** Names of migrations in the code that the database has not applied yet. */
export async function pendingMigrations(
  db: Kysely<DB>,
  migrations = readMigrations(),
): Promise<string[]> {
  const exists = await sql<{
    t: string | null;
  }>`select to_regclass('schema_migrations') as t`.execute(db);
  if (!exists.rows[0]?.t) return migrations.map((m) => m.name);
  const applied = new Set(
    (await db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
  );
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}
