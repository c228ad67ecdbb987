-- Mantelzorgwaardering (issue 9): who applied. The carer ('mantelzorger'), or the person cared
-- for ('zorgvrager') when the campaign's wie_mag_aanvragen allows it. The rules read this.
-- (One-time codes for carers without an account are not built yet; see the module README.)
ALTER TABLE waarderingsaanvragen
  ADD COLUMN aanvrager text NOT NULL DEFAULT 'mantelzorger'
    CHECK (aanvrager IN ('mantelzorger', 'zorgvrager'));
