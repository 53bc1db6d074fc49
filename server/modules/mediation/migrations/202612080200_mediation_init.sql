-- 矛盾纠纷调解 (seed 003, Futian): cases received from events, walk-ins and referrals; mediation
-- rooms 人民调解室 on the tree and their mediators; the steps of 党群调解331 as a district's data;
-- hearings with minutes; agreements; referrals to 司法确认, 诉调对接 and 心访 with their outcome.
-- Parties' names, phones and ID numbers are SM4 ciphertext with HMAC-SM3 blind indexes.

CREATE TABLE mediation_rooms (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('people', 'court', 'petition', 'trade')),
  address text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE mediation_mediators (
  district_id uuid NOT NULL,
  room_id uuid NOT NULL,
  user_id uuid NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, room_id, user_id),
  FOREIGN KEY (district_id, room_id) REFERENCES mediation_rooms (district_id, id)
);
CREATE INDEX mediation_mediators_user ON mediation_mediators (user_id);

-- The steps of the district's method (党群调解331 by default), in order.
CREATE TABLE mediation_steps (
  district_id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  hint text NOT NULL DEFAULT '',
  sort integer NOT NULL,
  PRIMARY KEY (district_id, code)
);

CREATE TABLE mediation_counters (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

CREATE TABLE mediation_cases (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL,
  node_id uuid NOT NULL,                 -- where the dispute arose
  room_id uuid,
  mediator_user_id uuid,
  source text NOT NULL CHECK (source IN ('event', 'walk_in', 'referral')),
  event_id uuid,
  referred_by text NOT NULL DEFAULT '',
  category text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  state text NOT NULL CHECK (state IN ('received', 'assigned', 'mediating', 'agreed', 'confirming', 'failed', 'litigating', 'closed')),
  result text CHECK (result IN ('settled', 'unsettled')),
  step_code text,
  received_at timestamptz NOT NULL DEFAULT now(),
  concluded_at timestamptz,
  created_by uuid NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, number),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, room_id) REFERENCES mediation_rooms (district_id, id)
);
CREATE UNIQUE INDEX mediation_cases_event ON mediation_cases (district_id, event_id) WHERE event_id IS NOT NULL;
CREATE INDEX mediation_cases_node ON mediation_cases (district_id, node_id, received_at);
CREATE INDEX mediation_cases_mediator ON mediation_cases (mediator_user_id, state);

CREATE TABLE mediation_parties (
  district_id uuid NOT NULL,
  case_id uuid NOT NULL,
  id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('applicant', 'respondent', 'other')),
  name_enc bytea NOT NULL,
  phone_enc bytea,
  phone_bidx bytea,
  id_enc bytea,
  id_bidx bytea,
  PRIMARY KEY (district_id, case_id, id),
  FOREIGN KEY (district_id, case_id) REFERENCES mediation_cases (district_id, id) ON DELETE CASCADE
);
CREATE INDEX mediation_parties_id ON mediation_parties (district_id, id_bidx);

CREATE TABLE mediation_hearings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  held_at timestamptz NOT NULL,
  place text NOT NULL,
  step_code text,
  attendees text NOT NULL,
  minutes text NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, case_id) REFERENCES mediation_cases (district_id, id) ON DELETE CASCADE
);

CREATE TABLE mediation_agreements (
  district_id uuid NOT NULL,
  case_id uuid NOT NULL,
  text text NOT NULL,
  performance text NOT NULL DEFAULT '',  -- how and when it is to be carried out
  signed_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, case_id),
  FOREIGN KEY (district_id, case_id) REFERENCES mediation_cases (district_id, id) ON DELETE CASCADE
);

CREATE TABLE mediation_referrals (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  case_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('judicial_confirmation', 'court_mediation', 'psychological')),
  to_name text NOT NULL,
  note text NOT NULL DEFAULT '',
  referred_at timestamptz NOT NULL DEFAULT now(),
  outcome text,
  outcome_note text NOT NULL DEFAULT '',
  outcome_at timestamptz,
  created_by uuid NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, case_id) REFERENCES mediation_cases (district_id, id) ON DELETE CASCADE
);

CREATE TABLE mediation_history (
  district_id uuid NOT NULL,
  case_id uuid NOT NULL,
  seq integer NOT NULL,
  action text NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  note text NOT NULL DEFAULT '',
  by_user uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, case_id, seq),
  FOREIGN KEY (district_id, case_id) REFERENCES mediation_cases (district_id, id) ON DELETE CASCADE
);
