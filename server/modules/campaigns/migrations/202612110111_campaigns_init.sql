-- 攻坚签约 (seeds 004 罗湖 “二线插花地” 棚改 and 002 龙岗 土地整备): sign-up drives of shantytown renewal,
-- land preparation and expropriation owned by a district or a street; their households 户 (building,
-- head, people, area) with a signing track and a moving track; teams 工作组 of cadres to whom
-- households are assigned; visits 入户走访 logged from phones; and the signing and moving records a
-- team makes and the campaign office confirms (two people).

CREATE TABLE campaigns_campaigns (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the district or street that owns it
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('shantytown', 'land', 'expropriation')),
  area_m2 numeric(14, 1) NOT NULL CHECK (area_m2 >= 0),
  started_on date NOT NULL,
  target_on date NOT NULL,
  stage text NOT NULL DEFAULT 'survey'
    CHECK (stage IN ('survey', 'mapping', 'valuation', 'negotiation', 'signing', 'moving', 'demolition', 'done')),
  target_sign_pct numeric(5, 2) NOT NULL CHECK (target_sign_pct BETWEEN 0 AND 100),
  target_move_pct numeric(5, 2) NOT NULL CHECK (target_move_pct BETWEEN 0 AND 100),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (target_on >= started_on)
);
CREATE INDEX campaigns_campaigns_node ON campaigns_campaigns (district_id, node_id);

CREATE TABLE campaigns_teams (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, campaign_id, name),
  FOREIGN KEY (district_id, campaign_id) REFERENCES campaigns_campaigns (district_id, id)
);

-- a cadre works in one team per campaign (by account when they have one)
CREATE TABLE campaigns_members (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  team_id uuid NOT NULL,
  name text NOT NULL,
  user_id uuid,
  leader boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES campaigns_teams (district_id, id),
  FOREIGN KEY (district_id, campaign_id) REFERENCES campaigns_campaigns (district_id, id)
);
CREATE UNIQUE INDEX campaigns_members_once ON campaigns_members (district_id, campaign_id, user_id)
  WHERE user_id IS NOT NULL;
CREATE INDEX campaigns_members_user ON campaigns_members (user_id);

CREATE TABLE campaigns_households (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  no text NOT NULL,                      -- 户号, unique in the campaign
  building_no text NOT NULL,             -- 楼栋号
  head_name text NOT NULL,
  head_person_id uuid,                   -- the household head in the people register, when linked
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  people integer NOT NULL CHECK (people BETWEEN 0 AND 500),
  area_m2 numeric(10, 1) NOT NULL CHECK (area_m2 >= 0),
  team_id uuid,
  sign_status text NOT NULL DEFAULT 'surveyed'
    CHECK (sign_status IN ('surveyed', 'visited', 'negotiating', 'sign_pending', 'signed')),
  move_status text NOT NULL DEFAULT 'staying' CHECK (move_status IN ('staying', 'move_pending', 'moved')),
  signed_on date,
  moved_on date,
  last_visit_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, campaign_id, no),
  FOREIGN KEY (district_id, campaign_id) REFERENCES campaigns_campaigns (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES campaigns_teams (district_id, id)
);
CREATE INDEX campaigns_households_team ON campaigns_households (district_id, team_id);

CREATE TABLE campaigns_visits (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  household_id uuid NOT NULL,
  team_id uuid,
  visited_on date NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('absent', 'explained', 'negotiating', 'willing', 'refusing')),
  concerns text NOT NULL DEFAULT '',
  user_id uuid,                          -- the account that logged it (none for a paper record entered later)
  by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, household_id) REFERENCES campaigns_households (district_id, id)
);
CREATE INDEX campaigns_visits_household ON campaigns_visits (district_id, household_id, visited_on);
CREATE INDEX campaigns_visits_campaign ON campaigns_visits (district_id, campaign_id, visited_on);
CREATE INDEX campaigns_visits_user ON campaigns_visits (user_id, visited_on);

-- a signing or a moving out as the team records it, and the campaign office's decision
CREATE TABLE campaigns_records (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  household_id uuid NOT NULL,
  team_id uuid,
  kind text NOT NULL CHECK (kind IN ('sign', 'move')),
  on_date date NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'refused')),
  recorded_by uuid,                      -- the account that recorded it (none for a paper record entered later)
  recorded_name text NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  reason text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, household_id) REFERENCES campaigns_households (district_id, id),
  CHECK (decided_by IS NULL OR decided_by <> recorded_by)
);
CREATE INDEX campaigns_records_campaign ON campaigns_records (district_id, campaign_id, state);
CREATE INDEX campaigns_records_user ON campaigns_records (recorded_by, state);
