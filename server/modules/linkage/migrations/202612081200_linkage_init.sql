-- Linkage mechanisms that bring people into a community (seeds 001 Haichuang, 003 Futian):
-- 三联三领 (street leaders lead hard problems, departments lead projects, serving party members lead
-- by example, each linked to a community), 三官三师 (legal and care professionals on a grid or a
-- community, with office hours and the cases they took), and 两代表一委员进社区 (deputies' and CPPCC
-- members' regular sessions 坐诊/摆摊 in a community, each problem raised tracked to an answer).

-- 三联三领: one link = one leader, department or party member linked to one community.
CREATE TABLE linkage_links (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community linked
  kind text NOT NULL CHECK (kind IN ('leader', 'department', 'member')),
  linker_name text NOT NULL,             -- the street leader, the department, the party member
  linker_unit text NOT NULL DEFAULT '',  -- their unit or post
  linker_user_id uuid,                   -- their account, when they have one (to-dos and notices)
  started_on date NOT NULL,
  ended_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX linkage_links_node ON linkage_links (district_id, node_id);

-- A link's items: a hard problem led (领衔破难), a project led (领办项目), an example set (领跑示范).
CREATE TABLE linkage_items (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  link_id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  detail text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('planned', 'in_progress', 'done', 'dropped')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  due_on date,
  note text NOT NULL DEFAULT '',
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, link_id) REFERENCES linkage_links (district_id, id)
);
CREATE INDEX linkage_items_link ON linkage_items (district_id, link_id);

-- 三官三师: the roles a district configures (default: police officer, judge, prosecutor; lawyer,
-- psychologist, social worker). No row = the defaults in linkage.rules.ts.
CREATE TABLE linkage_expert_roles (
  district_id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  grp text NOT NULL CHECK (grp IN ('official', 'professional')),
  seq integer NOT NULL,
  PRIMARY KEY (district_id, code)
);

CREATE TABLE linkage_experts (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the grid or community they serve
  role text NOT NULL,
  name text NOT NULL,
  unit text NOT NULL DEFAULT '',
  phone_enc bytea,                       -- SM4
  phone_bidx bytea,                      -- HMAC-SM3 blind index
  phone_mask text NOT NULL DEFAULT '',
  office_hours text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX linkage_experts_node ON linkage_experts (district_id, node_id);

CREATE TABLE linkage_expert_cases (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  expert_id uuid NOT NULL,
  node_id uuid NOT NULL,
  taken_on date NOT NULL,
  summary text NOT NULL,
  outcome text NOT NULL DEFAULT '',
  closed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, expert_id) REFERENCES linkage_experts (district_id, id)
);
CREATE INDEX linkage_expert_cases_expert ON linkage_expert_cases (district_id, expert_id);

-- 两代表一委员进社区: sessions in a community, and the problems raised at them.
CREATE TABLE linkage_sessions (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community
  format text NOT NULL CHECK (format IN ('clinic', 'stall')),           -- 坐诊 / 摆摊
  host_kind text NOT NULL CHECK (host_kind IN ('party_deputy', 'npc_deputy', 'cppcc_member')),
  host_name text NOT NULL,
  host_user_id uuid,
  starts_at timestamptz NOT NULL,
  place text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('planned', 'held', 'cancelled')),
  attendance integer,                    -- residents who came, recorded when held
  summary text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX linkage_sessions_node ON linkage_sessions (district_id, node_id, starts_at);

CREATE TABLE linkage_problems (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  session_id uuid NOT NULL,
  node_id uuid NOT NULL,
  text text NOT NULL,
  state text NOT NULL CHECK (state IN ('open', 'answered')),
  due_on date NOT NULL,
  answer text NOT NULL DEFAULT '',
  answered_at timestamptz,
  answered_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, session_id) REFERENCES linkage_sessions (district_id, id)
);
CREATE INDEX linkage_problems_session ON linkage_problems (district_id, session_id);
CREATE INDEX linkage_problems_open ON linkage_problems (district_id, state, due_on);
