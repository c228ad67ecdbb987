import { type Kysely, sql } from 'kysely';
import type { DB } from '../database/tables.ts';

export interface EnqueueOptions {
  gemeenteId?: number;
  /** When to run; default now. */
  runAt?: Date;
  /** A second enqueue with the same key is a no-op (e.g. `herinnering:aanbod:123:2026-11`). */
  idempotencyKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job. Pass the transaction of the change that causes the job, so the job exists
 * exactly when the change is committed (no lost or phantom reminders).
 * Returns the job id, or undefined when the idempotency key was already used.
 */
export async function enqueue(
  db: Kysely<DB>,
  type: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<string | undefined> {
  const row = await db
    .insertInto('jobs')
    .values({
      type,
      payload: JSON.stringify(payload),
      gemeente_id: options.gemeenteId ?? null,
      run_at: options.runAt ?? sql<Date>`now()`,
      idempotency_key: options.idempotencyKey ?? null,
      max_attempts: options.maxAttempts ?? 5,
    } as never)
    .onConflict((oc) =>
      oc.column('idempotency_key').where('idempotency_key', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function jobCounts(db: Kysely<DB>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
