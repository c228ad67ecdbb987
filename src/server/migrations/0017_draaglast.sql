-- "Hoe gaat het met u?" (issue 9): the carer's own check of load and capacity
-- (draaglast/draagkracht), the gemeente's instrument, and the consulent's task after a heavy
-- result the carer shared. Person data: category gezondheid of the carer (docs/privacy.md).

-- The gemeente's own instrument (questions and thresholds); absent: the default in code.
CREATE TABLE draaglast_instrumenten (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  versie integer NOT NULL CHECK (versie >= 1),
  -- [{id, deel: 'last'|'kracht', tekst}]
  vragen jsonb NOT NULL,
  -- {licht, matig, zwaar}: band boundaries on the belasting score 0–100.
  drempels jsonb NOT NULL,
  gewijzigd_door uuid REFERENCES accounts (id),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id)
);

-- One filled-in check. The questions asked are kept with it, so a later change of the
-- instrument never changes what an earlier check meant.
CREATE TABLE draaglast_checks (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  persoon_id uuid NOT NULL,
  instrument_versie integer NOT NULL,
  vragen jsonb NOT NULL,
  -- {vraagId: 0..3}
  antwoorden jsonb NOT NULL,
  last integer NOT NULL CHECK (last BETWEEN 0 AND 100),
  kracht integer NOT NULL CHECK (kracht BETWEEN 0 AND 100),
  belasting integer NOT NULL CHECK (belasting BETWEEN 0 AND 100),
  band text NOT NULL CHECK (band IN ('geen', 'licht', 'matig', 'zwaar')),
  -- The steunpunt the carer chose to share this result with; null: not shared.
  gedeeld_met uuid,
  ingevuld_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, gedeeld_met) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX draaglast_checks_persoon_idx ON draaglast_checks (gemeente_id, persoon_id, ingevuld_op);

-- Heavy and shared: the steunpunt's consulent gets in touch.
CREATE TABLE draaglast_taken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  check_id uuid NOT NULL,
  persoon_id uuid NOT NULL,
  organisatie_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'afgerond')),
  notitie text NOT NULL DEFAULT '' CHECK (length(notitie) <= 2000),
  afgerond_door uuid REFERENCES accounts (id),
  afgerond_op timestamptz,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, check_id),
  FOREIGN KEY (gemeente_id, check_id) REFERENCES draaglast_checks (gemeente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX draaglast_taken_organisatie_idx ON draaglast_taken (gemeente_id, organisatie_id, status);
