-- 基层一线实践锻炼 (seed 002 Longgang): newly promoted cadres seconded full-time, as ordinary staff,
-- to a street's urgent, hard and dangerous work (土地整备、征地拆迁) in batches of about three months;
-- the street records their work, they keep a weekly log, the street rates them at the end and the
-- rating reaches their one-person file. 专项考察 (seed 001 Kaihua): a targeted assessment at a key
-- moment, four ratings and an outcome per cadre, in the same file.

CREATE TABLE secondments_batches (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the node whose organisation department runs the batch
  name text NOT NULL,
  work_kind text NOT NULL,               -- e.g. 土地整备、征地拆迁
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK (ends_on > starts_on),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX secondments_batches_node ON secondments_batches (district_id, node_id, starts_on);

-- The streets receiving a batch, with the unit of their target volume (亩, 户 …).
CREATE TABLE secondments_streets (
  district_id uuid NOT NULL,
  batch_id uuid NOT NULL,
  street_id uuid NOT NULL,
  unit text NOT NULL DEFAULT '',
  PRIMARY KEY (district_id, batch_id, street_id),
  FOREIGN KEY (district_id, batch_id) REFERENCES secondments_batches (district_id, id),
  FOREIGN KEY (district_id, street_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX secondments_streets_street ON secondments_streets (district_id, street_id);

-- A street's yearly target volume and the volume completed, as entered on a day (30% → 83%).
CREATE TABLE secondments_progress (
  district_id uuid NOT NULL,
  batch_id uuid NOT NULL,
  street_id uuid NOT NULL,
  recorded_on date NOT NULL,
  target numeric(14, 2) NOT NULL CHECK (target > 0),
  done numeric(14, 2) NOT NULL CHECK (done >= 0),
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, batch_id, street_id, recorded_on),
  FOREIGN KEY (district_id, batch_id, street_id) REFERENCES secondments_streets (district_id, batch_id, street_id)
);

-- A cadre seconded to a street in a batch (once per batch), and the street's rating at the end.
CREATE TABLE secondments_assignments (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  batch_id uuid NOT NULL,
  street_id uuid NOT NULL,
  person_id uuid NOT NULL,               -- the cadre (people's register)
  person_name text NOT NULL,
  unit_name text NOT NULL DEFAULT '',
  post text NOT NULL DEFAULT '',
  user_id uuid,                          -- the cadre's account, when they have one (notices, own pages)
  rating text CHECK (rating IN ('excellent', 'competent', 'basic', 'incompetent')),
  rating_comment text NOT NULL DEFAULT '',
  rated_by uuid,
  rated_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, batch_id, person_id),
  FOREIGN KEY (district_id, batch_id, street_id) REFERENCES secondments_streets (district_id, batch_id, street_id)
);
CREATE INDEX secondments_assignments_person ON secondments_assignments (district_id, person_id);
CREATE INDEX secondments_assignments_street ON secondments_assignments (district_id, street_id);

-- The street's work entries for a cadre, and the cadre's own weekly log (one per week, on its Monday).
CREATE TABLE secondments_entries (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  assignment_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('work', 'weekly')),
  on_date date NOT NULL,
  what text NOT NULL,
  households integer NOT NULL DEFAULT 0 CHECK (households >= 0),
  cases integer NOT NULL DEFAULT 0 CHECK (cases >= 0),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, assignment_id) REFERENCES secondments_assignments (district_id, id)
);
CREATE INDEX secondments_entries_assignment ON secondments_entries (district_id, assignment_id, on_date);
CREATE UNIQUE INDEX secondments_entries_week ON secondments_entries (district_id, assignment_id, on_date)
  WHERE kind = 'weekly';

-- 专项考察: a targeted assessment at a key moment (epidemic control, a key project).
CREATE TABLE secondments_specials (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  topic text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  CHECK (ends_on >= starts_on),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- Each cadre of a special assessment: attitude, responsibility, role and results, a fact-based
-- comment and the outcome (praise, none, punishment).
CREATE TABLE secondments_special_cadres (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  special_id uuid NOT NULL,
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  unit_name text NOT NULL DEFAULT '',
  attitude text CHECK (attitude IN ('good', 'fair', 'average', 'poor')),
  responsibility text CHECK (responsibility IN ('good', 'fair', 'average', 'poor')),
  role text CHECK (role IN ('good', 'fair', 'average', 'poor')),
  results text CHECK (results IN ('good', 'fair', 'average', 'poor')),
  comment text NOT NULL DEFAULT '',
  outcome text CHECK (outcome IN ('praise', 'none', 'punish')),
  rated_by uuid,
  rated_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, special_id, person_id),
  FOREIGN KEY (district_id, special_id) REFERENCES secondments_specials (district_id, id)
);
CREATE INDEX secondments_special_cadres_person ON secondments_special_cadres (district_id, person_id);
