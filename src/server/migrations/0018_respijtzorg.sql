-- Respijtzorg (issue 9): a carer asks for a break — a volunteer who takes over at home, a
-- buddy for a moment, day activities or a short stay. Person data: category intake of the
-- carer (see docs/privacy.md). Volunteer kinds point at the help request of the front door
-- (hulpvragen) that matching works on; provider kinds at the organisation and the
-- sociale kaart entry the carer chose.
CREATE TABLE respijtverzoeken (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The carer (their own person record) and the account that asked.
  persoon_id uuid NOT NULL,
  aangevraagd_door uuid REFERENCES accounts (id),
  soort text NOT NULL CHECK (soort IN ('vervangende-zorg', 'maatje', 'dagactiviteit', 'logeren')),
  route text NOT NULL CHECK (route IN ('matching', 'aanbieder')),
  -- The person cared for: a name and who they are to the carer, nothing more.
  voor_wie_naam text NOT NULL CHECK (length(voor_wie_naam) BETWEEN 1 AND 200),
  voor_wie_relatie text NOT NULL DEFAULT '' CHECK (length(voor_wie_relatie) <= 100),
  datum date NOT NULL,
  dagdeel text NOT NULL CHECK (dagdeel IN ('ochtend', 'middag', 'avond', 'hele-dag', 'dag-en-nacht')),
  hoe_vaak text NOT NULL CHECK (hoe_vaak IN ('eenmalig', 'wekelijks', 'tweewekelijks', 'maandelijks')),
  toelichting text NOT NULL DEFAULT '' CHECK (length(toelichting) <= 1000),
  postcode text CHECK (length(postcode) <= 10),
  hulpvraag_id uuid,
  organisatie_id uuid,
  aanbod_id uuid,
  -- The entry's name when it was chosen (an entry may change or go later).
  aanbod_naam text CHECK (length(aanbod_naam) <= 300),
  status text NOT NULL CHECK (status IN (
    'ingediend', 'bij-aanbieder', 'in-matching', 'toegezegd', 'afgewezen', 'geannuleerd', 'afgerond'
  )),
  -- The provider's note with a yes, or their reason with a no.
  antwoord text NOT NULL DEFAULT '' CHECK (length(antwoord) <= 1000),
  beantwoord_door uuid REFERENCES accounts (id),
  beantwoord_op timestamptz,
  ingediend_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, persoon_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, hulpvraag_id) REFERENCES hulpvragen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  CHECK ((route = 'matching') = (hulpvraag_id IS NOT NULL)),
  CHECK ((route = 'aanbieder') = (organisatie_id IS NOT NULL))
);
CREATE INDEX respijtverzoeken_persoon_idx ON respijtverzoeken (gemeente_id, persoon_id);
CREATE INDEX respijtverzoeken_organisatie_idx ON respijtverzoeken (gemeente_id, organisatie_id, status);
