-- Mantelzorgwaardering (issue 9): one-time codes, by letter or e-mail, for carers without a
-- Kring account. Only a hash of the code is kept (the letter holds the code itself); a code
-- works once, until the campaign's deadline. Making new letters revokes the older code.
-- The carer's data (category netwerk): erased with the person, deleted with the campaign.
CREATE TABLE waarderingscodes (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  ronde_id uuid NOT NULL,
  persoon_id uuid NOT NULL,
  code_hash text NOT NULL,
  geldig_tot date NOT NULL,
  aangemaakt_door uuid REFERENCES accounts (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gebruikt_op timestamptz,
  ingetrokken_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, code_hash),
  FOREIGN KEY (gemeente_id, ronde_id) REFERENCES waarderingsrondes (gemeente_id, id) ON DELETE CASCADE,
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id) ON DELETE CASCADE
);
CREATE INDEX waarderingscodes_persoon_idx ON waarderingscodes (gemeente_id, ronde_id, persoon_id);

-- Which applications came in with a code: their decision letter goes by post.
ALTER TABLE waarderingsaanvragen ADD COLUMN via_code boolean NOT NULL DEFAULT false;
