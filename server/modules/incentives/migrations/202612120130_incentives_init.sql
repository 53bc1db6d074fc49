-- 正向激励与关心关爱 (seed 004 Luohu: 公职人员正向激励实施方案, 17 measures in four areas — 政治激励
-- 有为有位, 工作激励 进阶有梯, 精神激励 表彰奖励, 生活激励 常态化关心关爱; seed 000 Futian: 一榜三令
-- results used for 休整休养, 评优评先 and 嘉奖激励, 谈心谈话 with low-score cadres). Cadres are people of
-- the register read through a port: rows keep the person's id, name and unit as they were when written.

-- the district's measure catalogue (the rules' defaults written on first use; Excel in and out)
CREATE TABLE incentives_measures (
  district_id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Z][0-9]{2}$'),
  area text NOT NULL CHECK (area IN ('political', 'work', 'spirit', 'life')),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  rest_days integer NOT NULL DEFAULT 0 CHECK (rest_days BETWEEN 0 AND 30),  -- 休整休养 days it entitles
  quota integer CHECK (quota BETWEEN 1 AND 1000),                          -- per unit and year; null: none
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, code)
);

-- a measure applied to a cadre: proposed by the unit, approved by the organisation department
CREATE TABLE incentives_grants (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the cadre's unit when proposed
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  measure_code text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  reason text NOT NULL,
  source_ref text NOT NULL DEFAULT '',   -- e.g. the 嘉奖令's number, as entered by the officer
  state text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'rejected', 'withdrawn')),
  rest_days integer NOT NULL DEFAULT 0,  -- the measure's rest days when approved
  proposed_by uuid,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decider_name text NOT NULL DEFAULT '',
  decided_at timestamptz,
  decision_note text NOT NULL DEFAULT '',
  decision_year integer,
  decision_no integer,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, decision_year, decision_no),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, measure_code) REFERENCES incentives_measures (district_id, code)
);
CREATE INDEX incentives_grants_node ON incentives_grants (district_id, node_id, year);
CREATE INDEX incentives_grants_person ON incentives_grants (district_id, person_id);

-- gapless document numbers per district, kind (decision / rest notice) and year
CREATE TABLE incentives_numbers (
  district_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('decision', 'rest')),
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, kind, year)
);

-- 休整休养: a rest period booked by the cadre against an approved grant, approved by the unit
CREATE TABLE incentives_rests (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  grant_id uuid NOT NULL,
  node_id uuid NOT NULL,
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  days integer NOT NULL CHECK (days BETWEEN 1 AND 30),
  state text NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'approved', 'rejected', 'cancelled')),
  note text NOT NULL DEFAULT '',
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decider_name text NOT NULL DEFAULT '',
  decided_at timestamptz,
  notice_year integer,
  notice_no integer,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, notice_year, notice_no),
  CHECK (ends_on >= starts_on),
  FOREIGN KEY (district_id, grant_id) REFERENCES incentives_grants (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX incentives_rests_person ON incentives_rests (district_id, person_id, starts_on);

-- 关心关爱: 慰问, 体检, 困难帮扶, with a follow-up when one is due
CREATE TABLE incentives_care (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('visit', 'checkup', 'hardship')),
  done_on date NOT NULL,
  summary text NOT NULL,
  follow_up_on date,
  follow_up_done_on date,
  follow_up_note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX incentives_care_node ON incentives_care (district_id, node_id, done_on);

-- 谈心谈话 (seed 000: the cadres with low scores talked to), with a reason and an outcome
CREATE TABLE incentives_talks (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  person_id uuid NOT NULL,
  person_name text NOT NULL,
  talked_on date NOT NULL,
  reason text NOT NULL CHECK (reason IN ('low_score', 'warning', 'difficulty', 'other')),
  talker text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('improving', 'support', 'watch', 'closed')),
  note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX incentives_talks_node ON incentives_talks (district_id, node_id, talked_on);
