-- Inspections 巡察 (seed 004 Luohu): rounds of the district's inspection groups over units
-- (departments, streets, communities), the problems found with rectification suggestions, the
-- feedback letter to each unit, and each problem's rectification from plan to verified closure.

-- The problem categories a district uses (defaults in inspections.rules.ts when no row).
CREATE TABLE inspections_settings (
  district_id uuid NOT NULL,
  categories text[] NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id)
);

CREATE TABLE inspections_rounds (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                    -- the district whose discipline committee runs it
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number integer NOT NULL CHECK (number BETWEEN 1 AND 99),
  kind text NOT NULL CHECK (kind IN ('regular', 'special')),
  topic text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL CHECK (period_end >= period_start),
  groups jsonb NOT NULL DEFAULT '[]',       -- [{ name, leader, members[] }] 巡察组
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, year, number),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- A unit inspected in a round, with its feedback letter once issued.
CREATE TABLE inspections_units (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  round_id uuid NOT NULL,
  node_id uuid NOT NULL,                    -- a department, street or community
  group_name text NOT NULL DEFAULT '',
  feedback_no text,                         -- 巡察反馈〔2026〕3号, gapless per district and year
  feedback_seq integer,
  feedback_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, round_id, node_id),
  FOREIGN KEY (district_id, round_id) REFERENCES inspections_rounds (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX inspections_units_node ON inspections_units (district_id, node_id);

CREATE TABLE inspections_findings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  round_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  node_id uuid NOT NULL,                    -- the unit's node (scope)
  seq integer NOT NULL,                     -- its number in the unit's feedback letter
  category text NOT NULL,
  description text NOT NULL,
  evidence text NOT NULL DEFAULT '',
  severity text NOT NULL CHECK (severity IN ('general', 'serious', 'grave')),
  suggestions text[] NOT NULL DEFAULT '{}', -- 整改建议
  state text NOT NULL CHECK (state IN ('recorded', 'awaiting_plan', 'plan_submitted', 'rectifying',
                                       'closure_submitted', 'rectified')),
  plan text NOT NULL DEFAULT '',
  deadline date,
  rectified_on date,
  last_return_reason text NOT NULL DEFAULT '',
  handed_over boolean NOT NULL DEFAULT false, -- 移交问责
  handover_reason text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, unit_id, seq),
  FOREIGN KEY (district_id, unit_id) REFERENCES inspections_units (district_id, id),
  FOREIGN KEY (district_id, round_id) REFERENCES inspections_rounds (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX inspections_findings_node ON inspections_findings (district_id, node_id, state);
CREATE INDEX inspections_findings_round ON inspections_findings (district_id, round_id);

-- What happened to a problem: plans, progress, closure evidence, verdicts and returns, the handover.
CREATE TABLE inspections_steps (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  finding_id uuid NOT NULL,
  action text NOT NULL,
  note text NOT NULL DEFAULT '',
  deadline date,
  by_user uuid NOT NULL,
  by_name text NOT NULL DEFAULT '',
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, finding_id) REFERENCES inspections_findings (district_id, id)
);
CREATE INDEX inspections_steps_finding ON inspections_steps (district_id, finding_id, at);
