import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/platform/database/connection.ts';

const run = promisify(execFile);
// As in cli.int.test.ts: the real command on its own PGlite directory.
const dataDir = mkdtempSync(join(tmpdir(), 'kring-oidc-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function kring(args: string[]) {
  const env = { ...process.env, KRING_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  return run(process.execPath, ['bin/kring.mjs', ...args], { env });
}

describe('kring oidc add', () => {
  it('connects a provider to a gemeente and stores only the name of the secret variable', async () => {
    await kring(['gemeente', 'create', '--code', 'GM0882', '--naam', 'Stein']);
    const { stdout } = await kring([
      'oidc',
      'add',
      '--gemeente',
      'GM0882',
      '--naam',
      'DigiD',
      '--issuer',
      'https://broker.example.nl',
      '--client-id',
      'stein',
      '--client-secret-env',
      'KRING_DIGID_GEHEIM',
      '--acr',
      'urn:basis',
      '--acr',
      'urn:midden',
    ]);
    expect(stdout).toMatch(/OIDC provider digid added/);
    expect(stdout).toMatch(/\/api\/v1\/oidc-providers\/[0-9a-f-]{36}\/callback/);
    const database = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1 });
    try {
      const row = await database.db
        .selectFrom('oidc_providers')
        .select(['slug', 'client_secret_env', 'doelgroep', 'acr_waarden'])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        slug: 'digid',
        client_secret_env: 'KRING_DIGID_GEHEIM',
        doelgroep: 'inwoners',
        acr_waarden: ['urn:basis', 'urn:midden'],
      });
    } finally {
      await database.close();
    }
  });

  it('refuses plain http to another machine', async () => {
    await expect(
      kring([
        'oidc',
        'add',
        '--gemeente',
        'GM0882',
        '--naam',
        'Fout',
        '--issuer',
        'http://broker.example.nl',
        '--client-id',
        'x',
      ]),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('issuer') });
  });
});
