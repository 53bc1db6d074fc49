-- Social organisations 社会组织 (seed 001, Putuo): the register with the unified social credit
-- code, party-branch status (single or joint 单建/联建), incubation in Putuo's 1+2+4 matrix
-- (1 district, 2 street, 4 community incubation bases), annual inspections 年检, projects taken
-- 项目承接, and the staff accounts that act for an organisation in the service marketplace.

CREATE TABLE socialorgs_orgs (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where it is registered and serves (a street or community)
  name text NOT NULL,
  credit_code text NOT NULL,             -- 统一社会信用代码, 18 characters, check character verified
  category text NOT NULL,                -- elderly, children, mediation, culture, health, fishery, ...
  party_branch text NOT NULL CHECK (party_branch IN ('none', 'single', 'joint')),
  incubation_level text CHECK (incubation_level IN ('district', 'street', 'community')),
  incubation_state text CHECK (incubation_state IN ('incubating', 'graduated')),
  contact text NOT NULL DEFAULT '',      -- the organisation's office line (not a person's)
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, credit_code),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK ((incubation_level IS NULL) = (incubation_state IS NULL))
);
CREATE INDEX socialorgs_orgs_node ON socialorgs_orgs (district_id, node_id);

CREATE TABLE socialorgs_inspections (
  district_id uuid NOT NULL,
  org_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  result text NOT NULL CHECK (result IN ('qualified', 'basically_qualified', 'unqualified')),
  note text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, org_id, year),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id)
);

CREATE TABLE socialorgs_projects (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  org_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL,
  funder text NOT NULL DEFAULT '',       -- who pays: 政府购买 by a department, a foundation, ...
  amount_yuan numeric(14, 2) NOT NULL DEFAULT 0 CHECK (amount_yuan >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id)
);
CREATE INDEX socialorgs_projects_org ON socialorgs_projects (district_id, org_id, year);

-- An account holding the social_org role acts for one organisation.
CREATE TABLE socialorgs_staff (
  district_id uuid NOT NULL,
  user_id uuid NOT NULL,
  org_id uuid NOT NULL,
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, user_id),
  UNIQUE (user_id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id)
);
