-- Sociale kaart search runs on an in-memory index per gemeente and per app instance
-- (modules/sociale-kaart/zoekindex.ts). The database stays the source of truth; these
-- columns tell every instance what changed since it last read.
--
-- kaart_zoekstand.versie counts the transactions that changed searchable data of a gemeente.
-- A transaction takes the next number once (kaart_zoekversie) and keeps the row locked until
-- it commits, so numbers become visible in order: an instance that has read everything up to
-- version v can read "zoekversie > v" later and miss nothing.
CREATE TABLE kaart_zoekstand (
  gemeente_id integer PRIMARY KEY REFERENCES gemeenten (id),
  versie bigint NOT NULL DEFAULT 0,
  -- Set when rows were deleted (rare): an index older than this reads everything again.
  volledig_vanaf bigint NOT NULL DEFAULT 0
);

-- Every gemeente has its row, so a search can always read it (with the stems it needs).
INSERT INTO kaart_zoekstand (gemeente_id) SELECT id FROM gemeenten;
CREATE FUNCTION gemeente_zoekstand() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kaart_zoekstand (gemeente_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
CREATE TRIGGER gemeente_zoekstand_trg AFTER INSERT ON gemeenten
  FOR EACH ROW EXECUTE FUNCTION gemeente_zoekstand();

CREATE FUNCTION kaart_zoekversie(g integer) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  sleutel text := 'kring.kaart_zoekversie_' || g;
  v bigint := nullif(current_setting(sleutel, true), '')::bigint;
BEGIN
  IF v IS NULL THEN
    INSERT INTO kaart_zoekstand (gemeente_id, versie) VALUES (g, 1)
      ON CONFLICT (gemeente_id) DO UPDATE SET versie = kaart_zoekstand.versie + 1
      RETURNING versie INTO v;
    -- Local: forgotten at the end of this transaction.
    PERFORM set_config(sleutel, v::text, true);
  END IF;
  RETURN v;
END;
$$;

ALTER TABLE aanbod ADD COLUMN zoekversie bigint NOT NULL DEFAULT 0;
CREATE INDEX aanbod_zoekversie_idx ON aanbod (gemeente_id, zoekversie);

CREATE FUNCTION aanbod_zoekversie_zetten() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.zoekversie := kaart_zoekversie(NEW.gemeente_id);
  RETURN NEW;
END;
$$;
CREATE TRIGGER aanbod_zoekversie_trg BEFORE INSERT OR UPDATE ON aanbod
  FOR EACH ROW EXECUTE FUNCTION aanbod_zoekversie_zetten();

-- A change to a schedule or a location changes what its entries are found by.
CREATE FUNCTION roosters_zoekversie() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aanbod a SET zoekversie = 0
    FROM (SELECT DISTINCT gemeente_id, aanbod_id FROM gewijzigd) r
    WHERE a.gemeente_id = r.gemeente_id AND a.id = r.aanbod_id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER roosters_zoekversie_ins AFTER INSERT ON roosters
  REFERENCING NEW TABLE AS gewijzigd FOR EACH STATEMENT EXECUTE FUNCTION roosters_zoekversie();
CREATE TRIGGER roosters_zoekversie_upd AFTER UPDATE ON roosters
  REFERENCING NEW TABLE AS gewijzigd FOR EACH STATEMENT EXECUTE FUNCTION roosters_zoekversie();
CREATE TRIGGER roosters_zoekversie_del AFTER DELETE ON roosters
  REFERENCING OLD TABLE AS gewijzigd FOR EACH STATEMENT EXECUTE FUNCTION roosters_zoekversie();

CREATE FUNCTION locaties_zoekversie() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aanbod a SET zoekversie = 0
    FROM (SELECT DISTINCT gemeente_id, id FROM gewijzigd) l
    WHERE a.gemeente_id = l.gemeente_id AND a.locatie_id = l.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER locaties_zoekversie_upd AFTER UPDATE ON locaties
  REFERENCING NEW TABLE AS gewijzigd FOR EACH STATEMENT EXECUTE FUNCTION locaties_zoekversie();

CREATE FUNCTION aanbod_verwijderd_zoekversie() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  g integer;
  v bigint;
BEGIN
  FOR g IN SELECT DISTINCT gemeente_id FROM verwijderd LOOP
    v := kaart_zoekversie(g);
    UPDATE kaart_zoekstand SET volledig_vanaf = v WHERE gemeente_id = g;
  END LOOP;
  RETURN NULL;
END;
$$;
CREATE TRIGGER aanbod_verwijderd_zoekversie AFTER DELETE ON aanbod
  REFERENCING OLD TABLE AS verwijderd FOR EACH STATEMENT EXECUTE FUNCTION aanbod_verwijderd_zoekversie();

-- Existing rows get a version (they are read by the first full build anyway).
UPDATE aanbod SET zoekversie = 0;

-- The SQL search is gone: these served only it.
DROP INDEX aanbod_zoektekst_trgm_idx;
DROP INDEX aanbod_termen_idx;
DROP INDEX aanbod_naam_idx;
DROP INDEX roosters_open_idx;
DROP INDEX locaties_zoekpunt_idx;
