-- The search index (0008) also shows the organisation's name with each result: a new
-- name touches the organisation's entries, so every instance reads them again.
CREATE FUNCTION organisaties_zoekversie() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aanbod a SET zoekversie = 0
    FROM (SELECT n.gemeente_id, n.id FROM nieuw n
          JOIN oud o ON o.gemeente_id = n.gemeente_id AND o.id = n.id
          WHERE n.naam IS DISTINCT FROM o.naam) g
    WHERE a.gemeente_id = g.gemeente_id AND a.organisatie_id = g.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER organisaties_zoekversie_upd AFTER UPDATE ON organisaties
  REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION organisaties_zoekversie();
