-- Eén loket (issue 5): help requests, the resident's story told once, volunteers' offers,
-- matches between them, and message threads. All person data: category intake (requests,
-- story) or contact (offers, matches, messages); see docs/privacy.md.

-- A help request. Its answers are one jsonb document (the guided form's shape, validated by
-- the hulpvragen model); the fields the queue filters on are columns.
CREATE TABLE hulpvragen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN (
    'concept', 'ingediend', 'in-behandeling', 'in-matching', 'gekoppeld', 'afgerond', 'ingetrokken'
  )),
  antwoorden jsonb NOT NULL DEFAULT '{}',
  -- Set when sent: where it went and why (routing rules of that moment).
  route text CHECK (route IN ('vrijwilligers', 'wijkteam')),
  organisatie_id uuid,
  routering jsonb,
  ingediend_op timestamptz,
  reactie_voor date,
  behandelaar_id uuid REFERENCES accounts (id),
  notitie text CHECK (length(notitie) <= 1000),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  afgerond_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  CHECK (status = 'concept' OR route IS NOT NULL)
);
CREATE INDEX hulpvragen_persoon_idx ON hulpvragen (gemeente_id, persoon_id);
CREATE INDEX hulpvragen_werkvoorraad_idx ON hulpvragen (gemeente_id, organisatie_id, status);

-- The story, once per person: what goes well, what they could offer, what they enjoy.
CREATE TABLE verhalen (
  gemeente_id integer NOT NULL,
  persoon_id uuid NOT NULL,
  gaat_goed text NOT NULL DEFAULT '' CHECK (length(gaat_goed) <= 2000),
  kan_bieden text[] NOT NULL DEFAULT '{}',
  kan_bieden_toelichting text NOT NULL DEFAULT '' CHECK (length(kan_bieden_toelichting) <= 1000),
  doet_graag text NOT NULL DEFAULT '' CHECK (length(doet_graag) <= 1000),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, persoon_id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);

-- A volunteer's or neighbour's offer of help.
CREATE TABLE hulpaanbod (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  organisatie_id uuid,
  status text NOT NULL DEFAULT 'aangemeld'
    CHECK (status IN ('aangemeld', 'goedgekeurd', 'afgewezen', 'gestopt')),
  categorieen text[] NOT NULL,
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
  straal_km integer NOT NULL CHECK (straal_km BETWEEN 1 AND 50),
  tijdvakken text[] NOT NULL,
  uren_per_week integer NOT NULL CHECK (uren_per_week BETWEEN 1 AND 40),
  max_koppelingen integer NOT NULL DEFAULT 1 CHECK (max_koppelingen BETWEEN 1 AND 5),
  talen text[] NOT NULL,
  soort text NOT NULL CHECK (soort IN ('eenmalig', 'regelmatig', 'beide')),
  vog_status text NOT NULL CHECK (vog_status IN ('geen', 'aangevraagd', 'ontvangen')),
  vog_datum date,
  geslacht text CHECK (geslacht IN ('vrouw', 'man', 'anders')),
  geboortejaar integer,
  toelichting text CHECK (length(toelichting) <= 1000),
  intake_notitie text CHECK (length(intake_notitie) <= 2000),
  beoordeeld_door uuid REFERENCES accounts (id),
  beoordeeld_op timestamptz,
  reden text CHECK (length(reden) <= 1000),
  aangemeld_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX hulpaanbod_persoon_idx ON hulpaanbod (gemeente_id, persoon_id);
CREATE INDEX hulpaanbod_status_idx ON hulpaanbod (gemeente_id, organisatie_id, status);

-- A match of one request and one offer, and every step it took.
CREATE TABLE koppelingen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  hulpvraag_id uuid NOT NULL,
  aanbod_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN (
    'voorstel', 'goedgekeurd', 'vrijwilliger-akkoord', 'kennismaking', 'actief', 'beeindigd',
    'afgewezen'
  )),
  toelichting text NOT NULL CHECK (length(toelichting) BETWEEN 1 AND 1000),
  afstand_km double precision,
  voorgesteld_door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, hulpvraag_id) REFERENCES hulpvragen (gemeente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (gemeente_id, aanbod_id) REFERENCES hulpaanbod (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX koppelingen_hulpvraag_idx ON koppelingen (gemeente_id, hulpvraag_id);
CREATE INDEX koppelingen_aanbod_idx ON koppelingen (gemeente_id, aanbod_id);

CREATE TABLE koppeling_stappen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  koppeling_id uuid NOT NULL,
  status text NOT NULL,
  door uuid REFERENCES accounts (id),
  reden text CHECK (length(reden) <= 1000),
  -- clock_timestamp: two steps in one transaction keep their order.
  op timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, koppeling_id) REFERENCES koppelingen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX koppeling_stappen_idx ON koppeling_stappen (gemeente_id, koppeling_id, op);

-- Message threads about a request or a match; the resident is `persoon_id`.
CREATE TABLE gesprekken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  hulpvraag_id uuid,
  koppeling_id uuid,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, hulpvraag_id) REFERENCES hulpvragen (gemeente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (gemeente_id, koppeling_id) REFERENCES koppelingen (gemeente_id, id) ON DELETE CASCADE,
  CHECK ((hulpvraag_id IS NULL) <> (koppeling_id IS NULL))
);
CREATE UNIQUE INDEX gesprekken_hulpvraag_key ON gesprekken (gemeente_id, hulpvraag_id)
  WHERE hulpvraag_id IS NOT NULL;
CREATE UNIQUE INDEX gesprekken_koppeling_key ON gesprekken (gemeente_id, koppeling_id)
  WHERE koppeling_id IS NOT NULL;

CREATE TABLE gesprek_deelnemers (
  gemeente_id integer NOT NULL,
  gesprek_id uuid NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id),
  gelezen_tot timestamptz,
  PRIMARY KEY (gemeente_id, gesprek_id, account_id),
  FOREIGN KEY (gemeente_id, gesprek_id) REFERENCES gesprekken (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX gesprek_deelnemers_account_idx ON gesprek_deelnemers (gemeente_id, account_id);

CREATE TABLE berichten (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  gesprek_id uuid NOT NULL,
  van uuid REFERENCES accounts (id),
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 4000),
  op timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, gesprek_id) REFERENCES gesprekken (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX berichten_gesprek_idx ON berichten (gemeente_id, gesprek_id, op);
