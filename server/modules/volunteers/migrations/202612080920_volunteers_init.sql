-- Volunteers 志愿者 (seed 003, Futian: 210 teams, 130,000 registered, 4M hours a year): teams,
-- activities with sign-up and QR check-in/out, hours confirmed by the organiser, star levels from
-- a year's hours (thresholds set per district), certificates.

CREATE TABLE volunteers_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  star_hours integer[] NOT NULL,         -- yearly hours for 1..5 stars, ascending
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE volunteers_teams (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  leader text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- A volunteer: a person of the register with the volunteer identity, or a resident's account
-- (both when the account has claimed its record).
CREATE TABLE volunteers_volunteers (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  person_id uuid,
  user_id uuid,
  label text NOT NULL,                   -- masked name
  team_id uuid,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, person_id),
  UNIQUE (user_id),
  CHECK (person_id IS NOT NULL OR user_id IS NOT NULL),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES volunteers_teams (district_id, id)
);
CREATE INDEX volunteers_volunteers_node ON volunteers_volunteers (district_id, node_id);

CREATE TABLE volunteers_activities (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  team_id uuid,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  place text NOT NULL DEFAULT '',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
  organiser_user_id uuid NOT NULL,
  checkin_token text NOT NULL,           -- the secret in the activity's QR code
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  CHECK (ends_at > starts_at),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, team_id) REFERENCES volunteers_teams (district_id, id)
);
CREATE INDEX volunteers_activities_node ON volunteers_activities (district_id, node_id, starts_at);

CREATE TABLE volunteers_signups (
  district_id uuid NOT NULL,
  activity_id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  state text NOT NULL CHECK (state IN ('signed', 'checked_in', 'checked_out', 'confirmed', 'cancelled')),
  signed_at timestamptz NOT NULL DEFAULT now(),
  checkin_at timestamptz,
  checkout_at timestamptz,
  hours numeric(6, 2),                   -- confirmed hours
  confirmed_by uuid,
  confirmed_at timestamptz,
  PRIMARY KEY (district_id, activity_id, volunteer_id),
  FOREIGN KEY (district_id, activity_id) REFERENCES volunteers_activities (district_id, id),
  FOREIGN KEY (district_id, volunteer_id) REFERENCES volunteers_volunteers (district_id, id)
);
CREATE INDEX volunteers_signups_volunteer ON volunteers_signups (district_id, volunteer_id);

-- Hours of a year: confirmed activity hours (one row per signup) and hours recorded from earlier
-- systems by Excel; a volunteer's stars come from their sum.
CREATE TABLE volunteers_hours (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  volunteer_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where the hours were served
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  hours numeric(8, 2) NOT NULL CHECK (hours > 0 AND hours <= 2000),
  activity_id uuid,
  source text NOT NULL CHECK (source IN ('activity', 'import')),
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, activity_id, volunteer_id),
  FOREIGN KEY (district_id, volunteer_id) REFERENCES volunteers_volunteers (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX volunteers_hours_year ON volunteers_hours (district_id, year, volunteer_id);
