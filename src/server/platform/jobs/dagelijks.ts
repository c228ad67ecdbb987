import type { Kysely } from 'kysely';
import type { DB } from '../database/tables.ts';
import { enqueue } from './queue.ts';
import type { JobWorker } from './worker.ts';

/** The next run of a daily job: tomorrow at `uurUtc`:00 UTC. */
export function volgendeDagelijkseRun(nu: Date, uurUtc: number): Date {
  return new Date(
    Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth(), nu.getUTCDate() + 1, uurUtc, 0, 0),
  );
}

/** One run of a daily job per UTC day, whichever instance plans it. */
export function dagJobSleutel(job: string, dag: Date): string {
  return `${job}:${dag.toISOString().slice(0, 10)}`;
}

/** A job that runs once a day: its name, its hour (UTC) and its work. */
export interface DagelijkseJob<C> {
  job: string;
  uurUtc: number;
  werk: (context: C) => Promise<unknown>;
}

/**
 * Registers daily jobs. Each run plans tomorrow's first (keyed by day, so restarts and
 * several instances never double it), then does its work: a run that fails is retried by
 * the queue, and tomorrow's still comes.
 */
export function registreerDagelijks<C>(
  worker: JobWorker,
  db: Kysely<DB>,
  jobs: readonly DagelijkseJob<C>[],
  context: C,
): void {
  for (const { job, uurUtc, werk } of jobs) {
    worker.handle(job, async () => {
      const morgen = volgendeDagelijkseRun(new Date(), uurUtc);
      await enqueue(db, job, {}, { runAt: morgen, idempotencyKey: dagJobSleutel(job, morgen) });
      await werk(context);
    });
  }
}

/** Makes sure today's run of each daily job exists (a no-op when another instance did it). */
export async function planDagelijks(
  db: Kysely<DB>,
  jobs: readonly { job: string }[],
  nu: Date = new Date(),
): Promise<void> {
  for (const { job } of jobs) {
    await enqueue(db, job, {}, { idempotencyKey: dagJobSleutel(job, nu) });
  }
}
