-- Grid work: who serves which grid, outlines, registers 台账 with history, visit cycles, visits,
-- patrols, and staged Excel imports.

CREATE TABLE grid_assignments (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  user_name text NOT NULL,
  node_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('worker', 'cadre')),   -- cadre: 我当网格员 for a period
  from_day date NOT NULL,
  to_day date,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (to_day IS NULL OR to_day >= from_day)
);
CREATE INDEX grid_assignments_user ON grid_assignments (user_id, from_day);
CREATE INDEX grid_assignments_node ON grid_assignments (district_id, node_id);

CREATE TABLE grid_outlines (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  geojson jsonb NOT NULL,
  min_lng double precision NOT NULL,
  min_lat double precision NOT NULL,
  max_lng double precision NOT NULL,
  max_lat double precision NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, node_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE grid_records (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('housing', 'population', 'entity')),
  node_id uuid NOT NULL,
  label text NOT NULL,
  attrs jsonb NOT NULL,                  -- per kind, validated by grid.schemas.ts; no plaintext ID numbers
  id_enc bytea,                          -- population: SM4 national ID
  id_bidx bytea,                         -- population: HMAC-SM3 blind index
  unique_key text,                       -- housing building/unit/room, entity credit code
  visit_category text NOT NULL,
  last_visited_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX grid_records_id ON grid_records (id);
CREATE UNIQUE INDEX grid_records_bidx ON grid_records (district_id, id_bidx) WHERE id_bidx IS NOT NULL;
CREATE UNIQUE INDEX grid_records_unique ON grid_records (district_id, kind, unique_key) WHERE unique_key IS NOT NULL;
CREATE INDEX grid_records_node ON grid_records (district_id, node_id, kind, label);

CREATE TABLE grid_record_history (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  record_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_name text NOT NULL,
  change text NOT NULL CHECK (change IN ('create', 'update', 'verify', 'import')),
  before jsonb,
  after jsonb NOT NULL,
  visit_id uuid,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, record_id) REFERENCES grid_records (district_id, id)
);
CREATE INDEX grid_record_history_record ON grid_record_history (district_id, record_id, at);
CREATE INDEX grid_record_history_actor ON grid_record_history (actor_user_id, at);

CREATE TABLE grid_visit_rules (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('household', 'rental', 'special_care', 'entity')),
  interval_days integer NOT NULL CHECK (interval_days BETWEEN 1 AND 365),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, category),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE grid_visits (
  district_id uuid NOT NULL,
  id uuid NOT NULL,                      -- client-made UUIDv7
  record_id uuid NOT NULL,
  node_id uuid NOT NULL,
  user_id uuid NOT NULL,
  user_name text NOT NULL,
  as_cadre boolean NOT NULL DEFAULT false,
  visited_at timestamptz NOT NULL,
  day date NOT NULL,
  lat double precision,
  lng double precision,
  result text NOT NULL,
  note text NOT NULL DEFAULT '',
  verified_count integer NOT NULL DEFAULT 0,
  changed_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, record_id) REFERENCES grid_records (district_id, id)
);
CREATE UNIQUE INDEX grid_visits_id ON grid_visits (id);
CREATE INDEX grid_visits_record ON grid_visits (district_id, record_id, visited_at DESC);
CREATE INDEX grid_visits_user ON grid_visits (user_id, day);
CREATE INDEX grid_visits_node ON grid_visits (district_id, node_id, day);

CREATE TABLE grid_imports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL,
  node_id uuid NOT NULL,
  user_id uuid NOT NULL,
  total integer NOT NULL,
  rows jsonb NOT NULL,                   -- the valid rows, personal fields already encrypted (base64)
  errors jsonb NOT NULL,
  committed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);

CREATE TABLE grid_patrols (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  user_id uuid NOT NULL,
  user_name text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz NOT NULL,
  track jsonb NOT NULL DEFAULT '[]',
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX grid_patrols_id ON grid_patrols (id);
CREATE INDEX grid_patrols_node ON grid_patrols (district_id, node_id, started_at);
