-- Mobile party members 流动党员 (seed 001, Beilun): the register with the five clears 五清, the
-- monthly inflow and outflow tables, the return code 归队码 members scan, and the vanguard teams
-- 党群先锋队 with their services. Members are persons of the people register (party_member
-- identity); this module keeps only their person id, never their personal data.

CREATE TABLE partymembers_members (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  party_org_id uuid NOT NULL,            -- the branch 党支部 that manages the member here
  node_id uuid NOT NULL,                 -- that branch's node (scope)
  direction text NOT NULL CHECK (direction IN ('in', 'out')),  -- 流入 / 流出
  left_on date,                          -- 流动时间: left (out) or arrived (in)
  origin text NOT NULL DEFAULT '',       -- where from (in: home organisation or place)
  destination text NOT NULL DEFAULT '',  -- 流入地点: where to (out), where they live here (in)
  lat double precision,
  lng double precision,
  work text NOT NULL DEFAULT '',         -- 从事工作
  conduct text NOT NULL DEFAULT '',      -- 综合表现
  basic_checked boolean NOT NULL DEFAULT false,  -- 基本情况 verified by the branch
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'returned')),
  returned_on date,
  team_id uuid,
  source text NOT NULL DEFAULT 'register' CHECK (source IN ('register', 'scan', 'import')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX partymembers_members_active ON partymembers_members (district_id, person_id, direction)
  WHERE status = 'active';
CREATE INDEX partymembers_members_node ON partymembers_members (district_id, node_id);

-- One row per move: the monthly inflow and outflow tables 流入、流出两张表 are these, by month.
CREATE TABLE partymembers_moves (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  member_id uuid NOT NULL,
  node_id uuid NOT NULL,
  direction text NOT NULL CHECK (direction IN ('in', 'out', 'return')),
  moved_on date NOT NULL,
  place text NOT NULL DEFAULT '',
  source text NOT NULL DEFAULT 'register' CHECK (source IN ('register', 'scan', 'import')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES partymembers_members (district_id, id) ON DELETE CASCADE
);
CREATE INDEX partymembers_moves_month ON partymembers_moves (district_id, moved_on, node_id);

-- Return codes 归队码: a node's public code (scanned by logged-in party members) or a one-time
-- link for one person of the register (no login needed).
CREATE TABLE partymembers_codes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  token text NOT NULL UNIQUE,
  person_id uuid,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- The vanguard teams 党群先锋队 of villages and communities, with their service list 服务清单.
CREATE TABLE partymembers_teams (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  services text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- Services members gave in their team, counted per member.
CREATE TABLE partymembers_services (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  team_id uuid NOT NULL,
  member_id uuid NOT NULL,
  service text NOT NULL,
  served_on date NOT NULL,
  hours numeric(6, 1) NOT NULL DEFAULT 0,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES partymembers_teams (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES partymembers_members (district_id, id) ON DELETE CASCADE
);
CREATE INDEX partymembers_services_member ON partymembers_services (district_id, member_id);
