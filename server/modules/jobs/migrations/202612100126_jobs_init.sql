-- 社区人才发展服务站 (seed 001 Haichuang, 鄞州: 聚焦居民求职需求，建立全市首个社区人才发展服务站，通过开放
-- “海创市集”、孵化“海上心客厅”、设置“服务工单”等举措，构建“家门口”人才服务体系):
-- a community's talent service station with its staff accounts, job postings 岗位 published by the
-- station or by employers, the 海创市集 job fair with its stalls, residents' job-seeking needs 求职登记
-- each worked as a service ticket 服务工单, and the postings recommended on a ticket.
-- A resident's personal data stays in the people register: tickets keep the account and the name
-- given, never an ID number and no phone.

CREATE TABLE jobs_stations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  opening_hours text NOT NULL DEFAULT '',
  staff_user_ids uuid[] NOT NULL DEFAULT '{}',
  staff_names text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX jobs_stations_name ON jobs_stations (district_id, node_id, lower(name));

CREATE TABLE jobs_fairs (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  station_id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,                    -- 海创市集 (spring 2026)
  day date NOT NULL,
  place text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, station_id) REFERENCES jobs_stations (district_id, id)
);
CREATE INDEX jobs_fairs_station ON jobs_fairs (district_id, station_id, day);

CREATE TABLE jobs_postings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  station_id uuid NOT NULL,
  node_id uuid NOT NULL,
  fair_id uuid,                          -- a stall at a 海创市集
  employer text NOT NULL,
  title text NOT NULL,
  kind text NOT NULL,
  hours text NOT NULL CHECK (hours IN ('full', 'part', 'flexible')),
  pay_min_fen integer NOT NULL CHECK (pay_min_fen >= 0),
  pay_max_fen integer NOT NULL CHECK (pay_max_fen >= pay_min_fen),
  place text NOT NULL DEFAULT '',
  headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 10000),
  closes_on date NOT NULL,
  description text NOT NULL DEFAULT '',
  owner_user_id uuid,                    -- who published it (the employer's account, or the station's)
  closed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, station_id) REFERENCES jobs_stations (district_id, id),
  FOREIGN KEY (district_id, fair_id) REFERENCES jobs_fairs (district_id, id)
);
CREATE INDEX jobs_postings_station ON jobs_postings (district_id, station_id, closes_on);
CREATE INDEX jobs_postings_owner ON jobs_postings (owner_user_id);

CREATE TABLE jobs_tickets (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL,                  -- 工单号
  station_id uuid NOT NULL,
  node_id uuid NOT NULL,
  requester_user_id uuid NOT NULL,
  person_id uuid,                        -- the record the account claimed in the people register
  requester_name text NOT NULL,          -- shown masked to everyone but the resident
  kinds text[] NOT NULL,                 -- the kinds of work wanted
  hours text NOT NULL CHECK (hours IN ('full', 'part', 'flexible', 'any')),
  skills text NOT NULL DEFAULT '',
  wants_training boolean NOT NULL DEFAULT false,
  note text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('new', 'working', 'employed', 'training', 'paused', 'closed')),
  outcome_note text NOT NULL DEFAULT '',
  acted_at timestamptz NOT NULL DEFAULT now(),   -- the station's last action (the 7-day to-do)
  confirmed_at timestamptz,
  rating integer CHECK (rating BETWEEN 1 AND 5),
  rating_comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, number),
  FOREIGN KEY (district_id, station_id) REFERENCES jobs_stations (district_id, id)
);
CREATE INDEX jobs_tickets_station ON jobs_tickets (district_id, station_id, created_at);
CREATE INDEX jobs_tickets_requester ON jobs_tickets (requester_user_id);

CREATE TABLE jobs_recommendations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  ticket_id uuid NOT NULL,
  posting_id uuid NOT NULL,
  state text NOT NULL CHECK (state IN ('proposed', 'accepted', 'declined', 'hired', 'not_hired')),
  interview_on date,
  interview_note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, ticket_id, posting_id),
  FOREIGN KEY (district_id, ticket_id) REFERENCES jobs_tickets (district_id, id),
  FOREIGN KEY (district_id, posting_id) REFERENCES jobs_postings (district_id, id)
);
CREATE INDEX jobs_recommendations_posting ON jobs_recommendations (district_id, posting_id);
