-- Cadre assessment 干部考核 [000 Futian, 001 Kaihua/Qujiang, 004 Luohu]. Cadres are people with the
-- cadre identity (people module); orders and points come from the tasks module's service. Every row
-- carries the unit node it belongs to (unit_node_id), through which queries are scoped.

-- A district's settings: the quota for 好, order points, Qujiang's situations, groups, rotation limits.
CREATE TABLE assessment_settings (
  district_id uuid PRIMARY KEY,
  good_quota numeric(4, 3) NOT NULL DEFAULT 0.4 CHECK (good_quota > 0 AND good_quota <= 1),
  order_points jsonb,
  situations jsonb,
  groups jsonb,
  rotation jsonb,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A unit (department or street): its department type and its 双点 roles [000].
CREATE TABLE assessment_units (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  level text NOT NULL,
  dept_type text NOT NULL CHECK (dept_type IN ('party_admin', 'economy', 'livelihood', 'street', 'law_enforcement')),
  liaison boolean NOT NULL DEFAULT false,        -- 考核联系点
  observation boolean NOT NULL DEFAULT false,    -- 综合观测点
  supervising_group text NOT NULL DEFAULT '',    -- 督导组
  leader_name text NOT NULL DEFAULT '',          -- 包干部领导
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, node_id)
);

-- The indicator library, one version per quarter: 共性 (all), 个性 (a department type and/or a post),
-- 动态 (one cadre for that quarter).
CREATE TABLE assessment_indicators (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  quarter text NOT NULL CHECK (quarter ~ '^\d{4}Q[1-4]$'),
  layer text NOT NULL CHECK (layer IN ('common', 'individual', 'dynamic')),
  dept_type text CHECK (dept_type IN ('party_admin', 'economy', 'livelihood', 'street', 'law_enforcement')),
  post text,
  person_id uuid,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  dimension text NOT NULL CHECK (dimension IN ('post_fit', 'results', 'reputation', 'key_tasks')),
  weight numeric(6, 2) NOT NULL CHECK (weight > 0),
  scoring text NOT NULL CHECK (scoring IN ('score', 'grade', 'pass_fail')),
  max_score numeric(6, 2) NOT NULL DEFAULT 100 CHECK (max_score > 0),
  evidence_required boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  CHECK ((layer = 'dynamic') = (person_id IS NOT NULL))
);
CREATE INDEX assessment_indicators_quarter ON assessment_indicators (district_id, quarter, layer);

-- A quarter's cycle: deadlines per step and the quota for 好 it was run with.
CREATE TABLE assessment_cycles (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  quarter text NOT NULL CHECK (quarter ~ '^\d{4}Q[1-4]$'),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  summary_due date NOT NULL,
  review_due date NOT NULL,
  assess_due date NOT NULL,
  publish_due date NOT NULL,
  good_quota numeric(4, 3) NOT NULL,
  sheets integer NOT NULL DEFAULT 0,
  dispatched_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, quarter)
);

-- One cadre's sheet in a cycle: indicators with scores, the summary, the unit's review, the
-- department's grade and feedback.
CREATE TABLE assessment_sheets (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  cycle_id uuid NOT NULL,
  quarter text NOT NULL,
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  unit_node_id uuid NOT NULL,
  unit_name text NOT NULL,
  post text NOT NULL,
  rank_title text NOT NULL,                 -- 职级
  dept_type text NOT NULL,
  status text NOT NULL DEFAULT 'dispatched'
    CHECK (status IN ('dispatched', 'submitted', 'reviewed', 'assessed', 'fed_back', 'published')),
  items jsonb NOT NULL,
  summary text NOT NULL DEFAULT '',
  prefill jsonb,
  score numeric(6, 2),
  dimension_scores jsonb,
  dimension_grades jsonb,
  grade text CHECK (grade IN ('good', 'fairly_good', 'average', 'poor')),
  unit_comment text NOT NULL DEFAULT '',
  org_comment text NOT NULL DEFAULT '',
  return_reason text,
  post_mismatch boolean NOT NULL DEFAULT false,   -- 人岗不相适
  submitted_at timestamptz,
  reviewed_at timestamptz,
  assessed_at timestamptz,
  fed_back_at timestamptz,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cycle_id, person_id),
  FOREIGN KEY (district_id, cycle_id) REFERENCES assessment_cycles (district_id, id)
);
CREATE INDEX assessment_sheets_unit ON assessment_sheets (district_id, cycle_id, unit_node_id, status);
CREATE INDEX assessment_sheets_person ON assessment_sheets (district_id, person_id, quarter);

-- 双点: observations by the supervising group or the leader at a liaison/observation point [000].
CREATE TABLE assessment_observations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  person_id uuid,
  observer_kind text NOT NULL CHECK (observer_kind IN ('supervising_group', 'leader')),
  observer_name text NOT NULL,
  rating text NOT NULL CHECK (rating IN ('positive', 'neutral', 'negative')),
  note text NOT NULL,
  observed_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);
CREATE INDEX assessment_observations_unit ON assessment_observations (district_id, unit_node_id, observed_on);

-- 云端述事: matters a cadre logs, confirmed by the supervisor [000].
CREATE TABLE assessment_reports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  unit_node_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('major', 'important', 'hard')),
  title text NOT NULL,
  body text NOT NULL,
  happened_on date NOT NULL,
  traits text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'logged' CHECK (status IN ('logged', 'confirmed', 'rejected')),
  outstanding boolean NOT NULL DEFAULT false,
  decided_by uuid,
  decided_at timestamptz,
  decision_note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);
CREATE INDEX assessment_reports_person ON assessment_reports (district_id, person_id, happened_on);
CREATE INDEX assessment_reports_unit ON assessment_reports (district_id, unit_node_id, status);

CREATE TABLE assessment_report_files (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, report_id) REFERENCES assessment_reports (district_id, id)
);
CREATE INDEX assessment_report_files_report ON assessment_report_files (district_id, report_id);

-- 一人一档: political-quality entries per person, indicator and gathering method [000].
CREATE TABLE assessment_pq_entries (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  indicator_code text NOT NULL,
  method text NOT NULL,
  source text NOT NULL,
  occurred_on date NOT NULL,
  note text NOT NULL,
  value numeric(10, 2),
  evidence text NOT NULL DEFAULT '',
  in_library boolean NOT NULL DEFAULT false,   -- 研判信息库
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);
CREATE INDEX assessment_pq_entries_person ON assessment_pq_entries (district_id, person_id, occurred_on);

-- Manual points entries with a reason and an approval [001 Kaihua]; order points come from tasks.
CREATE TABLE assessment_points (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  day date NOT NULL,
  points numeric(8, 2) NOT NULL CHECK (points <> 0),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  requested_by uuid NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);
CREATE INDEX assessment_points_person ON assessment_points (district_id, person_id, day);
CREATE INDEX assessment_points_unit ON assessment_points (district_id, unit_node_id, status, day);

-- Promotion-months declarations: a listed situation or a veto, declared → reviewed → confirmed [001].
CREATE TABLE assessment_declarations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  year integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('situation', 'veto')),
  code text NOT NULL,
  polarity text CHECK (polarity IN ('positive', 'negative')),
  months integer CHECK (months BETWEEN 1 AND 6),
  declared_as text NOT NULL CHECK (declared_as IN ('person', 'unit')),
  note text NOT NULL,
  status text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared', 'reviewed', 'confirmed', 'rejected')),
  reviewers text NOT NULL DEFAULT '',
  decision_note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  decided_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK ((kind = 'situation') = (months IS NOT NULL AND polarity IS NOT NULL))
);
CREATE INDEX assessment_declarations_person ON assessment_declarations (district_id, person_id, year);
CREATE INDEX assessment_declarations_unit ON assessment_declarations (district_id, unit_node_id, status);

-- Peer reviews of a cadre's traits, 1–5 each.
CREATE TABLE assessment_peer_reviews (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  quarter text NOT NULL,
  scores jsonb NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, person_id, quarter, created_by)
);

-- The portrait as last computed (suggestions read these; a person's page recomputes theirs).
CREATE TABLE assessment_portraits (
  district_id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  person_name text NOT NULL,
  scores real[] NOT NULL,
  evidence integer[] NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, person_id)
);

-- 轮岗: the rotation plan [004].
CREATE TABLE assessment_rotation_plans (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  rule text NOT NULL,
  planned_on date NOT NULL,
  target text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
  note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);
CREATE INDEX assessment_rotation_plans_person ON assessment_rotation_plans (district_id, person_id);
