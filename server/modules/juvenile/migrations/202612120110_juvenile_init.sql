-- 未成年人保护与帮教 (seed 003 福田区检察院 "智慧未检帮教云服务"; seed 000 未成年人保护服务中心 and
-- 青少年法治教育实践基地): the protection centres and bases on the tree, the social workers' roster
-- with skills and capacity, the district's libraries (problems, techniques, evaluation instruments),
-- cases of young people (name and ID number encrypted), their sessions and evaluations, the outcome
-- with 转处分流, the numbered 帮教结案报告, and legal-education activities at the bases.

-- 保护服务中心 / 法治教育实践基地 / 帮教点
CREATE TABLE juvenile_sites (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('centre', 'base', 'point')),
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- 社工能力库: the social workers (an account: social_org of a 社工机构, or a community officer)
CREATE TABLE juvenile_workers (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where the worker serves
  user_id uuid NOT NULL,
  name text NOT NULL,
  agency text NOT NULL DEFAULT '',       -- the 社工机构
  skills text[] NOT NULL DEFAULT '{}',   -- problem codes of the library
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, user_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- 问题库 / 矫治技术库 / 效果评估库 (the defaults of the rules until a district imports its own)
CREATE TABLE juvenile_library (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('problem', 'technique', 'instrument')),
  code text NOT NULL,
  name text NOT NULL,
  guidance text NOT NULL DEFAULT '',     -- 矫治技术指引, or how an instrument is scored
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, kind, code)
);

CREATE TABLE juvenile_cases (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name_enc bytea NOT NULL,
  name_mask text NOT NULL,
  id_enc bytea NOT NULL,
  id_bidx bytea NOT NULL,
  id_mask text NOT NULL,
  birth_date date NOT NULL,
  gender text NOT NULL CHECK (gender IN ('M', 'F')),
  source text NOT NULL CHECK (source IN ('procuratorate', 'court', 'police', 'school', 'community')),
  referred_on date NOT NULL,
  summary text NOT NULL DEFAULT '',
  problems text[] NOT NULL DEFAULT '{}',
  plan text[] NOT NULL DEFAULT '{}',     -- technique codes
  worker_id uuid,
  worker_user_id uuid,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'helping', 'closed')),
  outcome text CHECK (outcome IN ('work', 'school', 'university', 'other', 'reoffended')),
  diverted boolean,                      -- 转处分流
  closed_on date,
  closing_note text NOT NULL DEFAULT '',
  report_year integer,
  report_no integer,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, report_year, report_no),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, worker_id) REFERENCES juvenile_workers (district_id, id)
);
CREATE INDEX juvenile_cases_node ON juvenile_cases (district_id, node_id, referred_on);
CREATE INDEX juvenile_cases_worker ON juvenile_cases (worker_user_id) WHERE state = 'helping';

CREATE TABLE juvenile_report_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

CREATE TABLE juvenile_sessions (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  held_on date NOT NULL,
  technique text NOT NULL,
  minutes integer NOT NULL CHECK (minutes BETWEEN 5 AND 600),
  note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, case_id) REFERENCES juvenile_cases (district_id, id)
);
CREATE INDEX juvenile_sessions_case ON juvenile_sessions (district_id, case_id, held_on);

CREATE TABLE juvenile_evaluations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  instrument text NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  evaluated_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, case_id) REFERENCES juvenile_cases (district_id, id)
);
CREATE INDEX juvenile_evaluations_case ON juvenile_evaluations (district_id, case_id, evaluated_on);

-- 法治教育活动 at a base
CREATE TABLE juvenile_activities (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  site_id uuid NOT NULL,
  held_on date NOT NULL,
  title text NOT NULL,
  attendance integer NOT NULL CHECK (attendance BETWEEN 0 AND 100000),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, site_id) REFERENCES juvenile_sites (district_id, id)
);
CREATE INDEX juvenile_activities_site ON juvenile_activities (district_id, site_id, held_on);
