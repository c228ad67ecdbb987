-- Matching (issue 7): where a match came from (by hand or the optimiser) and its score, the
-- evaluation after the first month, the reason a match ended, and when the people involved
-- were last reminded of a step that stalls. Person data: category contact (see docs/privacy.md).

ALTER TABLE koppelingen
  ADD COLUMN bron text NOT NULL DEFAULT 'hand' CHECK (bron IN ('hand', 'optimalisatie')),
  ADD COLUMN score double precision,
  -- Set when both sides said the introduction went well (status actief).
  ADD COLUMN actief_sinds timestamptz,
  -- Set by the daily job one month after actief_sinds: both sides are asked how it goes.
  ADD COLUMN evaluatie_gevraagd_op timestamptz,
  ADD COLUMN einde_reden text CHECK (einde_reden IN (
    'doel-bereikt', 'niet-meer-nodig', 'klikt-niet', 'geen-tijd', 'verhuisd', 'anders'
  )),
  -- The last reminder for the step the match waits on; a new step clears it.
  ADD COLUMN herinnerd_op timestamptz;

CREATE INDEX koppelingen_status_idx ON koppelingen (gemeente_id, status, gewijzigd_op);

-- One answer per side: how it goes, and whether they want to go on.
CREATE TABLE koppeling_evaluaties (
  gemeente_id integer NOT NULL,
  koppeling_id uuid NOT NULL,
  kant text NOT NULL CHECK (kant IN ('inwoner', 'vrijwilliger')),
  oordeel text NOT NULL CHECK (oordeel IN ('goed', 'gaat-wel', 'niet-goed')),
  doorgaan boolean NOT NULL,
  opmerking text CHECK (length(opmerking) <= 1000),
  door uuid REFERENCES accounts (id),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, koppeling_id, kant),
  FOREIGN KEY (gemeente_id, koppeling_id) REFERENCES koppelingen (gemeente_id, id) ON DELETE CASCADE
);
