-- 红色物业 and quality communities (seed 001, Longquan): property companies and the compounds 小区
-- they serve, the yearly star rating of companies against the five musts 五个必须落实, the
-- quality-community index 品质小区指数 (六好三高), the property-fee ledger, and the problem list
-- 一小区一清单 whose items (arrears by the four batches 四个一批) are decided at the compound's joint
-- party meeting.
--
-- Scope: a compound is a register row hanging on a community node (node_id). Officers reach it
-- through their grants on the tree; property staff only when their account is linked to the
-- company serving it (property_staff_links); owners' committee members only when linked to the
-- compound itself (property_committee_links).

CREATE TABLE property_companies (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where it is registered (a street or the district)
  name text NOT NULL,
  credit_code text NOT NULL,             -- 统一社会信用代码
  contact_name text NOT NULL DEFAULT '',
  has_party_org boolean NOT NULL DEFAULT false,
  party_org_id uuid,                     -- the company's own party organisation (org module)
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, credit_code),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE property_compounds (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community it lies in
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  households integer NOT NULL DEFAULT 0 CHECK (households >= 0),
  company_id uuid,                       -- the company serving it now
  party_org_id uuid,                     -- its party branch or 小区工作支部 (org module)
  branch_kind text NOT NULL DEFAULT 'party_branch' CHECK (branch_kind IN ('party_branch', 'work_branch', 'none')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, company_id) REFERENCES property_companies (district_id, id)
);
CREATE INDEX property_compounds_node ON property_compounds (district_id, node_id);
CREATE INDEX property_compounds_company ON property_compounds (district_id, company_id);

-- 业委会 members of a compound (an office, not a resident record: name and post as published).
CREATE TABLE property_committee_members (
  district_id uuid NOT NULL,
  compound_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL,
  post text NOT NULL CHECK (post IN ('director', 'deputy', 'member')),
  party_member boolean NOT NULL DEFAULT false,
  term_ends date,
  PRIMARY KEY (district_id, compound_id, id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id) ON DELETE CASCADE
);

-- Accounts of property staff and the company they work for; accounts of 业委会 members and their compound.
CREATE TABLE property_staff_links (
  district_id uuid NOT NULL,
  company_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (district_id, company_id, user_id),
  FOREIGN KEY (district_id, company_id) REFERENCES property_companies (district_id, id)
);
CREATE INDEX property_staff_links_user ON property_staff_links (user_id);
CREATE TABLE property_committee_links (
  district_id uuid NOT NULL,
  compound_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (district_id, compound_id, user_id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);
CREATE INDEX property_committee_links_user ON property_committee_links (user_id);

-- Criteria configured per district: kind 'company' (the five musts) or 'quality' (六好三高).
CREATE TABLE property_criteria (
  district_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('company', 'quality')),
  code text NOT NULL,
  name text NOT NULL,
  grp text NOT NULL DEFAULT '',          -- quality: 'six_good' or 'three_high'
  weight numeric(6, 2) NOT NULL CHECK (weight > 0),
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, kind, code)
);

-- The yearly star rating of a company.
CREATE TABLE property_ratings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  company_id uuid NOT NULL,
  year integer NOT NULL,
  scores jsonb NOT NULL,                 -- criterion code -> 0..100
  total numeric(6, 2) NOT NULL,
  stars integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
  state text NOT NULL CHECK (state IN ('scored', 'published')),
  comment text NOT NULL DEFAULT '',
  node_id uuid NOT NULL,                 -- the node of whoever scored (scope of the rating)
  scored_by uuid NOT NULL,
  scored_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, company_id, year),
  FOREIGN KEY (district_id, company_id) REFERENCES property_companies (district_id, id)
);

-- The quality index of a compound, one row per quarter.
CREATE TABLE property_quality_scores (
  district_id uuid NOT NULL,
  compound_id uuid NOT NULL,
  year integer NOT NULL,
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  scores jsonb NOT NULL,
  total numeric(6, 2) NOT NULL,
  scored_by uuid NOT NULL,
  scored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, compound_id, year, quarter),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);

-- The yearly rating 品质小区 and the five-star campaign 五星争创 entry.
CREATE TABLE property_quality_years (
  district_id uuid NOT NULL,
  compound_id uuid NOT NULL,
  year integer NOT NULL,
  campaign boolean NOT NULL DEFAULT false,
  average numeric(6, 2),
  stars integer CHECK (stars BETWEEN 1 AND 5),
  rated_at timestamptz,
  PRIMARY KEY (district_id, compound_id, year),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);

-- The fee ledger: billed and paid per compound and month.
CREATE TABLE property_fees (
  district_id uuid NOT NULL,
  compound_id uuid NOT NULL,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  billed numeric(14, 2) NOT NULL CHECK (billed >= 0),
  paid numeric(14, 2) NOT NULL CHECK (paid >= 0),
  households_billed integer NOT NULL DEFAULT 0,
  households_paid integer NOT NULL DEFAULT 0,
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, compound_id, period),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);

-- The joint meeting 联席会议 of a compound's party organisation.
CREATE TABLE property_meetings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  compound_id uuid NOT NULL,
  held_on date NOT NULL,
  attendees text NOT NULL,
  minutes text NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);

-- 一小区一清单: the compound's problem list. Arrears go through the four batches.
CREATE TABLE property_issues (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  compound_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('arrears', 'service', 'facility', 'other')),
  title text NOT NULL,
  room text NOT NULL DEFAULT '',         -- 3-2-501: a flat, never an owner's name
  amount numeric(14, 2),                 -- arrears owed
  months integer,
  state text NOT NULL CHECK (state IN ('listed', 'publicise', 'negotiate', 'hardship', 'litigate', 'working', 'resolved')),
  measure text NOT NULL DEFAULT '',
  due_on date,
  meeting_id uuid,                       -- the meeting that decided its present state
  resolution text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  state_since timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES property_meetings (district_id, id)
);
CREATE INDEX property_issues_compound ON property_issues (district_id, compound_id, state);

-- Each step an issue took, and by whose decision.
CREATE TABLE property_issue_steps (
  district_id uuid NOT NULL,
  issue_id uuid NOT NULL,
  seq integer NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  meeting_id uuid,
  note text NOT NULL DEFAULT '',
  by_user uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, issue_id, seq),
  FOREIGN KEY (district_id, issue_id) REFERENCES property_issues (district_id, id) ON DELETE CASCADE
);
