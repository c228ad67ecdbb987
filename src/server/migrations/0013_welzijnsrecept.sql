-- Welzijn op Recept (issue 8): the referral from GP to welzijnscoach as a Task (HL7 Gravity
-- SDOH statuses), the coach's contactmomenten, the chosen activity, the wellbeing measure,
-- the follow-up task and the reports back to the GP. Person data: category intake
-- (see docs/privacy.md); the person record itself is in personen (category contact).

-- Where a practice can refer to: per gemeente, optionally only for one practice.
CREATE TABLE recept_ontvangers (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisatie_id uuid NOT NULL,
  -- null: every practice of the gemeente
  praktijk_id uuid,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  FOREIGN KEY (gemeente_id, praktijk_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE UNIQUE INDEX recept_ontvangers_key ON recept_ontvangers
  (gemeente_id, organisatie_id, coalesce(praktijk_id, '00000000-0000-0000-0000-000000000000'));

-- The wellbeing dimensions of a gemeente (default: six, in the shape of positieve gezondheid).
CREATE TABLE recept_instellingen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  dimensies text[] NOT NULL,
  PRIMARY KEY (gemeente_id)
);

CREATE TABLE welzijnsrecepten (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  praktijk_id uuid NOT NULL,
  verwijzer_id uuid NOT NULL REFERENCES accounts (id),
  ontvanger_id uuid NOT NULL,
  coach_id uuid REFERENCES accounts (id),
  bron text NOT NULL CHECK (bron IN ('formulier', 'fhir')),
  status text NOT NULL CHECK (status IN (
    'draft', 'requested', 'accepted', 'rejected', 'cancelled', 'in-progress', 'on-hold',
    'failed', 'completed', 'entered-in-error'
  )),
  status_reden text NOT NULL DEFAULT '' CHECK (length(status_reden) <= 1000),
  reden text NOT NULL CHECK (length(reden) BETWEEN 1 AND 2000),
  wat_ik_belangrijk_vind text NOT NULL DEFAULT '' CHECK (length(wat_ik_belangrijk_vind) <= 2000),
  contact_voorkeur text NOT NULL CHECK (contact_voorkeur IN ('telefoon', 'email', 'brief', 'via-huisarts')),
  toestemming_op timestamptz NOT NULL,
  verstuurd_op timestamptz,
  eerste_contact_voor date,
  eerste_contact_op date,
  herinnerd_op timestamptz,
  interesses text NOT NULL DEFAULT '' CHECK (length(interesses) <= 2000),
  mogelijkheden text NOT NULL DEFAULT '' CHECK (length(mogelijkheden) <= 2000),
  -- The chosen activity: a sociale kaart entry, with its name and kind as they were then.
  aanbod_id uuid,
  aanbod_naam text,
  aanbod_soort text,
  activiteit_start date,
  meegegaan boolean NOT NULL DEFAULT false,
  delen_met_huisarts boolean NOT NULL DEFAULT false,
  vervolg_op date,
  samenvatting text NOT NULL DEFAULT '' CHECK (length(samenvatting) <= 2000),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, praktijk_id) REFERENCES organisaties (gemeente_id, id),
  FOREIGN KEY (gemeente_id, ontvanger_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX welzijnsrecepten_praktijk_idx ON welzijnsrecepten (gemeente_id, praktijk_id, aangemaakt_op);
CREATE INDEX welzijnsrecepten_ontvanger_idx ON welzijnsrecepten (gemeente_id, ontvanger_id, status);
CREATE INDEX welzijnsrecepten_persoon_idx ON welzijnsrecepten (gemeente_id, persoon_id);

-- Every status change, by whom and on which side, with its reason.
CREATE TABLE recept_stappen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recept_id uuid NOT NULL,
  van text,
  naar text NOT NULL,
  reden text NOT NULL DEFAULT '' CHECK (length(reden) <= 1000),
  kant text NOT NULL CHECK (kant IN ('verwijzer', 'ontvanger')),
  door uuid REFERENCES accounts (id),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, recept_id) REFERENCES welzijnsrecepten (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX recept_stappen_recept_idx ON recept_stappen (gemeente_id, recept_id, op);

CREATE TABLE recept_contactmomenten (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recept_id uuid NOT NULL,
  datum date NOT NULL,
  soort text NOT NULL CHECK (soort IN ('gesprek', 'telefoon', 'huisbezoek', 'meegegaan', 'bericht')),
  notitie text NOT NULL DEFAULT '' CHECK (length(notitie) <= 500),
  door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, recept_id) REFERENCES welzijnsrecepten (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX recept_contactmomenten_recept_idx ON recept_contactmomenten (gemeente_id, recept_id, datum);

-- What the GP hears: plain words the person agreed to share.
CREATE TABLE recept_terugkoppelingen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recept_id uuid NOT NULL,
  moment text NOT NULL CHECK (moment IN ('aangenomen', 'geweigerd', 'activiteit', 'afgesloten')),
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 1000),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, recept_id) REFERENCES welzijnsrecepten (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX recept_terugkoppelingen_recept_idx ON recept_terugkoppelingen (gemeente_id, recept_id, op);

CREATE TABLE recept_welbevinden (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recept_id uuid NOT NULL,
  moment text NOT NULL CHECK (moment IN ('start', 'vervolg')),
  datum date NOT NULL,
  scores jsonb NOT NULL,
  ingevuld_door text NOT NULL CHECK (ingevuld_door IN ('persoon', 'coach')),
  door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, recept_id) REFERENCES welzijnsrecepten (gemeente_id, id) ON DELETE CASCADE
);
-- One measure per moment; a new one replaces it.
CREATE UNIQUE INDEX recept_welbevinden_moment_key ON recept_welbevinden (gemeente_id, recept_id, moment);

-- The follow-up three months after the activity starts, made by the daily job.
CREATE TABLE recept_taken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recept_id uuid NOT NULL,
  soort text NOT NULL CHECK (soort IN ('vervolg')),
  vervalt_op date NOT NULL,
  gedaan_op timestamptz,
  gedaan_door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, recept_id) REFERENCES welzijnsrecepten (gemeente_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX recept_taken_soort_key ON recept_taken (gemeente_id, recept_id, soort);
