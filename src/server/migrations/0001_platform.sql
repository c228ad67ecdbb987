-- Kring platform: tenants, accounts and roles, durable jobs.
-- Forward only: never edit an applied migration; add a new one.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The tenant. On Citus this is a reference table (copied to every node).
CREATE TABLE gemeenten (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^GM[0-9]{4}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
  -- Host names that route a request to this gemeente, e.g. stein.example.nl.
  hostnamen text[] NOT NULL DEFAULT '{}',
  demo boolean NOT NULL DEFAULT false,
  instellingen jsonb NOT NULL DEFAULT '{}',
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

-- A login. Platform-wide, because one person can work for several gemeenten.
CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  wachtwoord_hash text,
  platformbeheerder boolean NOT NULL DEFAULT false,
  actief boolean NOT NULL DEFAULT true,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);

-- What an account may do in one gemeente. Tenant-owned: gemeente_id leads the key.
CREATE TABLE rollen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  account_id uuid NOT NULL REFERENCES accounts (id),
  rol text NOT NULL CHECK (rol IN (
    'inwoner', 'vrijwilliger', 'mantelzorger', 'professional', 'huisarts',
    'organisatiebeheerder', 'redacteur', 'beleidsmedewerker', 'functioneel-beheerder'
  )),
  functie text,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, account_id, rol)
);
CREATE INDEX rollen_account_idx ON rollen (account_id);

-- Durable background work (reminders, follow-ups). Worked by an in-process worker
-- with FOR UPDATE SKIP LOCKED, so several Kring instances can share the queue.
CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  gemeente_id integer REFERENCES gemeenten (id),
  type text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  last_error text,
  idempotency_key text,
  locked_by text,
  locked_at timestamptz,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  afgerond_op timestamptz
);
CREATE UNIQUE INDEX jobs_idempotency_key ON jobs (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'queued';
CREATE INDEX jobs_running_idx ON jobs (locked_at) WHERE status = 'running';
