import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startKring } from '../src/server/main.ts';
import { JobWorker } from '../src/server/platform/jobs/worker.ts';
import { createLogger } from '../src/server/platform/logging.ts';

// Always PGlite, also in CI's PostgreSQL pass: this is about the embedded database's
// files surviving a stop in the middle of writes.
const dataDir = mkdtempSync(join(tmpdir(), 'kring-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const NODE = join(process.cwd(), 'node_modules', 'node', 'bin', 'node');

describe('graceful shutdown on PGlite', () => {
  it('keeps every committed write and no half transaction after SIGTERM during writes', async () => {
    const child = spawn(NODE, ['test/fixtures/write-loop.ts'], {
      env: { ...process.env, KRING_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastCommitted = 0;
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (d) => {
        buffer += String(d);
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^committed (\d+)$/.exec(line);
          if (m) lastCommitted = Number(m[1]);
          if (lastCommitted >= 40) resolve();
        }
      });
      child.on('exit', () => reject(new Error(`child stopped early: ${stderr}`)));
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const kring = await startKring(
      { dataDir, databaseUrl: undefined, port: 0, host: '127.0.0.1', demo: false, jobs: false },
      createLogger('silent'),
    );
    try {
      const rows = await kring.database.db
        .selectFrom('jobs')
        .select('payload')
        .where('type', '=', 'schrijftest')
        .execute();
      const parts = new Map<number, string[]>();
      for (const { payload } of rows) {
        const { n, deel } = payload as { n: number; deel: string };
        parts.set(n, [...(parts.get(n) ?? []), deel]);
      }
      // Every transaction that reported its commit is there …
      for (let n = 1; n <= lastCommitted; n++)
        expect(parts.get(n)?.sort(), `write ${n}`).toEqual(['a', 'b']);
      // … and none is there by half.
      for (const [n, deel] of parts) expect(deel.sort(), `write ${n}`).toEqual(['a', 'b']);
      const ready = await kring.app.inject('/api/v1/ready');
      expect(ready.statusCode).toBe(200);
      // The rows are queued jobs: after the restart a worker picks every one of them up.
      const worker = new JobWorker(kring.database.db, createLogger('silent')).handle(
        'schrijftest',
        async () => {},
      );
      expect(await worker.drain()).toBe(rows.length);
    } finally {
      await kring.close();
    }
  });
});
