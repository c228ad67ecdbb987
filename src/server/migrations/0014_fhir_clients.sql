-- The FHIR R4 endpoint at /fhir/r4 (issue 8): the systems of a practice (a GP information
-- system) that refer through FHIR. OAuth2 client credentials (RFC 6749 §4.4): a client
-- authenticates with its id and secret at /fhir/r4/auth/token and gets a bearer token for
-- one hour. A client acts as one huisarts account of one practice, so every access goes
-- through the normal access rules and the NEN 7513 access log as that account.
-- Secrets and tokens are 256 random bits; only their SHA-256 is stored (see docs/security.md).

CREATE TABLE fhir_clients (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  client_id text NOT NULL CHECK (client_id ~ '^[A-Za-z0-9_-]{16,64}$'),
  geheim_hash text NOT NULL CHECK (length(geheim_hash) BETWEEN 40 AND 100),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
  praktijk_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  -- Set: no new tokens, and the tokens already issued stop working at once.
  ingetrokken_op timestamptz,
  PRIMARY KEY (gemeente_id, client_id),
  FOREIGN KEY (gemeente_id, praktijk_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX fhir_clients_praktijk_idx ON fhir_clients (gemeente_id, praktijk_id);

CREATE TABLE fhir_tokens (
  gemeente_id integer NOT NULL,
  token_hash text NOT NULL,
  client_id text NOT NULL,
  verloopt_op timestamptz NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, token_hash),
  FOREIGN KEY (gemeente_id, client_id) REFERENCES fhir_clients (gemeente_id, client_id) ON DELETE CASCADE
);
CREATE INDEX fhir_tokens_verloopt_idx ON fhir_tokens (gemeente_id, verloopt_op);
