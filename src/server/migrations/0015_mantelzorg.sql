-- Mantelzorg (issue 9): the carer ↔ care recipient relation and the yearly
-- mantelzorgwaardering (campaign per gemeente and year, applications, confirmations by the
-- care recipient). Person data: category netwerk of the carer (see docs/privacy.md); the
-- person records themselves are in personen (category contact).

-- One carer caring for one person. The care recipient is a Kring person when known, else a
-- name; their e-mail address lets them confirm an application when they log in.
CREATE TABLE mantelzorgrelaties (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  mantelzorger_id uuid NOT NULL,
  zorgvrager_id uuid,
  zorgvrager_naam text NOT NULL CHECK (length(zorgvrager_naam) BETWEEN 1 AND 200),
  zorgvrager_email text CHECK (length(zorgvrager_email) <= 254),
  zorgvrager_woont_in_gemeente boolean NOT NULL,
  mantelzorger_woont_in_gemeente boolean NOT NULL,
  relatie text NOT NULL CHECK (relatie IN (
    'partner', 'ouder', 'kind', 'broer-zus', 'ander-familielid', 'vriend', 'buur', 'anders'
  )),
  wat_ik_doe text NOT NULL DEFAULT '' CHECK (length(wat_ik_doe) <= 2000),
  uren_per_week integer NOT NULL CHECK (uren_per_week BETWEEN 0 AND 168),
  sinds date NOT NULL,
  samenwonend boolean NOT NULL,
  anderen_betrokken text NOT NULL DEFAULT '' CHECK (length(anderen_betrokken) <= 1000),
  geregistreerd_door text NOT NULL CHECK (geregistreerd_door IN ('zelf', 'consulent')),
  -- The steunpunt the carer is registered with (the consulent's organisation).
  organisatie_id uuid,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, mantelzorger_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, zorgvrager_id) REFERENCES personen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id)
);
CREATE INDEX mantelzorgrelaties_mantelzorger_idx ON mantelzorgrelaties (gemeente_id, mantelzorger_id);
CREATE INDEX mantelzorgrelaties_organisatie_idx ON mantelzorgrelaties (gemeente_id, organisatie_id);

-- The yearly campaign, with the rules of the gemeente's verordening.
CREATE TABLE waarderingsrondes (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  jaar integer NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
  -- The organisation whose consulenten assess the applications.
  organisatie_id uuid NOT NULL,
  min_uren_per_week integer NOT NULL DEFAULT 0 CHECK (min_uren_per_week BETWEEN 0 AND 168),
  min_maanden_zorg integer NOT NULL DEFAULT 0 CHECK (min_maanden_zorg BETWEEN 0 AND 600),
  min_leeftijd integer NOT NULL DEFAULT 0 CHECK (min_leeftijd BETWEEN 0 AND 120),
  woonregel text NOT NULL CHECK (woonregel IN ('geen', 'mantelzorger-of-zorgvrager')),
  wie_mag_aanvragen text NOT NULL CHECK (wie_mag_aanvragen IN ('mantelzorger', 'zorgvrager', 'beide')),
  bevestiging_nodig boolean NOT NULL,
  max_per_zorgvrager integer CHECK (max_per_zorgvrager BETWEEN 1 AND 20),
  vorm text NOT NULL CHECK (vorm IN ('bedrag', 'bon', 'uitnodiging')),
  bedrag_cent integer CHECK (bedrag_cent BETWEEN 0 AND 100000000),
  open_vanaf date NOT NULL,
  deadline date NOT NULL,
  -- Age and months of care are counted at this date.
  peildatum date NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, jaar),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  CHECK (open_vanaf <= deadline)
);

CREATE TABLE waarderingsaanvragen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  ronde_id uuid NOT NULL,
  relatie_id uuid NOT NULL,
  aangevraagd_door uuid REFERENCES accounts (id),
  status text NOT NULL CHECK (status IN ('wacht-op-bevestiging', 'te-beoordelen', 'toegekend', 'afgewezen')),
  -- The rules' outcome at the time of the application: [{regel, voldaan, reden}].
  regeluitkomst jsonb NOT NULL,
  besluit_reden text NOT NULL DEFAULT '' CHECK (length(besluit_reden) <= 1000),
  besloten_door uuid REFERENCES accounts (id),
  besloten_op timestamptz,
  ingediend_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, ronde_id, relatie_id),
  FOREIGN KEY (gemeente_id, ronde_id) REFERENCES waarderingsrondes (gemeente_id, id),
  FOREIGN KEY (gemeente_id, relatie_id) REFERENCES mantelzorgrelaties (gemeente_id, id)
);
CREATE INDEX waarderingsaanvragen_ronde_idx ON waarderingsaanvragen (gemeente_id, ronde_id, status);

-- The care recipient's answer: yes, this person cares for me (or no).
CREATE TABLE waarderingsbevestigingen (
  gemeente_id integer NOT NULL,
  aanvraag_id uuid NOT NULL,
  bevestigd boolean NOT NULL,
  door uuid REFERENCES accounts (id),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, aanvraag_id),
  FOREIGN KEY (gemeente_id, aanvraag_id) REFERENCES waarderingsaanvragen (gemeente_id, id)
);
