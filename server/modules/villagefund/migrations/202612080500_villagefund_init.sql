-- 强村富民 fund (Qingtian, seed 001): a pool per district or street raised by the 1+1+1+N model
-- (fiscal subsidy, bank loan, collective self-financing, social donations), project applications
-- from villages, the 4+X panel's visits and the feasibility analysis, one plan per project, money
-- paid in batches by progress, yearly performance reviews with returns, and exits. Money in fen.

CREATE TABLE villagefund_pools (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the district or street whose pool it is
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,    -- bumped by every batch approval (the pool's row lock)
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE villagefund_projects (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  pool_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the village (community) that applies
  title text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  investment_fen bigint NOT NULL CHECK (investment_fen > 0),
  annual_revenue_fen bigint NOT NULL CHECK (annual_revenue_fen >= 0),
  annual_cost_fen bigint NOT NULL CHECK (annual_cost_fen >= 0),
  horizon_years integer NOT NULL CHECK (horizon_years BETWEEN 1 AND 30),
  households integer NOT NULL DEFAULT 0 CHECK (households >= 0),
  risks jsonb NOT NULL,                  -- {market, operation, collateral, policy}: 1 (low) … 5 (high)
  stage text NOT NULL CHECK (stage IN ('applied', 'reviewing', 'approved', 'funding', 'operating',
                                       'exited', 'rejected', 'withdrawn')),
  feasibility jsonb,                     -- the report's figures when the analysis was run
  feasibility_at timestamptz,
  decision_note text,
  exit_reason text,
  exit_recovered_fen bigint,
  applied_by uuid NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  exited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, pool_id) REFERENCES villagefund_pools (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX villagefund_projects_node ON villagefund_projects (district_id, node_id, stage);
CREATE INDEX villagefund_projects_pool ON villagefund_projects (district_id, pool_id, stage);

-- The pool's ledger: money in by source, batches paid out, money recovered on exit.
CREATE TABLE villagefund_ledger (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  pool_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('inflow', 'payout', 'recovery')),
  source text CHECK (source IN ('fiscal', 'loan', 'collective', 'donation')),
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  rate_bp integer,                       -- loans: yearly interest in basis points (3.85% = 385)
  project_id uuid,
  batch_id uuid,
  counterparty text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  occurred_on date NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  CHECK ((kind = 'inflow') = (source IS NOT NULL)),
  FOREIGN KEY (district_id, pool_id) REFERENCES villagefund_pools (district_id, id),
  FOREIGN KEY (district_id, project_id) REFERENCES villagefund_projects (district_id, id)
);
CREATE INDEX villagefund_ledger_pool ON villagefund_ledger (district_id, pool_id, occurred_on);

-- The 4+X panel's on-site visits: the four fixed units and any others.
CREATE TABLE villagefund_visits (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_id uuid NOT NULL,
  unit text NOT NULL CHECK (unit IN ('org_dept', 'finance', 'agriculture', 'shuangzeng', 'other')),
  member_name text NOT NULL,
  visited_on date NOT NULL,
  opinion text NOT NULL CHECK (opinion IN ('support', 'concern', 'oppose')),
  note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, project_id) REFERENCES villagefund_projects (district_id, id)
);
CREATE INDEX villagefund_visits_project ON villagefund_visits (district_id, project_id);

-- One plan per project 一个项目一套方案: money by source, milestones, the monitoring indicators
-- (e.g. the minimum herd), the exit terms, and the split of returns.
CREATE TABLE villagefund_plans (
  district_id uuid NOT NULL,
  project_id uuid NOT NULL,
  total_fen bigint NOT NULL CHECK (total_fen > 0),
  sources jsonb NOT NULL,                -- {fiscal, loan, collective, donation} in fen
  milestones text NOT NULL,
  indicators jsonb NOT NULL,             -- [{name, target}]
  exit_terms text NOT NULL,
  collective_share integer NOT NULL CHECK (collective_share BETWEEN 0 AND 100),
  set_by uuid NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, project_id),
  FOREIGN KEY (district_id, project_id) REFERENCES villagefund_projects (district_id, id)
);

-- Batches paid by progress: requested by the village, approved by a fund manager (within the plan
-- and the pool), then checked and paid by another person (the payout enters the ledger).
CREATE TABLE villagefund_batches (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_id uuid NOT NULL,
  seq integer NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  progress_note text NOT NULL,
  status text NOT NULL CHECK (status IN ('requested', 'approved', 'paid', 'rejected')),
  requested_by uuid NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid,
  approved_at timestamptz,
  paid_by uuid,
  paid_at timestamptz,
  decision_note text,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, project_id, seq),
  FOREIGN KEY (district_id, project_id) REFERENCES villagefund_projects (district_id, id)
);
CREATE INDEX villagefund_batches_status ON villagefund_batches (district_id, status);

-- The yearly performance review 绩效评估, with the year's returns to the collective and households.
CREATE TABLE villagefund_reviews (
  district_id uuid NOT NULL,
  project_id uuid NOT NULL,
  year integer NOT NULL,
  revenue_fen bigint NOT NULL CHECK (revenue_fen >= 0),
  cost_fen bigint NOT NULL CHECK (cost_fen >= 0),
  collective_return_fen bigint NOT NULL CHECK (collective_return_fen >= 0),
  household_return_fen bigint NOT NULL CHECK (household_return_fen >= 0),
  households integer NOT NULL CHECK (households >= 0),
  indicators_met integer NOT NULL CHECK (indicators_met >= 0),
  indicators_total integer NOT NULL CHECK (indicators_total >= 0),
  score integer NOT NULL,
  grade text NOT NULL CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
  note text NOT NULL DEFAULT '',
  reviewed_by uuid NOT NULL,
  reviewed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, project_id, year),
  FOREIGN KEY (district_id, project_id) REFERENCES villagefund_projects (district_id, id)
);
