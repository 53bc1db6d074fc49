-- Grid events 事件 with their lifecycle steps, photos, routing rules, service levels, and the
-- rates rollup kept exact in the same transaction as every event change (see events/RATES.md).

CREATE TABLE events_events (
  district_id uuid NOT NULL,
  id uuid NOT NULL,                       -- client-made UUIDv7 (offline phones name their reports)
  node_id uuid NOT NULL,                  -- where it happened (grid, micro-grid, building, or above)
  handling_node_id uuid NOT NULL,         -- who decides on it now (community; a level up after escalation)
  department_id uuid,                     -- the department it is (or was last) dispatched to
  category text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  lat double precision,
  lng double precision,
  reporter_kind text NOT NULL,
  reporter_user_id uuid,
  reporter_name text NOT NULL,
  patrol_id uuid,
  state text NOT NULL,
  duplicate_of uuid,
  recurring boolean NOT NULL DEFAULT false,
  reported_at timestamptz NOT NULL,
  report_day date NOT NULL,               -- Asia/Shanghai day of reported_at: the rates cohort
  received_at timestamptz,
  dispatched_at timestamptz,
  ever_dispatched boolean NOT NULL DEFAULT false,
  handled_at timestamptz,
  verified_at timestamptz,
  closed_at timestamptz,
  deadline_at timestamptz,                -- the running service-level deadline (null when none runs)
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, handling_node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, department_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX events_events_id ON events_events (id);
CREATE INDEX events_events_node ON events_events (district_id, node_id, reported_at DESC);
CREATE INDEX events_events_dept ON events_events (district_id, department_id, reported_at DESC) WHERE department_id IS NOT NULL;
CREATE INDEX events_events_deadline ON events_events (district_id, deadline_at) WHERE deadline_at IS NOT NULL;
-- The recurrence probe on every report (same category within ±50 m in 90 days) reads a thin band
-- of latitude, not every event of the category in the window.
CREATE INDEX events_events_near ON events_events (district_id, category, lat, lng) WHERE lat IS NOT NULL;
CREATE INDEX events_events_reporter ON events_events (reporter_user_id, reported_at DESC);
CREATE INDEX events_events_updated ON events_events (updated_at);

CREATE TABLE events_steps (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  actor_user_id uuid,
  actor_name text NOT NULL,
  note text,
  department_id uuid,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, event_id) REFERENCES events_events (district_id, id)
);
CREATE INDEX events_steps_event ON events_steps (district_id, event_id, at);
CREATE INDEX events_steps_at ON events_steps (at);

-- Photos live in the database (bytea), not under DATA_DIR: they are small (compressed on the phone,
-- ≤ 5 MB), they commit or roll back with the event and its Idempotency-Key, one backup holds
-- everything, and they shard by district_id with the rest on Citus.
CREATE TABLE events_photos (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  event_id uuid NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, event_id) REFERENCES events_events (district_id, id)
);
CREATE INDEX events_photos_event ON events_photos (district_id, event_id, created_at);

CREATE TABLE events_routing (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  category text NOT NULL,
  node_id uuid NOT NULL,
  department_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, category, node_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, department_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE events_sla (
  district_id uuid NOT NULL,
  category text NOT NULL,
  level smallint NOT NULL,
  receive_hours double precision NOT NULL,
  handle_days double precision NOT NULL,
  PRIMARY KEY (district_id, category, level)
);

-- One row per (rollup node, cohort day, category, shard). An event counts at every ancestor of its
-- location up to the district, and at the department it was dispatched to, so a node's rates for
-- any range are a sum over ≤ 366 × categories × shards rows found by the primary key.
CREATE TABLE events_rollup (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  day date NOT NULL,
  category text NOT NULL,
  shard smallint NOT NULL,
  reported integer NOT NULL DEFAULT 0,
  received integer NOT NULL DEFAULT 0,
  dispatched integer NOT NULL DEFAULT 0,
  handled integer NOT NULL DEFAULT 0,
  verified integer NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, node_id, day, category, shard)
);
