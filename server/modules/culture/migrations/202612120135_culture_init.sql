-- 公共文化服务与文化志愿者 (seed 003 福田 "以文治强铸魂"): public cultural facilities on the tree (area,
-- coordinates, opening hours: m² per 10,000 residents and the 1 km circle), culture teams (the
-- professional volunteer teams of the themed halls and the library, the street teams, the art troupes)
-- with members, programmes and rehearsals; performances a community orders from a troupe 点演 (no
-- troupe booked twice on one half-day), performed with an audience count and rated; culture
-- volunteers' hours confirmed by the team lead, star levels by a year's hours (district thresholds),
-- numbered star certificates and nominations upward.

CREATE TABLE culture_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  star_hours integer[] NOT NULL,         -- yearly hours for 1..5 stars, ascending
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE culture_facilities (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('hall', 'library', 'station', 'room', 'square')),
  theme text CHECK (theme IN ('drama', 'music', 'dance', 'dream', 'heritage', 'piano', 'calligraphy')),
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lng double precision CHECK (lng BETWEEN -180 AND 180),
  area_m2 numeric(10, 1) NOT NULL CHECK (area_m2 >= 0 AND area_m2 <= 1000000),
  opens_at smallint NOT NULL CHECK (opens_at BETWEEN 0 AND 1440),  -- minutes after midnight
  closes_at smallint NOT NULL CHECK (closes_at BETWEEN 0 AND 1440),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (closes_at > opens_at)
);
CREATE INDEX culture_facilities_node ON culture_facilities (district_id, node_id);

CREATE TABLE culture_teams (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('professional', 'street', 'troupe')),
  name text NOT NULL,
  facility_id uuid,                      -- the hall, library or station it works from
  leader_name text NOT NULL DEFAULT '',
  leader_user_id uuid,                   -- the account that accepts orders and confirms hours
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, facility_id) REFERENCES culture_facilities (district_id, id)
);
CREATE INDEX culture_teams_leader ON culture_teams (leader_user_id);

CREATE TABLE culture_members (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  team_id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('resident', 'volunteer')),
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  joined_on date NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES culture_teams (district_id, id)
);
CREATE INDEX culture_members_team ON culture_members (district_id, team_id);

CREATE TABLE culture_programmes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  team_id uuid NOT NULL,
  title text NOT NULL,
  genre text NOT NULL CHECK (genre IN ('drama', 'music', 'dance', 'opera', 'quyi', 'other')),
  minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, team_id, title),
  FOREIGN KEY (district_id, team_id) REFERENCES culture_teams (district_id, id)
);

CREATE TABLE culture_rehearsals (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  programme_id uuid NOT NULL,
  held_on date NOT NULL,
  attendees integer NOT NULL CHECK (attendees BETWEEN 1 AND 10000),
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, programme_id) REFERENCES culture_programmes (district_id, id)
);
CREATE INDEX culture_rehearsals_programme ON culture_rehearsals (district_id, programme_id);

CREATE TABLE culture_orders (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the ordering community (or street)
  programme_id uuid NOT NULL,
  team_id uuid NOT NULL,
  on_day date NOT NULL,
  half text NOT NULL CHECK (half IN ('am', 'pm', 'eve')),
  place text NOT NULL,
  state text NOT NULL CHECK (state IN ('ordered', 'accepted', 'declined', 'cancelled', 'performed', 'rated')),
  note text NOT NULL DEFAULT '',
  audience integer CHECK (audience BETWEEN 0 AND 1000000),
  rating smallint CHECK (rating BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT '',
  ordered_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, programme_id) REFERENCES culture_programmes (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES culture_teams (district_id, id)
);
-- no double booking: a troupe has at most one live order per half-day
CREATE UNIQUE INDEX culture_orders_no_double ON culture_orders (district_id, team_id, on_day, half)
  WHERE state IN ('ordered', 'accepted', 'performed', 'rated');
CREATE INDEX culture_orders_node ON culture_orders (district_id, node_id, on_day);
CREATE INDEX culture_orders_day ON culture_orders (district_id, on_day);

CREATE TABLE culture_hours (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  member_id uuid NOT NULL,
  team_id uuid NOT NULL,
  order_id uuid,                         -- the performance served, or null for a duty
  duty text NOT NULL DEFAULT '',
  served_on date NOT NULL,
  hours numeric(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
  state text NOT NULL CHECK (state IN ('pending', 'confirmed', 'rejected')),
  confirmed_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES culture_members (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES culture_teams (district_id, id),
  FOREIGN KEY (district_id, order_id) REFERENCES culture_orders (district_id, id)
);
CREATE INDEX culture_hours_member ON culture_hours (district_id, member_id, served_on);
CREATE INDEX culture_hours_pending ON culture_hours (district_id, team_id) WHERE state = 'pending';

CREATE TABLE culture_certificate_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

CREATE TABLE culture_certificates (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  member_id uuid NOT NULL,
  year integer NOT NULL,                 -- the year of service
  stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
  hours numeric(7, 1) NOT NULL,
  no integer NOT NULL,                   -- gapless within the district and the year of service
  issued_on date NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, member_id, year),
  UNIQUE (district_id, year, no),
  FOREIGN KEY (district_id, member_id) REFERENCES culture_members (district_id, id)
);

CREATE TABLE culture_nominations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  member_id uuid NOT NULL,
  year integer NOT NULL,
  title text NOT NULL CHECK (title IN ('city_five_star', 'outstanding')),
  reason text NOT NULL,
  state text NOT NULL CHECK (state IN ('proposed', 'accepted', 'declined')),
  nominated_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, member_id, year, title),
  FOREIGN KEY (district_id, member_id) REFERENCES culture_members (district_id, id)
);
