import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/platform/database/connection.ts';
import { GemeenteScope } from '../src/server/platform/tenancy/gemeente-scope.ts';
import { createServices } from '../src/server/services.ts';

const run = promisify(execFile);
// `kring audit verify` as a real process on its own PGlite directory. The same check
// (services.toegang.verifieer) runs on PostgreSQL in toegang.int.test.ts.
const dataDir = mkdtempSync(join(tmpdir(), 'kring-audit-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function kring(args: string[]) {
  const env = { ...process.env, KRING_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  return run(process.execPath, ['bin/kring.mjs', ...args], { env });
}

async function withDb<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1 });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('kring audit verify', () => {
  it('passes on an intact chain and names the first edited row', async () => {
    await kring(['migrate']);
    await kring(['gemeente', 'create', '--code', 'GM0882', '--naam', 'Stein']);
    await withDb(async (database) => {
      const services = createServices(database, { defaultGemeente: undefined });
      const { id } = await services.gemeenten.ref('GM0882');
      const regel = (doel: string) => ({
        actie: 'lezen' as const,
        uitkomst: 'toegestaan' as const,
        accountId: null,
        namensPersoonId: null,
        rol: 'professional',
        organisatieId: null,
        persoonId: '00000000-0000-4000-8000-0000000000ff',
        categorie: 'contact',
        grondslag: 'betrokkenheid',
        doel,
        ip: '127.0.0.1',
        doorbraak: false,
      });
      await new GemeenteScope(database.db, id).transaction((s) =>
        services.toegang.vastleggen(s, [regel('een'), regel('twee'), regel('drie')]),
      );
    });

    const ok = await kring(['audit', 'verify']);
    expect(ok.stdout).toContain('GM0882: access log intact (3 rows).');

    await withDb(async (database) => {
      await sql`alter table toegangslog disable trigger toegangslog_geen_wijziging`.execute(
        database.db,
      );
      await sql`update toegangslog set doel = 'vervalst' where volgnummer = 2`.execute(database.db);
      await sql`alter table toegangslog enable trigger toegangslog_geen_wijziging`.execute(
        database.db,
      );
    });
    const broken = await kring(['audit', 'verify', '--gemeente', 'GM0882']).then(
      () => undefined,
      (err: { code: number; stdout: string }) => err,
    );
    expect(broken?.code).toBe(1);
    expect(broken?.stdout).toContain('GM0882: access log BROKEN at row 2: inhoud gewijzigd.');

    const help = await kring(['help']);
    expect(help.stdout).toContain('kring audit verify');
  });
});
