-- Zorgkring (issue 9): the care circle a carer makes around the person they care for. The
-- content is person data about the care recipient, shared by the carer's (owner's) choice;
-- membership is the access rule. In the access log it is the owner's data, category netwerk
-- (see docs/privacy.md). Deleting the circle (or the owner's person record) deletes all of it.

CREATE TABLE zorgkringen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  voor_wie text NOT NULL CHECK (length(voor_wie) BETWEEN 1 AND 200),
  eigenaar_account_id uuid NOT NULL REFERENCES accounts (id),
  -- The owner's person record: the access log is written on it.
  eigenaar_persoon_id uuid NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, eigenaar_persoon_id) REFERENCES personen (gemeente_id, id)
);
CREATE INDEX zorgkringen_eigenaar_idx ON zorgkringen (gemeente_id, eigenaar_persoon_id);

-- Active members only: leaving or removal deletes the row, so access ends at once.
CREATE TABLE zorgkring_leden (
  gemeente_id integer NOT NULL,
  kring_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  rol text NOT NULL CHECK (rol IN (
    'mantelzorger', 'familie', 'vriend', 'buur', 'vrijwilliger', 'professional', 'zorgvrager'
  )),
  sinds timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, kring_id, account_id),
  FOREIGN KEY (gemeente_id, kring_id) REFERENCES zorgkringen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX zorgkring_leden_account_idx ON zorgkring_leden (gemeente_id, account_id);

-- An invitation by e-mail address (lower case); seen by the account with that address.
CREATE TABLE zorgkring_uitnodigingen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kring_id uuid NOT NULL,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  rol text NOT NULL CHECK (rol IN (
    'familie', 'vriend', 'buur', 'vrijwilliger', 'professional', 'zorgvrager'
  )),
  bericht text NOT NULL DEFAULT '' CHECK (length(bericht) <= 1000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'geaccepteerd', 'afgeslagen')),
  uitgenodigd_op timestamptz NOT NULL DEFAULT now(),
  beantwoord_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, kring_id) REFERENCES zorgkringen (gemeente_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX zorgkring_uitnodigingen_open_key
  ON zorgkring_uitnodigingen (gemeente_id, kring_id, email) WHERE status = 'open';
CREATE INDEX zorgkring_uitnodigingen_email_idx ON zorgkring_uitnodigingen (gemeente_id, email);

-- The shared agenda: one appointment, optionally repeating until a date.
CREATE TABLE zorgkring_afspraken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kring_id uuid NOT NULL,
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  datum date NOT NULL,
  tijd text CHECK (tijd ~ '^[0-2][0-9]:[0-5][0-9]$'),
  plaats text NOT NULL DEFAULT '' CHECK (length(plaats) <= 200),
  herhaling text NOT NULL DEFAULT 'geen'
    CHECK (herhaling IN ('geen', 'wekelijks', 'tweewekelijks', 'maandelijks')),
  tot date,
  door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, kring_id) REFERENCES zorgkringen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX zorgkring_afspraken_kring_idx ON zorgkring_afspraken (gemeente_id, kring_id);

-- Tasks members claim ("ik doe het").
CREATE TABLE zorgkring_taken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kring_id uuid NOT NULL,
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  datum date,
  -- ISO weekday 1 (Monday) … 7 (Sunday) for a task every week.
  weekdag integer CHECK (weekdag BETWEEN 1 AND 7),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'geclaimd', 'gedaan')),
  geclaimd_door uuid REFERENCES accounts (id),
  door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  CHECK (datum IS NULL OR weekdag IS NULL),
  FOREIGN KEY (gemeente_id, kring_id) REFERENCES zorgkringen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX zorgkring_taken_kring_idx ON zorgkring_taken (gemeente_id, kring_id);

CREATE TABLE zorgkring_berichten (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kring_id uuid NOT NULL,
  van uuid REFERENCES accounts (id),
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 4000),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, kring_id) REFERENCES zorgkringen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX zorgkring_berichten_kring_idx ON zorgkring_berichten (gemeente_id, kring_id, op);

CREATE TABLE zorgkring_notities (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kring_id uuid NOT NULL,
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 4000),
  zichtbaarheid text NOT NULL
    CHECK (zichtbaarheid IN ('kring', 'mantelzorger', 'mantelzorger-en-professionals')),
  door uuid REFERENCES accounts (id),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, kring_id) REFERENCES zorgkringen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX zorgkring_notities_kring_idx ON zorgkring_notities (gemeente_id, kring_id, op);
