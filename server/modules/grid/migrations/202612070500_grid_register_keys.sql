-- Register keys per node, and imports committed in batches.
--
-- A housing key (building|unit|room), an entity's credit code and a person's national ID were
-- unique across the whole district: two communities could not both have 1-1-101, and adding a
-- record told a worker whether one existed anywhere in the district. Each is now unique on the
-- node the record hangs on (building, micro-grid or grid), so nothing outside it is revealed.
DROP INDEX grid_records_unique;
DROP INDEX grid_records_bidx;
CREATE UNIQUE INDEX grid_records_key ON grid_records (district_id, node_id, kind, unique_key)
  WHERE unique_key IS NOT NULL;
CREATE UNIQUE INDEX grid_records_bidx ON grid_records (district_id, node_id, id_bidx)
  WHERE id_bidx IS NOT NULL;

-- An import is staged row by row, then committed in batches (each its own short transaction), with
-- its progress and every row that failed kept on the import.
ALTER TABLE grid_imports
  ADD COLUMN status text NOT NULL DEFAULT 'previewed'
    CHECK (status IN ('previewed', 'committing', 'committed')),
  ADD COLUMN valid integer NOT NULL DEFAULT 0,
  ADD COLUMN done integer NOT NULL DEFAULT 0,
  ADD COLUMN imported integer NOT NULL DEFAULT 0,
  ADD COLUMN failed jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN headers jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN mapping jsonb NOT NULL DEFAULT '{}';

CREATE TABLE grid_import_rows (
  district_id uuid NOT NULL,
  import_id uuid NOT NULL,
  seq integer NOT NULL,                  -- order of the valid rows in the file, from 1
  row_no integer NOT NULL,               -- the row number the user sees in the sheet
  data jsonb NOT NULL,                   -- the prepared record; personal fields encrypted (base64)
  PRIMARY KEY (district_id, import_id, seq),
  FOREIGN KEY (district_id, import_id) REFERENCES grid_imports (district_id, id) ON DELETE CASCADE
);

-- The column mapping a district confirmed for a register: normalised header text → column key.
CREATE TABLE grid_import_mappings (
  district_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('housing', 'population', 'entity')),
  mapping jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, kind)
);
