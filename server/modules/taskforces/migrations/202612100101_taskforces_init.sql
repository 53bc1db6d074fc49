-- 专班招募令 (seed 001 衢江): the organisation department publishes recruitment orders for task forces
-- (open to all cadres, or to 退职领导 only), cadres apply to a post, the department selects; members
-- are rated at least yearly, and those with a year's service rated 优秀 may be declared for the
-- promotion incentive (assessment's listed situation P7). Members are selected applications.

CREATE TABLE taskforces_counters (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

CREATE TABLE taskforces_orders (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                  -- the district node that publishes it
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  seq integer NOT NULL,                   -- gapless per district and year
  number text NOT NULL,                   -- e.g. 福田专招〔2026〕3号
  name text NOT NULL,                     -- the task force
  mission text NOT NULL,
  lead_node_id uuid NOT NULL,             -- lead unit (a department node)
  audience text NOT NULL CHECK (audience IN ('retired', 'all')),
  posts jsonb NOT NULL,                   -- [{title, count, requirements}]
  open_from date NOT NULL,
  open_to date NOT NULL CHECK (open_to >= open_from),
  term_start date NOT NULL,
  closed boolean NOT NULL DEFAULT false,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, year, seq),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, lead_node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE taskforces_applications (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  order_id uuid NOT NULL,
  person_id uuid NOT NULL,                -- the cadre (people register)
  person_name text NOT NULL,
  unit_node_id uuid NOT NULL,             -- the cadre's unit when applying
  user_id uuid,                           -- the applying account (null when imported)
  post_index integer NOT NULL CHECK (post_index >= 0),
  statement text NOT NULL DEFAULT '',
  retired_leader boolean NOT NULL DEFAULT false,
  state text NOT NULL CHECK (state IN ('applied', 'shortlisted', 'selected', 'rejected', 'withdrawn')),
  decision_note text NOT NULL DEFAULT '',
  decided_by uuid,
  decided_at timestamptz,
  start_date date,                        -- selected members serve from this day
  incentive_declaration_id uuid,          -- the assessment declaration made for the incentive
  incentive_declared_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, order_id, person_id),
  FOREIGN KEY (district_id, order_id) REFERENCES taskforces_orders (district_id, id),
  FOREIGN KEY (district_id, unit_node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX taskforces_applications_person ON taskforces_applications (district_id, person_id);
CREATE INDEX taskforces_applications_state ON taskforces_applications (district_id, state);

CREATE TABLE taskforces_ratings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  application_id uuid NOT NULL,
  rated_on date NOT NULL,
  rating text NOT NULL CHECK (rating IN ('excellent', 'competent', 'basic', 'incompetent')),
  comment text NOT NULL,
  rated_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, application_id) REFERENCES taskforces_applications (district_id, id)
);
CREATE INDEX taskforces_ratings_member ON taskforces_ratings (district_id, application_id, rated_on);
