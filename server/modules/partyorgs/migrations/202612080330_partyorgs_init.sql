-- Party-organisation quality (seed 004, Luohu): every activity planned by 5W1H and recorded
-- against its plan, grading of five kinds of organisation by results against configurable
-- criteria, the 主题党日 menu branches order from, and the secretaries' yearly report and rating.

-- The 主题党日 menu 套餐 a street's party service centre offers.
CREATE TABLE partyorgs_menu (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- An activity planned by 5W1H and recorded against its plan.
CREATE TABLE partyorgs_activities (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  party_org_id uuid NOT NULL,
  node_id uuid NOT NULL,
  menu_id uuid,
  who text NOT NULL,                     -- 谁来做
  what text NOT NULL,                    -- 做什么
  why text NOT NULL,                     -- 为什么做
  planned_on date NOT NULL,              -- 何时做
  how text NOT NULL,                     -- 怎么做
  extent text NOT NULL,                  -- 做到什么程度
  target_attendance integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'recorded', 'cancelled')),
  held_on date,
  attendance integer,
  outcome text,
  extent_met text CHECK (extent_met IN ('met', 'partly', 'not_met')),
  recorded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, menu_id) REFERENCES partyorgs_menu (district_id, id)
);
CREATE INDEX partyorgs_activities_org ON partyorgs_activities (district_id, party_org_id, planned_on);
CREATE INDEX partyorgs_activities_node ON partyorgs_activities (district_id, node_id, planned_on);

-- Grading criteria per class of organisation (five classes), configurable by the district.
CREATE TABLE partyorgs_criteria (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  org_class text NOT NULL CHECK (org_class IN ('organ', 'community', 'two_new', 'hometown', 'shareholding')),
  name text NOT NULL,
  max_score integer NOT NULL CHECK (max_score BETWEEN 1 AND 100),
  sort integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (district_id, id)
);

-- A yearly grade 质量等级 of one organisation.
CREATE TABLE partyorgs_grades (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  party_org_id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL,
  org_class text NOT NULL,
  scores jsonb NOT NULL,                 -- {criterionId: score}
  total numeric(6, 1) NOT NULL,
  max_total integer NOT NULL,
  level text NOT NULL CHECK (level IN ('five_star', 'four_star', 'three_star', 'weak')),
  note text NOT NULL DEFAULT '',
  graded_by uuid,
  graded_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, party_org_id, year),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- The branch secretaries' yearly report 书记抓党建述职 and its rating 评议.
CREATE TABLE partyorgs_reports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  party_org_id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL,
  secretary text NOT NULL,
  report text NOT NULL,
  rating text CHECK (rating IN ('good', 'fairly_good', 'average', 'poor')),
  rating_note text NOT NULL DEFAULT '',
  rated_by uuid,
  rated_at timestamptz,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, party_org_id, year),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
