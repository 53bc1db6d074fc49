-- Importing a district's own spreadsheets (issue 16): the preview keeps the header texts and the
-- column mapping it used (the user may correct it); a committed import makes its mapping the
-- district's, so the next file with the same everyday headers maps itself.
ALTER TABLE people_import_batches
  ADD COLUMN headers jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN mapping jsonb NOT NULL DEFAULT '{}';

CREATE TABLE people_import_mappings (
  district_id uuid NOT NULL,
  mapping jsonb NOT NULL,                -- normalised header text -> column key
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id)
);
