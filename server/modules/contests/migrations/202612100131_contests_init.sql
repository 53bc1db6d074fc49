-- 擂台赛 of leading cadres' units (seed 001 开化: 完善赛马比拼、实绩晾晒机制，常态开展“两勤”“两专”擂台赛，
-- 通过比专业、比担当、比创新、比贡献、比位次): contests with weighted dimensions, participating units
-- (department and street nodes), judges (accounts), rounds with deadlines, the units' entries, the judges'
-- scores (locked once submitted) and the rounds' published rankings 实绩晾晒.

CREATE TABLE contests_contests (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                       -- the district node that runs it
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL,
  series text NOT NULL,                        -- 两勤 / 两专 / another a district names
  weights jsonb NOT NULL,                      -- dimension → weight (rules: DIMENSIONS)
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, year, title),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE contests_units (
  district_id uuid NOT NULL,
  contest_id uuid NOT NULL,
  node_id uuid NOT NULL,                       -- a department or street node
  PRIMARY KEY (district_id, contest_id, node_id),
  FOREIGN KEY (district_id, contest_id) REFERENCES contests_contests (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX contests_units_node ON contests_units (district_id, node_id);

CREATE TABLE contests_judges (
  district_id uuid NOT NULL,
  contest_id uuid NOT NULL,
  user_id uuid NOT NULL,                       -- an account (installation-wide, no foreign key)
  username text NOT NULL,
  display_name text NOT NULL,
  PRIMARY KEY (district_id, contest_id, user_id),
  FOREIGN KEY (district_id, contest_id) REFERENCES contests_contests (district_id, id)
);
CREATE INDEX contests_judges_user ON contests_judges (user_id);

CREATE TABLE contests_rounds (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  contest_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq BETWEEN 1 AND 100),
  title text NOT NULL,
  opens_on date NOT NULL,
  due_on date NOT NULL CHECK (due_on >= opens_on),   -- entries after this day are refused
  state text NOT NULL CHECK (state IN ('planned', 'open', 'published')),
  opened_at timestamptz,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, contest_id, seq),
  FOREIGN KEY (district_id, contest_id) REFERENCES contests_contests (district_id, id)
);

CREATE TABLE contests_entries (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  round_id uuid NOT NULL,
  contest_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  summary text NOT NULL,
  figures text NOT NULL DEFAULT '',            -- the results in figures, as the unit states them
  attachments text[] NOT NULL DEFAULT '{}',    -- links or short texts, no uploads
  submitted_by uuid NOT NULL,
  submitted_on date NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, round_id, unit_id),
  FOREIGN KEY (district_id, round_id) REFERENCES contests_rounds (district_id, id),
  FOREIGN KEY (district_id, contest_id, unit_id) REFERENCES contests_units (district_id, contest_id, node_id)
);

CREATE TABLE contests_scores (
  district_id uuid NOT NULL,
  entry_id uuid NOT NULL,
  judge_id uuid NOT NULL,
  contest_id uuid NOT NULL,
  scores jsonb NOT NULL,                       -- dimension → 0..100
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, entry_id, judge_id),
  FOREIGN KEY (district_id, entry_id) REFERENCES contests_entries (district_id, id),
  FOREIGN KEY (district_id, contest_id, judge_id) REFERENCES contests_judges (district_id, contest_id, user_id)
);
