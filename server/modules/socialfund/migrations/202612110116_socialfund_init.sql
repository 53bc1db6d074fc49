-- 社会建设专项资金 and 基层党建创新项目启动资金 (seed 003 Futian: 每年2000万元的社会建设专项资金，支持社会组织
-- 开展社会创新项目，共资助8期688个项目，已资助9651.454万元; 每年为16个基层党(工)委安排1600万元基层党建创新
-- 项目启动资金): funds with a yearly budget, rounds 期 with a call, applications with budget lines,
-- reviewers' scores, funding decisions, agreements paid in tranches by progress, progress reports and
-- the final evaluation 结项评估 with a clawback for 不合格. Money is in fen (integers).

CREATE TABLE socialfund_funds (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the fund office's node (the district)
  kind text NOT NULL CHECK (kind IN ('social', 'party')),
  name text NOT NULL,
  yearly_budget_fen bigint NOT NULL CHECK (yearly_budget_fen > 0),
  tranche_plan integer[] NOT NULL,       -- percentages paid in order, e.g. {50,30,20}
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE socialfund_rounds (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  fund_id uuid NOT NULL,
  round_no integer NOT NULL CHECK (round_no BETWEEN 1 AND 999),   -- 第几期
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL,
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  cap_fen bigint NOT NULL CHECK (cap_fen > 0),                    -- most one project may get
  budget_fen bigint NOT NULL CHECK (budget_fen > 0),
  allocated_fen bigint NOT NULL DEFAULT 0 CHECK (allocated_fen >= 0 AND allocated_fen <= budget_fen),
  categories text[] NOT NULL,
  state text NOT NULL DEFAULT 'call' CHECK (state IN ('call', 'review', 'published')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, fund_id, round_no),
  FOREIGN KEY (district_id, fund_id) REFERENCES socialfund_funds (district_id, id),
  CHECK (closes_on >= opens_on)
);

CREATE TABLE socialfund_applications (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  round_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the organisation's node, or the party committee's
  org_id uuid,                           -- the social organisation (socialorgs), when one applies
  applicant_name text NOT NULL,          -- the organisation's or the committee's name
  user_id uuid NOT NULL,                 -- who filled it in
  title text NOT NULL,
  category text NOT NULL,
  summary text NOT NULL DEFAULT '',
  beneficiaries integer NOT NULL CHECK (beneficiaries >= 0),
  requested_fen bigint NOT NULL DEFAULT 0 CHECK (requested_fen >= 0),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'eligible', 'ineligible',
    'funded', 'rejected', 'agreed', 'completed', 'failed')),
  submitted_at timestamptz,
  office_note text NOT NULL DEFAULT '',
  granted_fen bigint CHECK (granted_fen > 0),
  agreement_on date,
  grade text CHECK (grade IN ('excellent', 'pass', 'fail')),
  clawback_fen bigint CHECK (clawback_fen >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, round_id) REFERENCES socialfund_rounds (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX socialfund_applications_round ON socialfund_applications (district_id, round_id, state);
CREATE INDEX socialfund_applications_user ON socialfund_applications (user_id);
CREATE INDEX socialfund_applications_org ON socialfund_applications (org_id);

CREATE TABLE socialfund_budget_lines (
  district_id uuid NOT NULL,
  application_id uuid NOT NULL,
  line_no integer NOT NULL CHECK (line_no BETWEEN 1 AND 200),
  item text NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  PRIMARY KEY (district_id, application_id, line_no),
  FOREIGN KEY (district_id, application_id) REFERENCES socialfund_applications (district_id, id)
);

-- a reviewer scores an application once; a score is locked once submitted (no update path)
CREATE TABLE socialfund_scores (
  district_id uuid NOT NULL,
  application_id uuid NOT NULL,
  reviewer_id uuid NOT NULL,
  reviewer_name text NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  comment text NOT NULL DEFAULT '',
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, application_id, reviewer_id),
  FOREIGN KEY (district_id, application_id) REFERENCES socialfund_applications (district_id, id)
);

CREATE TABLE socialfund_tranches (
  district_id uuid NOT NULL,
  application_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq BETWEEN 1 AND 10),
  percent integer NOT NULL CHECK (percent BETWEEN 1 AND 100),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  state text NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'paid', 'cancelled')),
  paid_on date,
  PRIMARY KEY (district_id, application_id, seq),
  FOREIGN KEY (district_id, application_id) REFERENCES socialfund_applications (district_id, id)
);

CREATE TABLE socialfund_reports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  application_id uuid NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  served integer NOT NULL CHECK (served >= 0),   -- people served so far
  text text NOT NULL,
  user_id uuid NOT NULL,
  reported_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, application_id) REFERENCES socialfund_applications (district_id, id)
);
CREATE INDEX socialfund_reports_application ON socialfund_reports (district_id, application_id);
