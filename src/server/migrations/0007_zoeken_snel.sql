-- Sociale kaart search at national scale (see docs/sociale-kaart.md, "Benchmark").
-- Filter-only searches are ordered by name: with this index a LIMIT stops after one page
-- instead of sorting every published entry.
CREATE INDEX aanbod_naam_idx ON aanbod (gemeente_id, naam, id) WHERE status = 'gepubliceerd';
-- "Nu open": the schedules that are open at a time of day are found once through this
-- index (closes_at after now, opens_at before now) instead of per candidate entry.
CREATE INDEX roosters_open_idx ON roosters (gemeente_id, closes_at, opens_at) INCLUDE (aanbod_id)
  WHERE NOT gesloten AND opens_at IS NOT NULL;
