import type {
  DeleteQueryBuilder,
  DeleteResult,
  Insertable,
  InsertQueryBuilder,
  InsertResult,
  Kysely,
  SelectQueryBuilder,
  Transaction,
  UpdateQueryBuilder,
  UpdateResult,
} from 'kysely';
import type { DB, TenantTable } from '../database/tables.ts';

export type TenantInsert<T extends TenantTable> = Omit<Insertable<DB[T]>, 'gemeente_id'>;

/**
 * The only door from a module repository to tenant-owned tables.
 *
 * Every query it builds is already filtered on (or, for inserts, stamped with) the
 * gemeente it was made for, so a repository cannot forget the tenant filter: there is
 * no unscoped query builder to reach for. Repositories of tenant modules receive a
 * `GemeenteScope`, never a `Kysely` instance (an architecture test checks the imports).
 *
 * Joins between tenant tables must also match on `gemeente_id`.
 */
export class GemeenteScope {
  readonly gemeenteId: number;
  readonly #db: Kysely<DB>;

  constructor(db: Kysely<DB>, gemeenteId: number) {
    if (!Number.isInteger(gemeenteId) || gemeenteId <= 0) {
      throw new TypeError('GemeenteScope needs the id of an existing gemeente');
    }
    this.#db = db;
    this.gemeenteId = gemeenteId;
  }

  selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<DB, T, object> {
    const qb = this.#db.selectFrom(table) as unknown as SelectQueryBuilder<DB, T, object>;
    return qb.where(this.#db.dynamic.ref(`${table}.gemeente_id`), '=', this.gemeenteId);
  }

  insertInto<T extends TenantTable>(
    table: T,
    values: TenantInsert<T> | readonly TenantInsert<T>[],
  ): InsertQueryBuilder<DB, T, InsertResult> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({
      ...v,
      gemeente_id: this.gemeenteId,
    }));
    return this.#db.insertInto(table).values(rows as never) as InsertQueryBuilder<
      DB,
      T,
      InsertResult
    >;
  }

  updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<DB, T, T, UpdateResult> {
    const qb = this.#db.updateTable(table) as unknown as UpdateQueryBuilder<DB, T, T, UpdateResult>;
    return qb.where(this.#db.dynamic.ref(`${table}.gemeente_id`), '=', this.gemeenteId);
  }

  deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<DB, T, DeleteResult> {
    const qb = this.#db.deleteFrom(table) as unknown as DeleteQueryBuilder<DB, T, DeleteResult>;
    return qb.where(this.#db.dynamic.ref(`${table}.gemeente_id`), '=', this.gemeenteId);
  }

  /** Runs `work` in one transaction, still scoped to this gemeente. */
  transaction<R>(work: (scope: GemeenteScope) => Promise<R>): Promise<R> {
    if (this.#db.isTransaction) return work(this);
    return this.#db
      .transaction()
      .execute((trx: Transaction<DB>) => work(new GemeenteScope(trx, this.gemeenteId)));
  }
}

/** Makes the scope for a gemeente; what services of tenant modules receive instead of a database. */
export type ScopeFactory = (gemeenteId: number) => GemeenteScope;

export function scopeFactory(db: Kysely<DB>): ScopeFactory {
  return (gemeenteId) => new GemeenteScope(db, gemeenteId);
}
