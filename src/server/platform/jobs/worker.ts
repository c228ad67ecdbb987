import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../database/tables.ts';
import { retryDelayMs } from './backoff.ts';

export interface Job {
  id: string;
  type: string;
  payload: unknown;
  gemeenteId: number | null;
  attempt: number;
}

export type JobHandler = (job: Job) => Promise<void>;

export interface WorkerOptions {
  pollIntervalMs?: number;
  /** A job still `running` after this long is taken to be from a crashed instance. */
  leaseMs?: number;
  retryBaseMs?: number;
}

/**
 * In-process worker over the `jobs` table. Claims one due job at a time with
 * `FOR UPDATE SKIP LOCKED`, so several instances share one queue without running a job
 * twice; failed jobs come back with exponential backoff until `max_attempts`.
 */
export class JobWorker {
  readonly id = `worker-${randomUUID()}`;
  readonly #db: Kysely<DB>;
  readonly #log: Logger;
  readonly #handlers = new Map<string, JobHandler>();
  readonly #pollMs: number;
  readonly #leaseMs: number;
  readonly #retryBaseMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;

  constructor(db: Kysely<DB>, log: Logger, options: WorkerOptions = {}) {
    this.#db = db;
    this.#log = log;
    this.#pollMs = options.pollIntervalMs ?? 1_000;
    this.#leaseMs = options.leaseMs ?? 10 * 60_000;
    this.#retryBaseMs = options.retryBaseMs ?? 5_000;
  }

  handle(type: string, handler: JobHandler): this {
    this.#handlers.set(type, handler);
    return this;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  /** Stops polling and waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  /** Works due jobs until none is left; returns how many ran. For the CLI and tests. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOne()) n++;
    return n;
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.drain()
        .then(() => undefined)
        .catch((err) => this.#log.error({ err }, 'job worker poll failed'))
        .finally(() => this.#schedule(this.#pollMs));
    }, delay);
  }

  /** Claims and runs one due job. Returns false when nothing was due. */
  async runOne(): Promise<boolean> {
    const types = [...this.#handlers.keys()];
    if (types.length === 0) return false;
    const leaseCutoff = new Date(Date.now() - this.#leaseMs);
    const claimed = await this.#db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('jobs')
        .select(['id', 'type', 'payload', 'gemeente_id', 'attempts'])
        .where('type', 'in', types)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', sql<Date>`now()`)]),
            eb.and([eb('status', '=', 'running'), eb('locked_at', '<', leaseCutoff)]),
          ]),
        )
        .orderBy('run_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!due) return undefined;
      await trx
        .updateTable('jobs')
        .set({
          status: 'running',
          locked_by: this.id,
          locked_at: sql<Date>`now()` as never,
          attempts: due.attempts + 1,
        })
        .where('id', '=', due.id)
        .execute();
      return due;
    });
    if (!claimed) return false;

    const job: Job = {
      id: claimed.id,
      type: claimed.type,
      payload: claimed.payload,
      gemeenteId: claimed.gemeente_id,
      attempt: claimed.attempts + 1,
    };
    try {
      await this.#handlers.get(job.type)!(job);
      await this.#db
        .updateTable('jobs')
        .set({ status: 'done', afgerond_op: sql<Date>`now()` as never, last_error: null })
        .where('id', '=', job.id)
        .where('locked_by', '=', this.id)
        .execute();
    } catch (err) {
      // Only the error's message: job payloads may hold references to people.
      const message = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
      this.#log.warn({ jobId: job.id, type: job.type, attempt: job.attempt }, 'job failed');
      await this.#db
        .updateTable('jobs')
        .set((eb) => ({
          status: eb
            .case()
            .when('attempts', '>=', eb.ref('max_attempts'))
            .then('failed')
            .else('queued')
            .end(),
          run_at: new Date(Date.now() + retryDelayMs(job.attempt, job.id, this.#retryBaseMs)),
          last_error: message,
          locked_by: null,
          locked_at: null,
        }))
        .where('id', '=', job.id)
        .execute();
    }
    return true;
  }
}
