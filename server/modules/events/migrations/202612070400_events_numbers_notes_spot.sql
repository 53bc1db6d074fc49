-- Event numbers 事件编号 (福田-20261206-0007: the district's short name, the report day in
-- Asia/Shanghai, a gapless sequence per district and day), public reports and public replies
-- (what Open311 may publish), events resolved on the spot 自行处置, district settings of the
-- recurrence rule, and the evaluation 评估 and prevention 预防 steps of the problem lifecycle.

-- The last number given per (district, report day). The intake takes its numbers in the statement
-- that writes the reports (one upsert per group and day), so a rolled-back report gives its number
-- back and the series has no gaps.
CREATE TABLE events_numbers (
  district_id uuid NOT NULL,
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, day)
);

ALTER TABLE events_events
  ADD COLUMN number integer,                          -- the sequence within (district, report_day)
  ADD COLUMN public boolean NOT NULL DEFAULT false,   -- the reporter (a resident) or Open311 made it public
  ADD COLUMN resolved_at timestamptz;                 -- resolved on the spot by a grid worker or community

-- number the events there are, in report order per district and day
WITH n AS (
  SELECT district_id, id, row_number() OVER (PARTITION BY district_id, report_day ORDER BY reported_at, id) AS k
  FROM events_events)
UPDATE events_events e SET number = n.k FROM n WHERE e.district_id = n.district_id AND e.id = n.id;
UPDATE events_events SET public = true WHERE reporter_kind = 'open311';
INSERT INTO events_numbers (district_id, day, last)
  SELECT district_id, report_day, max(number) FROM events_events GROUP BY district_id, report_day;
CREATE UNIQUE INDEX events_events_number ON events_events (district_id, report_day, number);
-- text search over title, description and address (trigram: Chinese has no word boundaries)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX events_events_text ON events_events
  USING gin ((title || ' ' || description || ' ' || address) gin_trgm_ops);

-- a step's note is internal unless written as a public reply (Open311 shows public ones only)
ALTER TABLE events_steps ADD COLUMN public boolean NOT NULL DEFAULT false;
CREATE INDEX events_steps_public ON events_steps (district_id, event_id, at) WHERE public;

-- the rates count events resolved on the spot (see RATES.md)
ALTER TABLE events_rollup ADD COLUMN resolved integer NOT NULL DEFAULT 0;

-- Per-district settings of the events module (defaults in code when a district has no row).
CREATE TABLE events_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  recur_count smallint NOT NULL,          -- reports of one category at one place that make it recurring
  recur_metres smallint NOT NULL,         -- within this distance
  recur_days smallint NOT NULL,           -- over this many days
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- processes keep settings in memory while they hear their changes (like service levels)
CREATE TRIGGER events_settings_notify AFTER INSERT OR UPDATE OR DELETE ON events_settings
  FOR EACH ROW EXECUTE FUNCTION events_notify_sla();

-- 评估: after an event is closed or resolved, was the problem fixed, and did residents agree.
CREATE TABLE events_evaluations (
  district_id uuid NOT NULL,
  event_id uuid NOT NULL,
  fixed boolean NOT NULL,
  residents_agree boolean NOT NULL,
  note text NOT NULL DEFAULT '',
  by_user_id uuid,
  by_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, event_id),
  FOREIGN KEY (district_id, event_id) REFERENCES events_events (district_id, id)
);

-- 预防: a recurring problem at a place, or of a category under a node, becomes a prevention item
-- with an owner and a review date.
CREATE TABLE events_prevention (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                  -- where (the event's location, or the node of a category item)
  kind text NOT NULL CHECK (kind IN ('place', 'category')),
  category text NOT NULL,
  title text NOT NULL,
  measures text NOT NULL DEFAULT '',
  lat double precision,
  lng double precision,
  address text NOT NULL DEFAULT '',
  source_event_id uuid,
  owner_user_id uuid,
  owner_name text NOT NULL,
  review_on date NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'reviewed', 'closed')),
  review_note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, source_event_id) REFERENCES events_events (district_id, id)
);
CREATE INDEX events_prevention_node ON events_prevention (district_id, node_id, review_on);
