-- Sociale kaart: organisations on the map, locations, aanbod (services, activities, groups,
-- events), schedules, taxonomies, synonyms, collaboration, moderation and change history.
-- The shape follows Open Referral HSDS 3.0 so the HSDS API and import/export map to it
-- without loss (see docs/sociale-kaart.md for the mapping).

-- Organisations already exist for staff membership (0002); the map adds public details.
ALTER TABLE organisaties
  ADD COLUMN beschrijving text,
  ADD COLUMN website text,
  ADD COLUMN email text,
  ADD COLUMN telefoon text,
  -- Shown on the public sociale kaart (a wijkteam may exist for staff only).
  ADD COLUMN op_kaart boolean NOT NULL DEFAULT false,
  -- Identifier in an external source (HSDS import: re-import updates instead of duplicating).
  ADD COLUMN extern_id text,
  ADD COLUMN gewijzigd_op timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX organisaties_extern_id_key ON organisaties (gemeente_id, extern_id)
  WHERE extern_id IS NOT NULL;

-- HSDS taxonomy: levensdomein, hulpvorm, doelgroep (configurable per gemeente).
CREATE TABLE taxonomieen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{0,39}$'),
  naam text NOT NULL,
  beschrijving text NOT NULL,
  versie text NOT NULL DEFAULT '1',
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, code)
);

-- HSDS taxonomy_term. `code` is what aanbod rows and API filters use.
CREATE TABLE taxonomie_termen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  taxonomie_id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{0,39}$'),
  naam text NOT NULL,
  naam_en text,
  beschrijving text NOT NULL DEFAULT '',
  bovenliggend_id uuid,
  volgorde integer NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, taxonomie_id, code),
  FOREIGN KEY (gemeente_id, taxonomie_id) REFERENCES taxonomieen (gemeente_id, id),
  FOREIGN KEY (gemeente_id, bovenliggend_id) REFERENCES taxonomie_termen (gemeente_id, id)
);

-- Search synonyms per gemeente: a word people type → words the entries use.
CREATE TABLE synoniemen (
  gemeente_id integer NOT NULL REFERENCES gemeenten (id),
  woord text NOT NULL CHECK (woord ~ '^[a-z0-9]{2,40}$'),
  alternatieven text[] NOT NULL,
  PRIMARY KEY (gemeente_id, woord)
);

-- HSDS location. A confidential address (a shelter) is never shown or exported: the
-- public sees only `contactroute`. `zoek_lat/zoek_lon` is what search may use: the exact
-- point for a normal address, the postcode area's centre for a confidential one.
CREATE TABLE locaties (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisatie_id uuid NOT NULL,
  extern_id text,
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  adres text NOT NULL,
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}( ?[A-Z]{2})?$'),
  plaats text NOT NULL,
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  zoek_lat double precision NOT NULL,
  zoek_lon double precision NOT NULL,
  vertrouwelijk boolean NOT NULL DEFAULT false,
  contactroute text,
  route_omschrijving text,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  CHECK (NOT vertrouwelijk OR contactroute IS NOT NULL)
);
CREATE UNIQUE INDEX locaties_extern_id_key ON locaties (gemeente_id, extern_id)
  WHERE extern_id IS NOT NULL;
CREATE INDEX locaties_organisatie_idx ON locaties (gemeente_id, organisatie_id);
-- Radius search: earth_box(...) @> ll_to_earth(...) uses this index.
CREATE INDEX locaties_zoekpunt_idx ON locaties USING gist (ll_to_earth(zoek_lat, zoek_lon));

-- HSDS service (+ service_at_location: one location per entry, or none for help at home
-- or online). Published content lives here; proposed changes in aanbod_voorstellen.
CREATE TABLE aanbod (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisatie_id uuid NOT NULL,
  locatie_id uuid,
  extern_id text,
  -- concept: never published (not public); gepubliceerd; gearchiveerd (not public).
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'gepubliceerd', 'gearchiveerd')),
  soort text NOT NULL CHECK (soort IN ('dienst', 'activiteit', 'groep', 'evenement')),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  naam_en text,
  beschrijving text NOT NULL,
  beschrijving_en text,
  aanmelden text NOT NULL DEFAULT '',
  kosten_soort text NOT NULL CHECK (kosten_soort IN ('gratis', 'vast', 'inkomensafhankelijk')),
  kosten_bedrag numeric(10, 2),
  kosten_omschrijving text NOT NULL DEFAULT '',
  toegankelijkheid text[] NOT NULL DEFAULT '{}',
  talen text[] NOT NULL DEFAULT '{nl}',
  levensdomeinen text[] NOT NULL DEFAULT '{}',
  hulpvormen text[] NOT NULL DEFAULT '{}',
  doelgroepen text[] NOT NULL DEFAULT '{}',
  trefwoorden text[] NOT NULL DEFAULT '{}',
  minimum_leeftijd integer CHECK (minimum_leeftijd BETWEEN 0 AND 120),
  maximum_leeftijd integer CHECK (maximum_leeftijd BETWEEN 0 AND 120),
  verwijzing_nodig boolean NOT NULL DEFAULT false,
  diagnose_nodig boolean NOT NULL DEFAULT false,
  telefoon text,
  email text,
  website text,
  laatst_gecontroleerd_op timestamptz NOT NULL DEFAULT now(),
  herinnerd_op timestamptz,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  -- Kept by the trigger below: Dutch full text (weighted) and the short text for typos.
  zoekvector tsvector NOT NULL DEFAULT ''::tsvector,
  zoektekst text NOT NULL DEFAULT '',
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  FOREIGN KEY (gemeente_id, locatie_id) REFERENCES locaties (gemeente_id, id),
  CHECK (minimum_leeftijd IS NULL OR maximum_leeftijd IS NULL OR minimum_leeftijd <= maximum_leeftijd)
);
CREATE UNIQUE INDEX aanbod_extern_id_key ON aanbod (gemeente_id, extern_id) WHERE extern_id IS NOT NULL;
CREATE INDEX aanbod_organisatie_idx ON aanbod (gemeente_id, organisatie_id);
CREATE INDEX aanbod_locatie_idx ON aanbod (gemeente_id, locatie_id);
CREATE INDEX aanbod_zoekvector_idx ON aanbod USING gin (zoekvector);
CREATE INDEX aanbod_zoektekst_trgm_idx ON aanbod USING gin (zoektekst gin_trgm_ops);
CREATE INDEX aanbod_termen_idx ON aanbod USING gin (levensdomeinen, hulpvormen, doelgroepen, toegankelijkheid);
CREATE INDEX aanbod_versheid_idx ON aanbod (gemeente_id, laatst_gecontroleerd_op) WHERE status = 'gepubliceerd';

CREATE FUNCTION aanbod_zoekvelden() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.zoekvector :=
    setweight(to_tsvector('dutch', unaccent(NEW.naam)), 'A') ||
    setweight(to_tsvector('dutch', unaccent(array_to_string(NEW.trefwoorden, ' '))), 'A') ||
    setweight(to_tsvector('dutch', unaccent(NEW.beschrijving)), 'B') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(NEW.naam_en, '') || ' ' || coalesce(NEW.beschrijving_en, ''))), 'D');
  NEW.zoektekst := lower(unaccent(NEW.naam || ' ' || array_to_string(NEW.trefwoorden, ' ')));
  RETURN NEW;
END;
$$;
CREATE TRIGGER aanbod_zoekvelden_trg BEFORE INSERT OR UPDATE OF naam, naam_en, beschrijving, beschrijving_en, trefwoorden
  ON aanbod FOR EACH ROW EXECUTE FUNCTION aanbod_zoekvelden();

-- HSDS schedule (RFC 5545 shape). A recurring rule (freq WEEKLY/MONTHLY with byday such as
-- 'TU' or '1TU'), a one-off date (freq NULL, dtstart), or an exception (gesloten: closed on
-- dtstart..until, e.g. a holiday).
CREATE TABLE roosters (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  aanbod_id uuid NOT NULL,
  freq text CHECK (freq IN ('WEEKLY', 'MONTHLY')),
  "interval" integer NOT NULL DEFAULT 1 CHECK ("interval" BETWEEN 1 AND 12),
  byday text CHECK (byday ~ '^(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$'),
  dtstart date,
  until date,
  opens_at time,
  closes_at time,
  valid_from date,
  valid_to date,
  gesloten boolean NOT NULL DEFAULT false,
  beschrijving text NOT NULL DEFAULT '',
  volgorde integer NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, aanbod_id) REFERENCES aanbod (gemeente_id, id) ON DELETE CASCADE,
  CHECK (freq IS NOT NULL OR dtstart IS NOT NULL),
  CHECK (freq IS NULL OR byday IS NOT NULL),
  CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
);
CREATE INDEX roosters_aanbod_idx ON roosters (gemeente_id, aanbod_id);

-- Samenwerking: which organisations work together on what ("wie is wie in de wijk").
CREATE TABLE samenwerkingen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisatie_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  onderwerp text NOT NULL CHECK (length(onderwerp) BETWEEN 1 AND 300),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  UNIQUE (gemeente_id, organisatie_id, partner_id, onderwerp),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id),
  FOREIGN KEY (gemeente_id, partner_id) REFERENCES organisaties (gemeente_id, id),
  CHECK (organisatie_id <> partner_id)
);
CREATE INDEX samenwerkingen_partner_idx ON samenwerkingen (gemeente_id, partner_id);

-- A proposed change to an entry: concept → ingediend → gepubliceerd, or → teruggestuurd
-- (with a comment) → ingediend again; ingetrokken ends it. At most one open per entry.
CREATE TABLE aanbod_voorstellen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  aanbod_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('concept', 'ingediend', 'teruggestuurd', 'gepubliceerd', 'ingetrokken')),
  inhoud jsonb NOT NULL,
  opmerking text,
  gemaakt_door uuid NOT NULL REFERENCES accounts (id),
  gemaakt_op timestamptz NOT NULL DEFAULT now(),
  ingediend_op timestamptz,
  beoordeeld_door uuid REFERENCES accounts (id),
  beoordeeld_op timestamptz,
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, aanbod_id) REFERENCES aanbod (gemeente_id, id)
);
CREATE UNIQUE INDEX aanbod_voorstellen_open_key ON aanbod_voorstellen (gemeente_id, aanbod_id)
  WHERE status IN ('concept', 'ingediend', 'teruggestuurd');
CREATE INDEX aanbod_voorstellen_status_idx ON aanbod_voorstellen (gemeente_id, status, ingediend_op);

-- Change history, like HSDS metadata: who, when, what action, which field, old and new.
CREATE TABLE kaart_historie (
  gemeente_id integer NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  resource_id uuid NOT NULL,
  resource_type text NOT NULL CHECK (resource_type IN ('aanbod', 'organisatie', 'locatie')),
  actie text NOT NULL,
  veld text,
  oude_waarde text,
  nieuwe_waarde text,
  opmerking text,
  door_account_id uuid REFERENCES accounts (id),
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id)
);
CREATE INDEX kaart_historie_resource_idx ON kaart_historie (gemeente_id, resource_id, op);

-- Freshness reminders sent to organisation admins (one row per organisation and run).
CREATE TABLE kaart_herinneringen (
  gemeente_id integer NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisatie_id uuid NOT NULL,
  aantal_aanbod integer NOT NULL,
  aantal_ontvangers integer NOT NULL,
  per_mail boolean NOT NULL,
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_id, id),
  FOREIGN KEY (gemeente_id, organisatie_id) REFERENCES organisaties (gemeente_id, id)
);

-- Default taxonomies and synonyms for every gemeente, now and when one is added.
CREATE FUNCTION sociale_kaart_standaarden(gid integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t_id uuid;
BEGIN
  INSERT INTO taxonomieen (gemeente_id, code, naam, beschrijving)
  VALUES (gid, 'levensdomein', 'Levensdomeinen', 'De acht domeinen van zelfredzaamheid.')
  ON CONFLICT DO NOTHING;
  SELECT id INTO t_id FROM taxonomieen WHERE gemeente_id = gid AND code = 'levensdomein';
  INSERT INTO taxonomie_termen (gemeente_id, taxonomie_id, code, naam, naam_en, volgorde) VALUES
    (gid, t_id, 'dagbesteding', 'Dagbesteding en vrije tijd', 'Daytime activities and leisure', 1),
    (gid, t_id, 'functioneren', 'Lichamelijk, psychisch en cognitief functioneren', 'Physical, mental and cognitive health', 2),
    (gid, t_id, 'sociaal-netwerk', 'Sociaal netwerk', 'Social network', 3),
    (gid, t_id, 'wonen', 'Woonsituatie', 'Housing', 4),
    (gid, t_id, 'huishouden', 'Huishouden', 'Household', 5),
    (gid, t_id, 'adl', 'Dagelijkse verzorging', 'Daily self-care', 6),
    (gid, t_id, 'mobiliteit', 'Mobiliteit', 'Mobility', 7),
    (gid, t_id, 'financien', 'Financiën', 'Money matters', 8)
  ON CONFLICT DO NOTHING;

  INSERT INTO taxonomieen (gemeente_id, code, naam, beschrijving)
  VALUES (gid, 'hulpvorm', 'Hulpvormen', 'Wat voor hulp of activiteit het is.')
  ON CONFLICT DO NOTHING;
  SELECT id INTO t_id FROM taxonomieen WHERE gemeente_id = gid AND code = 'hulpvorm';
  INSERT INTO taxonomie_termen (gemeente_id, taxonomie_id, code, naam, naam_en, volgorde) VALUES
    (gid, t_id, 'informatie-advies', 'Informatie en advies', 'Information and advice', 1),
    (gid, t_id, 'ontmoeting', 'Ontmoeting', 'Meeting people', 2),
    (gid, t_id, 'activiteit', 'Activiteit of club', 'Activity or club', 3),
    (gid, t_id, 'begeleiding', 'Begeleiding en ondersteuning', 'Guidance and support', 4),
    (gid, t_id, 'praktische-hulp', 'Praktische hulp', 'Practical help', 5),
    (gid, t_id, 'cursus', 'Cursus of training', 'Course or training', 6),
    (gid, t_id, 'lotgenoten', 'Lotgenotencontact', 'Peer support', 7),
    (gid, t_id, 'vrijwilligerswerk', 'Vrijwilligerswerk', 'Volunteering', 8),
    (gid, t_id, 'respijtzorg', 'Respijtzorg', 'Respite care', 9),
    (gid, t_id, 'dagbesteding', 'Dagbesteding', 'Day care', 10)
  ON CONFLICT DO NOTHING;

  INSERT INTO taxonomieen (gemeente_id, code, naam, beschrijving)
  VALUES (gid, 'doelgroep', 'Doelgroepen', 'Voor wie het aanbod is.')
  ON CONFLICT DO NOTHING;
  SELECT id INTO t_id FROM taxonomieen WHERE gemeente_id = gid AND code = 'doelgroep';
  INSERT INTO taxonomie_termen (gemeente_id, taxonomie_id, code, naam, naam_en, volgorde) VALUES
    (gid, t_id, 'iedereen', 'Iedereen', 'Everyone', 1),
    (gid, t_id, 'kinderen', 'Kinderen', 'Children', 2),
    (gid, t_id, 'jongeren', 'Jongeren', 'Young people', 3),
    (gid, t_id, 'ouders', 'Ouders', 'Parents', 4),
    (gid, t_id, 'volwassenen', 'Volwassenen', 'Adults', 5),
    (gid, t_id, 'ouderen', 'Ouderen', 'Older people', 6),
    (gid, t_id, 'mantelzorgers', 'Mantelzorgers', 'Informal carers', 7),
    (gid, t_id, 'mensen-met-beperking', 'Mensen met een beperking', 'People with a disability', 8),
    (gid, t_id, 'mensen-met-dementie', 'Mensen met dementie', 'People with dementia', 9),
    (gid, t_id, 'nieuwkomers', 'Nieuwkomers', 'Newcomers', 10),
    (gid, t_id, 'vrijwilligers', 'Vrijwilligers', 'Volunteers', 11)
  ON CONFLICT DO NOTHING;

  INSERT INTO synoniemen (gemeente_id, woord, alternatieven) VALUES
    (gid, 'eenzaam', '{contact,ontmoeting,ontmoeten,samen,maatje,gezelschap}'),
    (gid, 'eenzaamheid', '{contact,ontmoeting,ontmoeten,samen,maatje,gezelschap}'),
    (gid, 'alleen', '{contact,ontmoeting,maatje,gezelschap}'),
    (gid, 'schulden', '{schuldhulp,geldzaken,budget,financien,administratie}'),
    (gid, 'geld', '{geldzaken,schuldhulp,budget,financien,administratie}'),
    (gid, 'koken', '{kookclub,maaltijd,eten}'),
    (gid, 'eten', '{maaltijd,kookclub,koken}'),
    (gid, 'bewegen', '{sport,wandelen,wandelgroep,gym,fietsen}'),
    (gid, 'sporten', '{sport,bewegen,gym}'),
    (gid, 'mantelzorg', '{mantelzorger,respijtzorg,logeeropvang}'),
    (gid, 'ontlasten', '{respijtzorg,logeeropvang,dagbesteding}'),
    (gid, 'taal', '{taalcafe,taalmaatje,nederlands}'),
    (gid, 'repareren', '{repair,reparatie}'),
    (gid, 'dementie', '{geheugen,alzheimer}'),
    (gid, 'vervoer', '{mobiliteit,rijden,buurtbus,rolstoel}')
  ON CONFLICT DO NOTHING;
END;
$$;

SELECT sociale_kaart_standaarden(id) FROM gemeenten;

CREATE FUNCTION sociale_kaart_nieuwe_gemeente() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sociale_kaart_standaarden(NEW.id);
  RETURN NEW;
END;
$$;
CREATE TRIGGER gemeenten_sociale_kaart_trg AFTER INSERT ON gemeenten
  FOR EACH ROW EXECUTE FUNCTION sociale_kaart_nieuwe_gemeente();
