-- Full-pinyin prefix search, and the server-side store of Excel import previews. A batch holds the
-- parsed valid rows as one SM4 ciphertext (they contain national ID and phone numbers), belongs to
-- the uploading account, and expires after 24 hours.

CREATE INDEX people_persons_pinyin ON people_persons (district_id, name_pinyin text_pattern_ops);

CREATE TABLE people_import_batches (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- default node of the rows
  file_name text NOT NULL DEFAULT '',
  total integer NOT NULL,
  valid integer NOT NULL,
  invalid integer NOT NULL,
  rows_enc bytea NOT NULL,               -- SM4(JSON of the valid rows)
  errors jsonb NOT NULL DEFAULT '[]',    -- [{row, column, key}] without personal data
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'committed')),
  imported integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  committed_at timestamptz,
  PRIMARY KEY (district_id, id),
  UNIQUE (id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX people_import_batches_expiry ON people_import_batches (expires_at);
