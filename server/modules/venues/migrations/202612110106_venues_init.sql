-- 党群服务阵地联盟 (seed 003 福田 "1+95+N"; seed 001 普陀 "1+2+4"): the register of party-and-mass
-- service positions (one district centre, street and community centres, alliance members N in
-- buildings, companies and parks that join and leave), their rooms, bookings of a room for a time
-- slot (no two overlapping on one room: an exclusion constraint), the activities held from them with
-- attendance, and the resident population a street declares (m² per 10,000 residents).

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE venues_venues (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the node it serves: the district, a street or a community
  level text NOT NULL CHECK (level IN ('district', 'street', 'community', 'member')),
  name text NOT NULL,
  name_initials text NOT NULL,           -- pinyin initials, lower case, for search
  name_pinyin text NOT NULL,
  address text NOT NULL DEFAULT '',
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lng double precision CHECK (lng BETWEEN -180 AND 180),
  area_m2 numeric(10, 1) NOT NULL CHECK (area_m2 >= 0 AND area_m2 <= 1000000),
  opens_at smallint NOT NULL CHECK (opens_at BETWEEN 0 AND 1440),     -- minutes after midnight, Beijing time
  closes_at smallint NOT NULL CHECK (closes_at BETWEEN 0 AND 1440),
  open_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5,6,7}',           -- ISO weekdays, 1 = Monday
  owner_unit text NOT NULL DEFAULT '',
  needs_approval boolean NOT NULL DEFAULT false,
  max_hours numeric(4, 1),               -- this venue's own limit; null: its level's
  advance_days integer,                  -- how far ahead it may be booked; null: its level's
  door_code text NOT NULL,               -- what the QR at the door carries
  joined_on date NOT NULL,               -- joined the alliance (opened)
  left_on date,                          -- left the alliance (closed)
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (closes_at > opens_at),
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX venues_venues_node ON venues_venues (district_id, node_id);
CREATE INDEX venues_venues_initials ON venues_venues (district_id, name_initials text_pattern_ops);

CREATE TABLE venues_rooms (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  venue_id uuid NOT NULL,
  name text NOT NULL,
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
  equipment text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, venue_id) REFERENCES venues_venues (district_id, id)
);
CREATE INDEX venues_rooms_venue ON venues_rooms (district_id, venue_id);

CREATE TABLE venues_bookings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  venue_id uuid NOT NULL,
  room_id uuid NOT NULL,
  user_id uuid NOT NULL,                 -- who booked
  booker text NOT NULL CHECK (booker IN ('resident', 'social_org', 'party_member', 'officer')),
  org_name text NOT NULL DEFAULT '',     -- the party branch or social organisation booking
  title text NOT NULL,
  expected integer NOT NULL CHECK (expected BETWEEN 1 AND 10000),
  slot tstzrange NOT NULL CHECK (NOT isempty(slot) AND lower_inc(slot) AND NOT upper_inc(slot)),
  state text NOT NULL CHECK (state IN ('pending', 'confirmed', 'rejected', 'cancelled', 'checked_in',
    'no_show', 'held')),
  note text NOT NULL DEFAULT '',         -- why refused or cancelled
  checked_in_at timestamptz,
  attendance integer CHECK (attendance BETWEEN 0 AND 100000),   -- of the activity held
  summary text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, venue_id) REFERENCES venues_venues (district_id, id),
  FOREIGN KEY (district_id, room_id) REFERENCES venues_rooms (district_id, id),
  -- no double booking: two live bookings of one room never overlap
  CONSTRAINT venues_bookings_no_overlap EXCLUDE USING gist (district_id WITH =, room_id WITH =, slot WITH &&)
    WHERE (state IN ('pending', 'confirmed', 'checked_in', 'held'))
);
CREATE INDEX venues_bookings_venue ON venues_bookings USING gist (district_id, venue_id, slot);
CREATE INDEX venues_bookings_user ON venues_bookings (user_id, slot);
CREATE INDEX venues_bookings_pending ON venues_bookings (district_id, venue_id) WHERE state = 'pending';

CREATE TABLE venues_populations (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- a street (or community) declaring its resident population
  population integer NOT NULL CHECK (population BETWEEN 1 AND 100000000),
  as_of date NOT NULL,
  PRIMARY KEY (district_id, node_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
