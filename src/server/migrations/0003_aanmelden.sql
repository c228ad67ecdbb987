-- Logging in: TOTP replay protection, recovery codes, single-use e-mail tokens,
-- and a public id per session for the account page.

ALTER TABLE accounts
  -- The last TOTP time step (unix time / 30) that was accepted: a code is used once.
  ADD COLUMN mfa_laatste_stap bigint,
  -- Recovery codes as keyed hashes (HMAC-SHA-256 under KRING_SECRET_KEY); a used one is removed.
  ADD COLUMN mfa_herstelcodes text[] NOT NULL DEFAULT '{}';

-- The account page lists sessions by this id; the token and its hash never leave the server.
ALTER TABLE sessies ADD COLUMN publiek_id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX sessies_publiek_id_key ON sessies (gemeente_id, publiek_id);

-- Single-use links sent by e-mail (password reset, e-mail verification). Only the SHA-256
-- of the token is stored. A link belongs to the gemeente whose site sent it.
CREATE TABLE aanmeld_tokens (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  token_hash text NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  doel text NOT NULL CHECK (doel IN ('wachtwoord-herstel', 'email-verificatie')),
  verloopt_op timestamptz NOT NULL,
  gebruikt_op timestamptz,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, token_hash)
);
CREATE INDEX aanmeld_tokens_account_idx ON aanmeld_tokens (account_id, doel);
