-- 网格长 patrols against the civilisation-city assessment standards (seed 003: 400+ division-level
-- cadres head Futian's 1,547 grids as 文明城市创建网格长 and walk them weekly; 12 assessment projects,
-- 90 items, 188 standards).

-- a grid head is an assignment of its own kind
ALTER TABLE grid_assignments DROP CONSTRAINT grid_assignments_kind_check;
ALTER TABLE grid_assignments ADD CONSTRAINT grid_assignments_kind_check
  CHECK (kind IN ('worker', 'cadre', 'head'));
CREATE INDEX grid_assignments_kind ON grid_assignments (district_id, kind, node_id);

-- a patrol walked by the grid's head counts for the weekly cadence; week = its Monday (Asia/Shanghai)
ALTER TABLE grid_patrols
  ADD COLUMN as_head boolean NOT NULL DEFAULT false,
  ADD COLUMN week date;
UPDATE grid_patrols
  SET week = date_trunc('week', started_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE grid_patrols ALTER COLUMN week SET NOT NULL;
CREATE INDEX grid_patrols_head ON grid_patrols (district_id, user_id, node_id, week) WHERE as_head;

-- the assessment standards a district works to: project > item > standard, as configurable data
CREATE TABLE grid_civ_standards (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_code text NOT NULL,
  project_name text NOT NULL,
  item_code text NOT NULL,
  item_name text NOT NULL,
  code text NOT NULL,
  text text NOT NULL,
  category text,                         -- the event category a finding against it is reported as
  active boolean NOT NULL DEFAULT true,  -- a standard dropped from the district's list stays for history
  sort integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, code)
);

-- what a patrol found, each against a standard; raised as an event, or put right on the spot
CREATE TABLE grid_patrol_findings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,                      -- client-made UUIDv7 (offline)
  patrol_id uuid NOT NULL,
  node_id uuid NOT NULL,
  standard_id uuid NOT NULL,
  note text NOT NULL DEFAULT '',
  event_id uuid,                         -- the event it was raised as (events module)
  rectified_at timestamptz,              -- put right on the spot (no event)
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, patrol_id) REFERENCES grid_patrols (district_id, id),
  FOREIGN KEY (district_id, standard_id) REFERENCES grid_civ_standards (district_id, id)
);
CREATE UNIQUE INDEX grid_patrol_findings_id ON grid_patrol_findings (id);
CREATE INDEX grid_patrol_findings_patrol ON grid_patrol_findings (district_id, patrol_id);
CREATE INDEX grid_patrol_findings_standard ON grid_patrol_findings (district_id, standard_id, created_at);

-- any event tagged to a standard by the people who handle it (findings carry their own)
CREATE TABLE grid_event_standards (
  district_id uuid NOT NULL,
  event_id uuid NOT NULL,
  standard_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the event's node, for scope
  tagged_by uuid NOT NULL,
  tagged_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, event_id),
  FOREIGN KEY (district_id, standard_id) REFERENCES grid_civ_standards (district_id, id)
);
CREATE INDEX grid_event_standards_standard ON grid_event_standards (district_id, standard_id);
