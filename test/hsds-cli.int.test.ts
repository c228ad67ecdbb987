import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// A real `kring` process on its own PGlite directory (the PostgreSQL pass covers the same
// service code through test/hsds.int.test.ts).
const dataDir = mkdtempSync(join(tmpdir(), 'kring-hsds-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const kring = (args: string[]) =>
  run(process.execPath, ['bin/kring.mjs', ...args], {
    env: { ...process.env, KRING_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  });

describe('kring sociale-kaart import|export', () => {
  it('dry-runs, imports (twice, no duplicates) and exports HSDS and CSV', async () => {
    await kring(['gemeente', 'create', '--code', 'GM0882', '--naam', 'Stein']);
    const voorbeeld = 'test/fixtures/hsds/service_full.json';
    const proef = await kring([
      'sociale-kaart',
      'import',
      '--gemeente',
      'GM0882',
      '--dry-run',
      voorbeeld,
    ]);
    expect(proef.stdout).toContain('Nothing imported (dry run): 1 of 1 rows are good, 0 errors.');
    for (let i = 0; i < 2; i++) {
      const echt = await kring(['sociale-kaart', 'import', '--gemeente', 'GM0882', voorbeeld]);
      expect(echt.stdout).toContain('Imported: 1 aanbod');
    }
    const json = JSON.parse(
      (await kring(['sociale-kaart', 'export', '--gemeente', 'GM0882'])).stdout,
    );
    expect(json).toHaveLength(1);
    expect(json[0].name).toBe('Community Counselling');
    const csvBestand = join(dataDir, 'kaart.csv');
    await kring(['sociale-kaart', 'export', '--gemeente', 'GM0882', '--format', 'csv', csvBestand]);
    const csv = readFileSync(csvBestand, 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]).toMatch(/^aanbod_id,naam,soort,/);

    const fout = join(dataDir, 'fout.csv');
    writeFileSync(fout, 'aanbod_id,naam,organisatie_id,organisatie_naam,kosten\nx1,,o1,Org,soms\n');
    const mis = await kring(['sociale-kaart', 'import', '--gemeente', 'GM0882', fout]).catch(
      (e) => e,
    );
    expect(mis.code).toBe(1);
    expect(mis.stdout).toContain('fout rij 2 aanbod.inhoud.naam');
    expect(mis.stdout).toContain('fout rij 2 aanbod.inhoud.kosten.soort');
    expect(mis.stdout).toContain('Nothing imported');
  }, 120_000);
});
