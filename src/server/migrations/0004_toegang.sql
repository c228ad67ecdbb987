-- Who may see a person's data: persons, representatives, case teams, consent,
-- break-glass, the NEN 7513 access log, privacy requests and retention classes.
-- Data categories: contact, intake, gezondheid, financien, netwerk.

-- A resident known to Kring, with or without an account. Minimal: no BSN.
-- After erasure the row stays as a pseudonym (id, age band) for statistics and the log.
CREATE TABLE personen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  account_id uuid REFERENCES accounts (id),
  naam text CHECK (length(naam) BETWEEN 1 AND 200),
  telefoonnummer text CHECK (length(telefoonnummer) <= 30),
  email text CHECK (length(email) <= 254),
  postcode text CHECK (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
  geboortedatum date,
  -- Kept after erasure: a ten-year age band ('65-74'), nothing that identifies.
  leeftijdsgroep text,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  wissen_gevraagd_op timestamptz,
  gewist_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  CHECK (gewist_op IS NOT NULL OR naam IS NOT NULL)
);
CREATE UNIQUE INDEX personen_account_key ON personen (gemeente_id, account_id)
  WHERE account_id IS NOT NULL;

-- Legal representatives (curator, mentor, bewindvoerder, parent of a minor).
CREATE TABLE vertegenwoordigers (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  soort text NOT NULL CHECK (soort IN ('curator', 'mentor', 'bewindvoerder', 'ouder', 'gemachtigde')),
  sinds timestamptz NOT NULL DEFAULT now(),
  tot timestamptz,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);
CREATE INDEX vertegenwoordigers_persoon_idx ON vertegenwoordigers (gemeente_id, persoon_id);

-- The case team: a professional of an organisation in a role, for some data categories,
-- on a lawful basis, for a period.
CREATE TABLE betrokkenheden (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  organisatie_id uuid NOT NULL,
  rol text NOT NULL CHECK (rol IN ('regisseur', 'lid')),
  categorieen text[] NOT NULL,
  grondslag text NOT NULL CHECK (length(grondslag) BETWEEN 1 AND 200),
  sinds timestamptz NOT NULL DEFAULT now(),
  tot timestamptz,
  aangemaakt_door uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  CHECK (tot IS NULL OR tot >= sinds)
);
CREATE INDEX betrokkenheden_persoon_idx ON betrokkenheden (gemeente_id, persoon_id);
CREATE INDEX betrokkenheden_account_idx ON betrokkenheden (gemeente_id, account_id);

-- Consent: the person lets an organisation see some categories, for a purpose, until a date.
CREATE TABLE toestemmingen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  organisatie_id uuid NOT NULL,
  categorieen text[] NOT NULL,
  doel text NOT NULL CHECK (length(doel) BETWEEN 1 AND 500),
  geldig_tot date,
  gegeven_op timestamptz NOT NULL DEFAULT now(),
  ingetrokken_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX toestemmingen_persoon_idx ON toestemmingen (gemeente_id, persoon_id);

-- Break-glass: urgent access without a relation. Always with a reason, always reviewed.
CREATE TABLE doorbraken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  organisatie_id uuid,
  rol text NOT NULL,
  reden text NOT NULL CHECK (length(reden) BETWEEN 10 AND 1000),
  op timestamptz NOT NULL DEFAULT now(),
  geldig_tot timestamptz NOT NULL,
  beoordeeld_door uuid REFERENCES accounts (id),
  beoordeeld_op timestamptz,
  oordeel text CHECK (oordeel IN ('terecht', 'onterecht')),
  toelichting text CHECK (length(toelichting) <= 1000),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);
CREATE INDEX doorbraken_persoon_idx ON doorbraken (gemeente_id, persoon_id, account_id);
CREATE INDEX doorbraken_open_idx ON doorbraken (gemeente_id, op) WHERE beoordeeld_op IS NULL;

-- NEN 7513 access log. Append-only (trigger below) and hash-chained per gemeente:
-- hash = SHA-256(vorige_hash || canonical row). No foreign key to personen: the log
-- outlives the person's data.
CREATE TABLE toegangslog (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  volgnummer bigint NOT NULL,
  op timestamptz NOT NULL,
  actie text NOT NULL CHECK (actie IN (
    'lezen', 'aanmaken', 'wijzigen', 'verwijderen', 'exporteren', 'printen', 'zoeken'
  )),
  uitkomst text NOT NULL CHECK (uitkomst IN ('toegestaan', 'geweigerd', 'mislukt')),
  account_id uuid,
  namens_persoon_id uuid,
  rol text,
  organisatie_id uuid,
  persoon_id uuid,
  categorie text,
  grondslag text,
  doel text,
  ip text,
  doorbraak boolean NOT NULL DEFAULT false,
  vorige_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (gemeente_id, volgnummer)
);
CREATE INDEX toegangslog_persoon_idx ON toegangslog (gemeente_id, persoon_id, op);

-- The head of each gemeente's chain. Appends lock this row (SELECT … FOR UPDATE), so
-- they are serialised per gemeente; verify compares it with the last row (a cut-off tail
-- is detected too).
CREATE TABLE toegangslog_keten (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  volgnummer bigint NOT NULL DEFAULT 0,
  hash text NOT NULL,
  PRIMARY KEY (gemeente_id)
);

CREATE FUNCTION toegangslog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'toegangslog is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER toegangslog_geen_wijziging BEFORE UPDATE OR DELETE ON toegangslog
  FOR EACH ROW EXECUTE FUNCTION toegangslog_alleen_toevoegen();
CREATE TRIGGER toegangslog_geen_truncate BEFORE TRUNCATE ON toegangslog
  FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen();

-- Privacy requests of residents.
CREATE TABLE correctieverzoeken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  categorie text NOT NULL,
  toelichting text NOT NULL CHECK (length(toelichting) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'uitgevoerd', 'afgewezen')),
  reactie text CHECK (length(reactie) <= 2000),
  ingediend_op timestamptz NOT NULL DEFAULT now(),
  afgehandeld_op timestamptz,
  afgehandeld_door uuid REFERENCES accounts (id),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);

CREATE TABLE wisverzoeken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  ingediend_op timestamptz NOT NULL DEFAULT now(),
  -- Per category: 'gewist' or 'bewaard' with until when and why.
  uitkomst jsonb NOT NULL DEFAULT '[]',
  afgerond_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);

-- Retention class per data category, per gemeente (defaults in privacy/model.ts).
CREATE TABLE bewaartermijnen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  categorie text NOT NULL CHECK (categorie IN ('contact', 'intake', 'gezondheid', 'financien', 'netwerk')),
  jaren integer NOT NULL CHECK (jaren BETWEEN 0 AND 115),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_door uuid REFERENCES accounts (id),
  PRIMARY KEY (gemeente_id, categorie)
);
