-- 共治合伙人 (seed 000 福民社区) and 天大的小事 (seed 001 鄞州): a community's governance partners with what
-- they offer and the points they earn, the small problems party members and residents report, and the
-- at most ten 民生实事 the community party committee selects from them each year, assigned to partners.

CREATE TABLE partners_partners (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community the partner works with
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('unit', 'enterprise', 'mass_org', 'social_org', 'individual')),
  contact text NOT NULL DEFAULT '',
  offers text[] NOT NULL DEFAULT '{}',   -- 场地 资金 志愿服务 专业服务 物资 (codes, partners.rules.ts)
  offer_note text NOT NULL DEFAULT '',
  offer_value_yuan integer NOT NULL DEFAULT 0 CHECK (offer_value_yuan BETWEEN 0 AND 1000000000),
  state text NOT NULL CHECK (state IN ('applied', 'active', 'declined', 'suspended')),
  applied_by uuid,                       -- the partner account that applied; null when entered by the officer
  review_note text NOT NULL DEFAULT '',
  reviewed_by uuid,
  reviewed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX partners_partners_name ON partners_partners (district_id, node_id, lower(name));

-- the accounts (social_org, property_staff) acting for a partner
CREATE TABLE partners_members (
  district_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (district_id, partner_id, user_id),
  FOREIGN KEY (district_id, partner_id) REFERENCES partners_partners (district_id, id)
);
CREATE INDEX partners_members_user ON partners_members (user_id);

-- 天大的小事: one row from the report to the 民生实事 it may become
CREATE TABLE partners_needs (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community
  title text NOT NULL,
  detail text NOT NULL DEFAULT '',
  reported_by uuid NOT NULL,
  reporter_kind text NOT NULL CHECK (reporter_kind IN ('party_member', 'resident', 'officer')),
  state text NOT NULL CHECK (state IN ('reported', 'merged', 'declined', 'selected', 'in_progress', 'done')),
  merged_into uuid,
  screen_note text NOT NULL DEFAULT '',
  year integer CHECK (year BETWEEN 2000 AND 2100),   -- the year it is one of the 民生实事
  target_date date,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  selected_at timestamptz,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, merged_into) REFERENCES partners_needs (district_id, id)
);
CREATE INDEX partners_needs_node ON partners_needs (district_id, node_id, state);
CREATE INDEX partners_needs_reporter ON partners_needs (reported_by);

-- how many 民生实事 a community has selected in a year: the row every selection locks (at most 10)
CREATE TABLE partners_years (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL,
  selected integer NOT NULL DEFAULT 0 CHECK (selected BETWEEN 0 AND 10),
  PRIMARY KEY (district_id, node_id, year),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE partners_assignments (
  district_id uuid NOT NULL,
  need_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, need_id, partner_id),
  FOREIGN KEY (district_id, need_id) REFERENCES partners_needs (district_id, id),
  FOREIGN KEY (district_id, partner_id) REFERENCES partners_partners (district_id, id)
);
CREATE INDEX partners_assignments_partner ON partners_assignments (district_id, partner_id);

-- progress reports on a 民生实事, shown publicly (no personal data)
CREATE TABLE partners_updates (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  need_id uuid NOT NULL,
  partner_id uuid,
  by_user uuid NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, need_id) REFERENCES partners_needs (district_id, id),
  FOREIGN KEY (district_id, partner_id) REFERENCES partners_partners (district_id, id)
);
CREATE INDEX partners_updates_need ON partners_updates (district_id, need_id);

-- 红利: points a partner earns, one line per fulfilled 民生实事 (a repeat adds nothing)
CREATE TABLE partners_points (
  district_id uuid NOT NULL,
  partner_id uuid NOT NULL,
  need_id uuid NOT NULL,
  year integer NOT NULL,
  points integer NOT NULL CHECK (points > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, partner_id, need_id),
  FOREIGN KEY (district_id, partner_id) REFERENCES partners_partners (district_id, id),
  FOREIGN KEY (district_id, need_id) REFERENCES partners_needs (district_id, id)
);
