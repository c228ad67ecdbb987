import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/platform/database/connection.ts';
import {
  migrate,
  pendingMigrations,
  readMigrations,
} from '../src/server/platform/database/migrate.ts';
import { createTestDatabase } from './helpers/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('are applied once and recorded', async () => {
    expect(await pendingMigrations(database.db)).toEqual([]);
    expect(await migrate(database.db)).toEqual([]);
    const recorded = await database.db.selectFrom('schema_migrations').select('name').execute();
    expect(recorded.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
  });

  it('load the extensions the sociale kaart needs', async () => {
    const rows = await sql<{ extname: string }>`select extname from pg_extension`.execute(
      database.db,
    );
    expect(rows.rows.map((r) => r.extname)).toEqual(
      expect.arrayContaining(['pg_trgm', 'cube', 'earthdistance', 'unaccent']),
    );
    const km = await sql<{ km: number }>`
      select earth_distance(ll_to_earth(50.97, 5.77), ll_to_earth(52.02, 5.17)) / 1000 as km`.execute(
      database.db,
    );
    expect(km.rows[0]!.km).toBeGreaterThan(120);
    expect(km.rows[0]!.km).toBeLessThan(140);
  });

  it('run a new migration exactly once, even when two instances start together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kring-migraties-'));
    try {
      for (const m of readMigrations()) writeFileSync(join(dir, m.name), m.sql);
      writeFileSync(
        join(dir, '9001_teller.sql'),
        'create table teller (n int); insert into teller values (1);',
      );
      const extra = readMigrations(dir);
      const [a, b] = await Promise.all([migrate(database.db, extra), migrate(database.db, extra)]);
      expect([...a, ...b]).toEqual(['9001_teller.sql']);
      const rows = await sql<{ n: number }>`select count(*)::int as n from teller`.execute(
        database.db,
      );
      expect(rows.rows[0]!.n).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse to start when an applied migration was edited', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'anders' } : m));
    await expect(migrate(database.db, edited)).rejects.toThrow(/forward only/);
  });

  it('roll back a failing migration completely', async () => {
    const broken = [
      ...readMigrations(),
      {
        name: '9002_kapot.sql',
        sql: 'create table half (n int); select * from bestaat_niet;',
        checksum: 'x',
      },
    ];
    await expect(migrate(database.db, broken)).rejects.toThrow();
    const exists = await sql<{ t: string | null }>`select to_regclass('half') as t`.execute(
      database.db,
    );
    expect(exists.rows[0]!.t).toBeNull();
    expect(await pendingMigrations(database.db, broken)).toEqual(['9002_kapot.sql']);
  });
});
