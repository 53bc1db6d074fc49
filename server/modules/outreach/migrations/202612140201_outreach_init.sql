-- 在职党员到社区报到服务 "双报到" (seed 003 福田: 千名党员进社区, 守望先锋队; seed 004 罗湖: 亮身份,
-- 三民, 党群嘉年华, 志愿者联盟): a member working in a unit reports to a community each year, the
-- community accepts and places them in a programme (a brand project with a kind, a season and places),
-- the member logs services the community confirms, makes a public pledge 承诺 and fulfils it, and at the
-- year's end the community sends the member's unit a feedback 反馈 with a rating.

CREATE TABLE outreach_programmes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community (or street, district) that runs it
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('watch', 'pledge', 'sanmin', 'carnival', 'alliance', 'other')),
  season text NOT NULL DEFAULT '',       -- 全年 / 春季 / 暑期 …, as the community says it
  places integer NOT NULL CHECK (places BETWEEN 1 AND 10000),
  summary text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, year, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- one report 报到 per member and year
CREATE TABLE outreach_reports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  person_id uuid NOT NULL,
  member_name text NOT NULL,
  user_id uuid,                          -- the account that reported (told when accepted)
  unit_node_id uuid NOT NULL,            -- where the member works (the unit that gets the feedback)
  community_id uuid NOT NULL,            -- where the member reports
  state text NOT NULL CHECK (state IN ('invited', 'reported', 'accepted', 'declined')),
  source text NOT NULL CHECK (source IN ('self', 'import')),
  programme_id uuid,
  post text NOT NULL DEFAULT '',         -- 楼栋长, 宣传员 … in the programme
  note text NOT NULL DEFAULT '',         -- why declined
  reported_at timestamptz,
  accepted_at timestamptz,
  accepted_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, year, person_id),
  FOREIGN KEY (district_id, unit_node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, community_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, programme_id) REFERENCES outreach_programmes (district_id, id)
);
CREATE INDEX outreach_reports_community ON outreach_reports (district_id, community_id, year, state);
CREATE INDEX outreach_reports_unit ON outreach_reports (district_id, unit_node_id, year);

CREATE TABLE outreach_services (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  served_on date NOT NULL,
  half_hours integer NOT NULL CHECK (half_hours BETWEEN 1 AND 48),   -- hours × 2
  content text NOT NULL,
  residents integer NOT NULL DEFAULT 0 CHECK (residents BETWEEN 0 AND 100000),
  state text NOT NULL DEFAULT 'recorded' CHECK (state IN ('recorded', 'confirmed', 'returned')),
  note text NOT NULL DEFAULT '',
  confirmed_by uuid,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, report_id) REFERENCES outreach_reports (district_id, id)
);
CREATE INDEX outreach_services_report ON outreach_services (district_id, report_id, served_on);

-- 亮身份践承诺: the member's public pledge and its fulfilment
CREATE TABLE outreach_pledges (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  report_id uuid NOT NULL,
  content text NOT NULL,
  due_on date NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'fulfilled')),
  fulfilment text NOT NULL DEFAULT '',
  fulfilled_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, report_id) REFERENCES outreach_reports (district_id, id)
);

-- the community's yearly feedback 反馈 to the member's unit (one per report, i.e. per member and year)
CREATE TABLE outreach_feedback (
  district_id uuid NOT NULL,
  report_id uuid NOT NULL,
  rating text NOT NULL CHECK (rating IN ('excellent', 'pass', 'fail')),
  comment text NOT NULL DEFAULT '',
  half_hours integer NOT NULL DEFAULT 0,  -- the confirmed hours when sent
  sent_by uuid,
  sent_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,                    -- when the unit first opened it
  PRIMARY KEY (district_id, report_id),
  FOREIGN KEY (district_id, report_id) REFERENCES outreach_reports (district_id, id)
);
