import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { controleerWachtwoord } from '../src/server/modules/accounts/wachtwoord.ts';
import { openDatabase } from '../src/server/platform/database/connection.ts';

const run = promisify(execFile);
// The CLI runs as a real process on its own PGlite directory; the commands' database
// work goes through the same services the PostgreSQL pass tests through the HTTP app.
const dataDir = mkdtempSync(join(tmpdir(), 'kring-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function kring(args: string[], input?: string) {
  const env = { ...process.env, KRING_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const child = run(process.execPath, ['bin/kring.mjs', ...args], { env });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

async function withDb<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 1 });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('kring CLI', () => {
  it('migrates, creates a gemeente and an account with roles', async () => {
    expect((await kring(['migrate'])).stdout).toContain('up to date');
    const g = await kring([
      'gemeente',
      'create',
      '--code',
      'GM0321',
      '--naam',
      'Houten',
      '--hostnaam',
      'houten.example.nl',
    ]);
    expect(g.stdout).toContain('GM0321');
    const u = await kring(
      [
        'user',
        'create',
        '--email',
        'Coach@Example.nl',
        '--naam',
        'Coach',
        '--gemeente',
        'GM0321',
        '--rol',
        'professional',
        '--functie',
        'welzijnscoach',
        '--wachtwoord-stdin',
      ],
      'een lang genoeg wachtwoord\n',
    );
    expect(u.stdout).toContain('Account created.');
    expect(u.stdout).not.toContain('een lang genoeg wachtwoord');
    await withDb(async ({ db }) => {
      const account = await db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', 'coach@example.nl')
        .executeTakeFirstOrThrow();
      expect(
        await controleerWachtwoord(account.wachtwoord_hash!, 'een lang genoeg wachtwoord'),
      ).toBe(true);
      const rollen = await db
        .selectFrom('rollen')
        .select(['rol', 'functie'])
        .where('account_id', '=', account.id)
        .execute();
      expect(rollen).toEqual([{ rol: 'professional', functie: 'welzijnscoach' }]);
    });
  });

  it('generates and shows a strong first password once when none is given', async () => {
    const u = await kring([
      'user',
      'create',
      '--email',
      'beheer@example.nl',
      '--naam',
      'Beheer',
      '--platformbeheerder',
    ]);
    expect(u.stdout).toMatch(/Initial password \(shown once\): [A-Za-z0-9_-]{20}/);
  });

  it('refuses bad input with a clear message and exit code, writing nothing', async () => {
    await expect(
      kring(['gemeente', 'create', '--code', 'Stein', '--naam', 'Stein']),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('GM met vier cijfers'),
    });
    await expect(
      kring(
        ['user', 'create', '--email', 'kort@example.nl', '--naam', 'Kort', '--wachtwoord-stdin'],
        'kort\n',
      ),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('minstens 12 tekens') });
    await expect(
      kring([
        'user',
        'create',
        '--email',
        'x@example.nl',
        '--naam',
        'X',
        '--gemeente',
        'GM0321',
        '--rol',
        'professional',
      ]),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('functie') });
    await expect(kring(['toveren'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command'),
    });
    await withDb(async ({ db }) => {
      const emails = (await db.selectFrom('accounts').select('email').execute()).map(
        (r) => r.email,
      );
      expect(emails).not.toContain('kort@example.nl');
      expect(emails).not.toContain('x@example.nl');
    });
  });

  it('creates the demo gemeente once', async () => {
    expect((await kring(['seed-demo'])).stdout).toContain('created');
    expect((await kring(['seed-demo'])).stdout).toContain('exists already');
  });
});
