-- 一老一小 (seed 001 Haichuang): a community's elderly-care and infant-care stations as service
-- points with a 15-minute care circle 15分钟照护圈, and service tickets 服务工单 from a resident's
-- request to assignment, done and the resident's rating.

CREATE TABLE eldercare_stations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community
  kind text NOT NULL CHECK (kind IN ('elderly', 'infant', 'integrated')),
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  minutes integer NOT NULL DEFAULT 15 CHECK (minutes BETWEEN 1 AND 60),   -- the care circle, walking
  services text[] NOT NULL DEFAULT '{}',
  opening_hours text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX eldercare_stations_node ON eldercare_stations (district_id, node_id);

CREATE TABLE eldercare_tickets (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL,                  -- 工单号, e.g. YL-2026-000123
  station_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the station's community
  service text NOT NULL,
  description text NOT NULL,
  requester_user_id uuid,
  requester_name text NOT NULL,
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('requested', 'assigned', 'done', 'rated', 'cancelled')),
  assignee_name text NOT NULL DEFAULT '',
  assignee_user_id uuid,
  assigned_at timestamptz,
  done_at timestamptz,
  done_note text NOT NULL DEFAULT '',
  rating integer CHECK (rating BETWEEN 1 AND 5),
  rating_comment text NOT NULL DEFAULT '',
  rated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, number),
  FOREIGN KEY (district_id, station_id) REFERENCES eldercare_stations (district_id, id)
);
CREATE INDEX eldercare_tickets_station ON eldercare_tickets (district_id, station_id, created_at);
CREATE INDEX eldercare_tickets_requester ON eldercare_tickets (requester_user_id);
