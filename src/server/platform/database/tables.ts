import type { ColumnType, Generated } from 'kysely';

/**
 * The shape of every table, as Kysely sees it. Mirrors `src/server/migrations/*.sql`;
 * change both together. Column names are snake_case in SQL and here; the API maps them
 * to camelCase in each module's model.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Platform table (a Citus reference table): one row per tenant. */
export interface GemeentenTable {
  id: Generated<number>;
  code: string;
  naam: string;
  hostnamen: ColumnType<string[], string[] | undefined, string[]>;
  demo: ColumnType<boolean, boolean | undefined, boolean>;
  instellingen: ColumnType<unknown, string | undefined, string>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** Platform table: a login. One account may hold roles in several gemeenten. */
export interface AccountsTable {
  id: Generated<string>;
  email: string;
  naam: string;
  wachtwoord_hash: string | null;
  platformbeheerder: ColumnType<boolean, boolean | undefined, boolean>;
  actief: ColumnType<boolean, boolean | undefined, boolean>;
  aangemaakt_op: Timestamp;
  email_geverifieerd_op: Date | null;
  wachtwoord_gewijzigd_op: Date | null;
  mfa_geheim: string | null;
  mfa_actief_sinds: Date | null;
  mislukte_pogingen: ColumnType<number, number | undefined, number>;
  geblokkeerd_tot: Date | null;
}

/** Tenant table: an organisation staff work for. */
export interface OrganisatiesTable {
  gemeente_id: number;
  id: Generated<string>;
  naam: string;
  soort: string;
  aangemaakt_op: Timestamp;
}

/** Tenant table: server-side sessions (only the token's hash is stored). */
export interface SessiesTable {
  gemeente_id: number;
  token_hash: string;
  account_id: string;
  csrf_token: string;
  mfa_voldaan: ColumnType<boolean, boolean | undefined, boolean>;
  methode: string;
  aangemaakt_op: Timestamp;
  laatst_actief_op: Timestamp;
  verloopt_op: Timestamp;
}

export interface AuthenticatieGebeurtenissenTable {
  gemeente_id: number;
  id: Generated<string>;
  account_id: string | null;
  soort: string;
  uitkomst: 'gelukt' | 'mislukt' | 'geblokkeerd';
  ip: string | null;
  op: Timestamp;
}

/** Tenant table: what an account may do in one gemeente. */
export interface RollenTable {
  gemeente_id: number;
  account_id: string;
  rol: string;
  functie: string | null;
  organisatie_id: string | null;
  aangemaakt_op: Timestamp;
}

export interface JobsTable {
  id: Generated<string>;
  gemeente_id: number | null;
  type: string;
  payload: ColumnType<unknown, string, string>;
  status: ColumnType<'queued' | 'running' | 'done' | 'failed', 'queued' | undefined, string>;
  run_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  idempotency_key: string | null;
  locked_by: string | null;
  locked_at: Date | null;
  aangemaakt_op: Timestamp;
  afgerond_op: Date | null;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface DB {
  gemeenten: GemeentenTable;
  accounts: AccountsTable;
  rollen: RollenTable;
  organisaties: OrganisatiesTable;
  sessies: SessiesTable;
  authenticatie_gebeurtenissen: AuthenticatieGebeurtenissenTable;
  jobs: JobsTable;
  schema_migrations: SchemaMigrationsTable;
}

/** Tables that belong to one gemeente: `gemeente_id` leads their primary key. */
export type TenantTable = {
  [K in keyof DB]: DB[K] extends { gemeente_id: number } ? K : never;
}[keyof DB];
