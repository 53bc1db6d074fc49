-- 重大决策社会稳定风险评估 (seed 003 Futian 智治: 将重大决策社会稳定影响风险评估纳入重大决策前置程序;
-- 重大决策社会风险源分析与识别机制): major decisions registered by a unit, their assessments (risk
-- sources scored likelihood × impact, the public-opinion survey, experts' opinions, a level), the
-- district political-legal office's review, the numbered report, mitigation measures and incidents
-- reported after the decision. Each reassessment is a new round; earlier rounds are kept.

CREATE TABLE stability_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  opposition_high_pct integer NOT NULL DEFAULT 30 CHECK (opposition_high_pct BETWEEN 1 AND 100),
  opposition_mid_pct integer NOT NULL DEFAULT 10 CHECK (opposition_mid_pct BETWEEN 0 AND 100),
  version integer NOT NULL DEFAULT 1,
  CHECK (opposition_mid_pct <= opposition_high_pct)
);

-- the district's catalogue of risk sources 风险源目录 (imported from Excel; defaults in the rules)
CREATE TABLE stability_sources (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  dimension text NOT NULL CHECK (dimension IN ('legality', 'rationality', 'feasibility', 'controllability', 'safety')),
  name text NOT NULL,
  hint text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, dimension, name)
);

CREATE TABLE stability_decisions (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the registering unit (a department or a street)
  title text NOT NULL,
  field text NOT NULL CHECK (field IN ('land', 'shantytown', 'project', 'price', 'public_service', 'environment', 'other')),
  affected integer NOT NULL CHECK (affected BETWEEN 0 AND 10000000),
  planned_on date NOT NULL,
  summary text NOT NULL DEFAULT '',
  state text NOT NULL DEFAULT 'assessing'
    CHECK (state IN ('assessing', 'review', 'assessed', 'decided', 'suspended', 'dropped')),
  round integer NOT NULL DEFAULT 1,
  decided_on date,
  decided_at timestamptz,
  outcome text CHECK (outcome IN ('as_is', 'with_measures')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX stability_decisions_node ON stability_decisions (district_id, node_id, planned_on);

CREATE TABLE stability_assessments (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  decision_id uuid NOT NULL,
  round integer NOT NULL CHECK (round BETWEEN 1 AND 50),
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted', 'confirmed', 'superseded')),
  risks jsonb NOT NULL DEFAULT '[]',     -- [{dimension, source, likelihood, impact, note}]
  survey_for integer NOT NULL DEFAULT 0 CHECK (survey_for BETWEEN 0 AND 10000000),
  survey_against integer NOT NULL DEFAULT 0 CHECK (survey_against BETWEEN 0 AND 10000000),
  survey_neutral integer NOT NULL DEFAULT 0 CHECK (survey_neutral BETWEEN 0 AND 10000000),
  methods text[] NOT NULL DEFAULT '{}',  -- 问卷 / 座谈 / 听证 / 走访
  experts text NOT NULL DEFAULT '',
  conclusion text NOT NULL DEFAULT '',
  level text CHECK (level IN ('high', 'mid', 'low')),         -- by the rules, when submitted
  reasons text[] NOT NULL DEFAULT '{}',
  confirmed_level text CHECK (confirmed_level IN ('high', 'mid', 'low')),
  review_note text NOT NULL DEFAULT '',
  submitted_at timestamptz,
  reviewed_by uuid,
  reviewer_name text NOT NULL DEFAULT '',
  confirmed_at timestamptz,
  report_year integer,
  report_no integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, decision_id, round),
  UNIQUE (district_id, report_year, report_no),
  FOREIGN KEY (district_id, decision_id) REFERENCES stability_decisions (district_id, id)
);
CREATE INDEX stability_assessments_state ON stability_assessments (district_id, state);

-- gapless report numbers per district and year (稳评〔2026〕N号)
CREATE TABLE stability_report_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

CREATE TABLE stability_measures (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  decision_id uuid NOT NULL,
  round integer NOT NULL,
  content text NOT NULL,
  owner text NOT NULL,
  due_on date NOT NULL,
  progress text NOT NULL DEFAULT '',
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, decision_id) REFERENCES stability_decisions (district_id, id)
);
CREATE INDEX stability_measures_due ON stability_measures (district_id, due_on) WHERE done_on IS NULL;

CREATE TABLE stability_incidents (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  decision_id uuid NOT NULL,
  occurred_on date NOT NULL,
  summary text NOT NULL,
  event_no text NOT NULL DEFAULT '',     -- the grid event's number, as free text
  people integer NOT NULL DEFAULT 0 CHECK (people BETWEEN 0 AND 1000000),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, decision_id) REFERENCES stability_decisions (district_id, id)
);
