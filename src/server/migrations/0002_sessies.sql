-- Identity: organisations, sessions, login state on accounts, authentication events.

-- Staff belong to an organisation (wijkteam, welzijnsorganisatie, huisartsenpraktijk …).
CREATE TABLE organisaties (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  soort text NOT NULL CHECK (soort IN (
    'gemeente', 'wijkteam', 'welzijn', 'zorg', 'huisartsenpraktijk', 'vrijwilligersorganisatie',
    'informeel', 'overig'
  )),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id)
);

ALTER TABLE rollen ADD COLUMN organisatie_id uuid;
ALTER TABLE rollen ADD CONSTRAINT rollen_organisatie_fk
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id);

ALTER TABLE accounts
  ADD COLUMN email_geverifieerd_op timestamptz,
  ADD COLUMN wachtwoord_gewijzigd_op timestamptz,
  -- TOTP secret, encrypted with KRING_SECRET_KEY (AES-256-GCM); null until enrolled.
  ADD COLUMN mfa_geheim text,
  ADD COLUMN mfa_actief_sinds timestamptz,
  ADD COLUMN mislukte_pogingen integer NOT NULL DEFAULT 0,
  ADD COLUMN geblokkeerd_tot timestamptz;

-- Server-side sessions. The cookie holds a random token; only its SHA-256 is stored,
-- so a copy of the database cannot be used to take over a session.
-- A session belongs to the gemeente of the host it was made on.
CREATE TABLE sessies (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  token_hash text NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  csrf_token text NOT NULL,
  -- Password (or OIDC) done; for staff the session is only usable after MFA as well.
  mfa_voldaan boolean NOT NULL DEFAULT false,
  -- How the person logged in: 'wachtwoord' or 'oidc:<provider>' with its acr.
  methode text NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  laatst_actief_op timestamptz NOT NULL DEFAULT now(),
  verloopt_op timestamptz NOT NULL,
  PRIMARY KEY (gemeente_id, token_hash)
);
CREATE INDEX sessies_account_idx ON sessies (account_id);

-- Every authentication event: success, failure, lockout, MFA, reset, logout.
-- No e-mail address or password is stored here; failed logins for unknown accounts
-- keep only the outcome.
CREATE TABLE authenticatie_gebeurtenissen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  account_id uuid REFERENCES accounts (id),
  soort text NOT NULL,
  uitkomst text NOT NULL CHECK (uitkomst IN ('gelukt', 'mislukt', 'geblokkeerd')),
  ip text,
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id)
);
CREATE INDEX authenticatie_gebeurtenissen_account_idx ON authenticatie_gebeurtenissen (account_id, op);
