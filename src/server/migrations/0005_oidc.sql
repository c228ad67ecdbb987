-- OpenID Connect login per gemeente, and the gemeente admin's user management.

-- A resident who logs in through a DigiD-like broker often has no e-mail address.
-- The unique index accounts_email_key stays: PostgreSQL lets any number of rows be null.
ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;

-- An OpenID Connect provider (a DigiD/eHerkenning broker or a staff identity provider)
-- that one gemeente connects. The client secret itself is never stored: only the name of
-- the environment variable that holds it.
CREATE TABLE oidc_providers (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
  issuer text NOT NULL CHECK (issuer ~ '^https?://'),
  client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
  client_secret_env text CHECK (client_secret_env ~ '^[A-Z_][A-Z0-9_]{0,99}$'),
  scopes text[] NOT NULL DEFAULT '{openid}',
  doelgroep text NOT NULL CHECK (doelgroep IN ('inwoners', 'medewerkers')),
  -- When not empty, only these acr values are accepted.
  acr_waarden text[] NOT NULL DEFAULT '{}',
  -- The acr values that mean the provider did a second factor (staff then skip Kring's TOTP).
  acr_tweede_factor text[] NOT NULL DEFAULT '{}',
  actief boolean NOT NULL DEFAULT true,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, slug)
);

-- Which account a provider's subject (`sub`) is.
CREATE TABLE oidc_identiteiten (
  gemeente_id integer NOT NULL,
  provider_id uuid NOT NULL,
  sub text NOT NULL CHECK (length(sub) BETWEEN 1 AND 255),
  account_id uuid NOT NULL REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  laatst_gebruikt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, provider_id, sub),
  FOREIGN KEY (gemeente_id, provider_id) REFERENCES oidc_providers (gemeente_id, id)
);
CREATE INDEX oidc_identiteiten_account_idx ON oidc_identiteiten (account_id);

-- A login that went to a provider and has not come back yet. Single use, 10 minutes.
-- Only the SHA-256 of the state is stored; the browser holds the state in a cookie too.
CREATE TABLE oidc_autorisaties (
  gemeente_id integer NOT NULL,
  state_hash text NOT NULL,
  provider_id uuid NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  redirect_uri text NOT NULL,
  verloopt_op timestamptz NOT NULL,
  PRIMARY KEY (gemeente_id, state_hash),
  FOREIGN KEY (gemeente_id, provider_id) REFERENCES oidc_providers (gemeente_id, id)
);
CREATE INDEX oidc_autorisaties_verloopt_idx ON oidc_autorisaties (verloopt_op);

-- What the gemeente admin changed: accounts, roles, organisations, providers.
-- No names or e-mail addresses: only ids and what changed.
CREATE TABLE beheer_gebeurtenissen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  door_account_id uuid REFERENCES accounts (id),
  soort text NOT NULL,
  account_id uuid REFERENCES accounts (id),
  organisatie_id uuid,
  provider_id uuid,
  details jsonb NOT NULL DEFAULT '{}',
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id)
);
