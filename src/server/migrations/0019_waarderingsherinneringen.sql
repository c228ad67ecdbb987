-- Reminders before the mantelzorgwaardering's deadline (issue 9): which reminder went to
-- which carer for which campaign, so each is sent once. The carer's data (category netwerk).
CREATE TABLE waarderingsherinneringen (
  gemeente_id integer NOT NULL,
  ronde_id uuid NOT NULL,
  persoon_id uuid NOT NULL,
  soort text NOT NULL CHECK (soort IN ('eerste', 'laatste')),
  verstuurd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, ronde_id, persoon_id, soort),
  FOREIGN KEY (gemeente_id, ronde_id) REFERENCES waarderingsrondes (gemeente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id) ON DELETE CASCADE
);
