-- Werkplek (issue 6): the keukentafelgesprek with instruments as data, the person's network
-- (netwerkkaart), the plan as a goal tree, regie and the case team's life domains, and case
-- conferences. Person data: category intake (conversations, plan, conferences) or netwerk
-- (network members); see docs/privacy.md.

-- Instruments a functioneel beheerder defines (the default 8-domain instrument is built in).
CREATE TABLE instrumenten (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  soort text NOT NULL CHECK (soort IN ('zelfredzaamheid', 'welbevinden')),
  schaal_min integer NOT NULL,
  schaal_max integer NOT NULL,
  schaal_labels jsonb NOT NULL DEFAULT '[]',
  onderdelen jsonb NOT NULL,
  actief boolean NOT NULL DEFAULT true,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  CHECK (schaal_min < schaal_max)
);
CREATE UNIQUE INDEX instrumenten_code_key ON instrumenten (gemeente_id, code);

CREATE TABLE keukentafelgesprekken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  instrument text NOT NULL,
  datum date NOT NULL,
  plaats text NOT NULL DEFAULT '' CHECK (length(plaats) <= 200),
  deelnemers jsonb NOT NULL DEFAULT '[]',
  scores jsonb NOT NULL DEFAULT '[]',
  sterktes text NOT NULL DEFAULT '' CHECK (length(sterktes) <= 2000),
  kan_bieden text NOT NULL DEFAULT '' CHECK (length(kan_bieden) <= 2000),
  dromen text NOT NULL DEFAULT '' CHECK (length(dromen) <= 2000),
  ideale_dag text NOT NULL DEFAULT '' CHECK (length(ideale_dag) <= 2000),
  door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);
CREATE INDEX keukentafelgesprekken_persoon_idx ON keukentafelgesprekken (gemeente_id, persoon_id, datum);

-- The ecogram: four sectors, closeness 1 (close) … 3 (further away).
CREATE TABLE netwerkleden (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  sector text NOT NULL CHECK (sector IN ('familie', 'vrienden', 'buren', 'professionals')),
  relatie text NOT NULL DEFAULT '' CHECK (length(relatie) <= 100),
  nabijheid integer NOT NULL CHECK (nabijheid BETWEEN 1 AND 3),
  kan_helpen_met text NOT NULL DEFAULT '' CHECK (length(kan_helpen_met) <= 500),
  account_id uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);
CREATE INDEX netwerkleden_persoon_idx ON netwerkleden (gemeente_id, persoon_id);

-- The plan: one main goal in the person's words, subgoals, actions with an owner.
CREATE TABLE plannen (
  gemeente_id integer NOT NULL,
  persoon_id uuid NOT NULL,
  hoofddoel text NOT NULL CHECK (length(hoofddoel) BETWEEN 1 AND 500),
  gewijzigd_door uuid REFERENCES accounts (id),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, persoon_id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);

CREATE TABLE plan_doelen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 300),
  volgorde integer NOT NULL,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES plannen (gemeente_id, persoon_id) ON DELETE CASCADE
);

CREATE TABLE plan_acties (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  doel_id uuid NOT NULL,
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 500),
  eigenaar_soort text NOT NULL
    CHECK (eigenaar_soort IN ('zelf', 'netwerk', 'vrijwilliger', 'voorziening', 'professional')),
  eigenaar text NOT NULL DEFAULT '' CHECK (length(eigenaar) <= 200),
  netwerklid_id uuid,
  aanbod_id uuid,
  organisatie_id uuid,
  deadline date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'klaar', 'gestopt')),
  hulpvraag_id uuid,
  volgorde integer NOT NULL,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, doel_id) REFERENCES plan_doelen (gemeente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (gemeente_id, hulpvraag_id) REFERENCES hulpvragen (gemeente_id, id) ON DELETE SET NULL (hulpvraag_id)
);
CREATE INDEX plan_acties_persoon_idx ON plan_acties (gemeente_id, persoon_id);

-- The person agrees with the plan or comments on it (in Mijn Kring).
CREATE TABLE plan_reacties (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  akkoord boolean NOT NULL,
  tekst text NOT NULL DEFAULT '' CHECK (length(tekst) <= 2000),
  op timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);

-- Which life domains each case-team member works on (for the overlap warning).
ALTER TABLE betrokkenheden ADD COLUMN levensdomeinen text[] NOT NULL DEFAULT '{}';

-- Handover of regie: explicit and kept.
CREATE TABLE regie_overdrachten (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  van_account_id uuid REFERENCES accounts (id),
  naar_account_id uuid NOT NULL REFERENCES accounts (id),
  naar_organisatie_id uuid NOT NULL,
  reden text NOT NULL CHECK (length(reden) BETWEEN 1 AND 1000),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);

CREATE TABLE casusoverleggen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  datum date NOT NULL,
  agenda text NOT NULL DEFAULT '' CHECK (length(agenda) <= 4000),
  notities text NOT NULL DEFAULT '' CHECK (length(notities) <= 8000),
  deelnemers jsonb NOT NULL DEFAULT '[]',
  besluiten jsonb NOT NULL DEFAULT '[]',
  door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id)
);
CREATE INDEX casusoverleggen_persoon_idx ON casusoverleggen (gemeente_id, persoon_id, datum);
