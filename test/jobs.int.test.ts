import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/platform/database/connection.ts';
import { enqueue, jobCounts } from '../src/server/platform/jobs/queue.ts';
import { type Job, JobWorker } from '../src/server/platform/jobs/worker.ts';
import { createLogger } from '../src/server/platform/logging.ts';
import { createTestDatabase } from './helpers/test-database.ts';

let database: Database;
const log = createLogger('silent');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.deleteFrom('jobs').execute();
});

async function job(id: string) {
  return database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('durable jobs', () => {
  it('run a due job once and mark it done', async () => {
    const seen: Job[] = [];
    const worker = new JobWorker(database.db, log).handle('herinnering', async (j) => {
      seen.push(j);
    });
    const id = (await enqueue(database.db, 'herinnering', { aanbod: 7 }))!;
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    expect(seen).toEqual([
      expect.objectContaining({ id, type: 'herinnering', payload: { aanbod: 7 }, attempt: 1 }),
    ]);
    expect((await job(id)).status).toBe('done');
  });

  it('ignore a second enqueue with the same idempotency key', async () => {
    const first = await enqueue(database.db, 'x', {}, { idempotencyKey: 'herinnering:7:2026-11' });
    const second = await enqueue(database.db, 'x', {}, { idempotencyKey: 'herinnering:7:2026-11' });
    expect(first).toBeDefined();
    expect(second).toBeUndefined();
    expect(await jobCounts(database.db)).toEqual({ queued: 1 });
  });

  it('wait for their scheduled time', async () => {
    const worker = new JobWorker(database.db, log).handle('later', async () => {});
    await enqueue(database.db, 'later', {}, { runAt: new Date(Date.now() + 3_600_000) });
    expect(await worker.drain()).toBe(0);
  });

  it('retry with backoff, then fail after the last attempt', async () => {
    const worker = new JobWorker(database.db, log, { retryBaseMs: 60_000 }).handle(
      'wankel',
      async () => {
        throw new Error('server weg');
      },
    );
    const id = (await enqueue(database.db, 'wankel', {}, { maxAttempts: 2 }))!;
    expect(await worker.drain()).toBe(1);
    let row = await job(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, last_error: 'server weg' });
    expect(row.run_at.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Make it due again instead of waiting a minute.
    await database.db
      .updateTable('jobs')
      .set({ run_at: new Date() })
      .where('id', '=', id)
      .execute();
    expect(await worker.drain()).toBe(1);
    row = await job(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('take over a job whose worker died mid-run, after its lease', async () => {
    const id = (await enqueue(database.db, 'wees', {}))!;
    await database.db
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_by: 'dead-worker',
        locked_at: new Date(Date.now() - 3_600_000),
        attempts: 1,
      })
      .where('id', '=', id)
      .execute();
    const worker = new JobWorker(database.db, log, { leaseMs: 60_000 }).handle(
      'wees',
      async () => {},
    );
    expect(await worker.drain()).toBe(1);
    expect(await job(id)).toMatchObject({ status: 'done', attempts: 2, locked_by: worker.id });
  });

  it('leave jobs without a handler for the instance that has one', async () => {
    await enqueue(database.db, 'onbekend', {});
    const worker = new JobWorker(database.db, log).handle('iets-anders', async () => {});
    expect(await worker.drain()).toBe(0);
  });

  it('never run one job twice when two workers race', async () => {
    const runs = new Map<string, number>();
    const handler = async (j: Job) => {
      runs.set(j.id, (runs.get(j.id) ?? 0) + 1);
    };
    for (let i = 0; i < 20; i++) await enqueue(database.db, 'race', { i });
    const a = new JobWorker(database.db, log).handle('race', handler);
    const b = new JobWorker(database.db, log).handle('race', handler);
    const [na, nb] = await Promise.all([a.drain(), b.drain()]);
    expect(na + nb).toBe(20);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(await jobCounts(database.db)).toEqual({ done: 20 });
  });

  it('are worked by the polling loop and stop cleanly', async () => {
    let done = 0;
    const worker = new JobWorker(database.db, log, { pollIntervalMs: 20 }).handle(
      'poll',
      async () => {
        done++;
      },
    );
    worker.start();
    await enqueue(database.db, 'poll', {});
    await enqueue(database.db, 'poll', {});
    for (let i = 0; i < 100 && done < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect(done).toBe(2);
  });
});
