-- 社会心理服务体系 (seed 003 福田 以心治强固本): service points on the tree (心理科门诊, 心理咨询室, 心理辅导室,
-- 社区心理服务站) with their counsellors and the hours they offer; residents' bookings of a counselling
-- slot (no two live bookings of one counsellor overlap: an exclusion constraint) and the session
-- recorded on them (notes encrypted); screening campaigns per population group (counts only, never a
-- person's result); the register of patients with severe mental disorders 严重精神障碍患者 (name and ID
-- encrypted, ID blind-indexed), their follow-up visits and the 服药补贴 applications and monthly payments.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE psych_points (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('clinic', 'counselling_room', 'school_room', 'station')),
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX psych_points_node ON psych_points (district_id, node_id);
CREATE UNIQUE INDEX psych_points_name ON psych_points (district_id, node_id, name);

CREATE TABLE psych_counsellors (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  point_id uuid NOT NULL,
  user_id uuid,                          -- the counsellor's account (records sessions); null: none yet
  name text NOT NULL,
  weekly_hours numeric(4, 1) NOT NULL CHECK (weekly_hours BETWEEN 0 AND 60),   -- free hours offered a week
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, point_id) REFERENCES psych_points (district_id, id)
);
CREATE INDEX psych_counsellors_point ON psych_counsellors (district_id, point_id);
CREATE INDEX psych_counsellors_user ON psych_counsellors (user_id);

CREATE TABLE psych_bookings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  point_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  user_id uuid NOT NULL,                 -- the resident who booked
  slot tstzrange NOT NULL CHECK (NOT isempty(slot) AND lower_inc(slot) AND NOT upper_inc(slot)),
  topic text NOT NULL CHECK (topic IN ('emotion', 'family', 'study', 'work', 'relationship', 'other')),
  state text NOT NULL CHECK (state IN ('booked', 'done', 'cancelled', 'no_show')),
  minutes integer CHECK (minutes BETWEEN 1 AND 240),           -- the session's duration, when held
  notes_enc bytea,                       -- the counsellor's notes (health data, SM4)
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, point_id) REFERENCES psych_points (district_id, id),
  FOREIGN KEY (district_id, counsellor_id) REFERENCES psych_counsellors (district_id, id),
  CONSTRAINT psych_bookings_no_overlap EXCLUDE USING gist (district_id WITH =, counsellor_id WITH =, slot WITH &&)
    WHERE (state IN ('booked', 'done'))
);
CREATE INDEX psych_bookings_user ON psych_bookings (user_id);
CREATE INDEX psych_bookings_slot ON psych_bookings USING gist (district_id, counsellor_id, slot);

CREATE TABLE psych_screenings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  population text NOT NULL CHECK (population IN ('students', 'civil_servants', 'residents', 'police', 'workers')),
  title text NOT NULL,
  held_on date NOT NULL,
  screened integer NOT NULL CHECK (screened BETWEEN 0 AND 10000000),
  flagged integer NOT NULL CHECK (flagged BETWEEN 0 AND 10000000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (flagged <= screened)
);
CREATE INDEX psych_screenings_node ON psych_screenings (district_id, node_id, held_on);

CREATE TABLE psych_patients (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community (or grid) responsible
  grid_worker_id uuid,                   -- the responsible grid worker's account
  name_enc bytea NOT NULL,
  name_mask text NOT NULL,
  id_enc bytea NOT NULL,
  id_index bytea NOT NULL,
  id_mask text NOT NULL,
  category text NOT NULL,
  risk_level smallint NOT NULL CHECK (risk_level BETWEEN 0 AND 5),
  huji boolean NOT NULL,                 -- 户籍 resident (the subsidy does not require it)
  registered_on date NOT NULL,
  last_visit_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX psych_patients_id_index ON psych_patients (district_id, id_index);
CREATE INDEX psych_patients_node ON psych_patients (district_id, node_id);
CREATE INDEX psych_patients_worker ON psych_patients (grid_worker_id);

CREATE TABLE psych_followups (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  visited_on date NOT NULL,
  way text NOT NULL CHECK (way IN ('home', 'phone', 'clinic')),
  condition text NOT NULL CHECK (condition IN ('stable', 'basically_stable', 'unstable')),
  risk_level smallint NOT NULL CHECK (risk_level BETWEEN 0 AND 5),
  on_time boolean NOT NULL,              -- within the cycle its risk level asked for
  by_user uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, patient_id) REFERENCES psych_patients (district_id, id)
);
CREATE INDEX psych_followups_patient ON psych_followups (district_id, patient_id, visited_on);

CREATE TABLE psych_subsidies (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  applied_on date NOT NULL,
  monthly_fen integer NOT NULL CHECK (monthly_fen BETWEEN 1 AND 10000000),
  state text NOT NULL CHECK (state IN ('applied', 'checked', 'approved', 'rejected')),
  reason text NOT NULL DEFAULT '',       -- why rejected
  checked_by uuid,
  approved_by uuid,
  decided_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, patient_id) REFERENCES psych_patients (district_id, id)
);
CREATE INDEX psych_subsidies_patient ON psych_subsidies (district_id, patient_id);
CREATE UNIQUE INDEX psych_subsidies_live ON psych_subsidies (district_id, patient_id)
  WHERE state IN ('applied', 'checked', 'approved');

CREATE TABLE psych_payments (
  district_id uuid NOT NULL,
  subsidy_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
  amount_fen integer NOT NULL CHECK (amount_fen BETWEEN 1 AND 10000000),
  paid_on date NOT NULL,
  PRIMARY KEY (district_id, subsidy_id, month),
  FOREIGN KEY (district_id, subsidy_id) REFERENCES psych_subsidies (district_id, id)
);
