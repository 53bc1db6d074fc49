-- 信访 with 访前法律工作室 (诉访分离) and 心访工作室 (seed 003 福田 七治融合): the studios of the three-level
-- public legal service platform with the lawyers and counsellors on duty, the visits 来访登记 a studio
-- triages (guided to litigation, arbitration, administrative reconsideration or people's mediation, to a
-- 心访 counsellor, or accepted as a petition proper), the accepted petitions' handling by a department
-- (reply, satisfaction, review request, closure) and the numbered 受理 / 不予受理 notices.

CREATE TABLE petitions_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  accept_days integer NOT NULL CHECK (accept_days BETWEEN 1 AND 90),     -- 信访工作条例: 15 days to tell acceptance
  handle_days integer NOT NULL CHECK (handle_days BETWEEN 1 AND 365),    -- 60 days to handle an accepted petition
  review_days integer NOT NULL CHECK (review_days BETWEEN 1 AND 90),     -- 30 days to ask for a review 复查
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE petitions_studios (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the district, a street or a community (three levels)
  kind text NOT NULL CHECK (kind IN ('legal', 'psych')),   -- 访前法律工作室 / 心访工作室
  name text NOT NULL,
  hours text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE petitions_staff (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  studio_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('lawyer', 'counsellor')),
  name text NOT NULL,
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  user_id uuid,                          -- an account with the mediator role, when the staff has one
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, studio_id) REFERENCES petitions_studios (district_id, id)
);
CREATE INDEX petitions_staff_user ON petitions_staff (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE petitions_visits (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where the visit was received (street or community)
  studio_id uuid,                        -- the studio that triages it
  channel text NOT NULL CHECK (channel IN ('walk_in', 'online')),
  person_id uuid,                        -- a person of the people register, when known
  name text NOT NULL,
  id_enc bytea,
  id_bidx bytea,
  id_mask text NOT NULL DEFAULT '',
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  resident_user_id uuid,                 -- the resident who filed it online (sees its progress)
  matter text NOT NULL,
  category text NOT NULL,
  people_count integer NOT NULL CHECK (people_count BETWEEN 1 AND 10000),
  visited_on date NOT NULL,
  repeat_of uuid,                        -- the same person's earlier visit (重复访)
  state text NOT NULL CHECK (state IN ('registered', 'guided', 'accepted', 'assigned', 'replied',
    'reviewing', 'closed')),
  route text CHECK (route IN ('litigation', 'arbitration', 'reconsideration', 'mediation', 'psych', 'petition')),
  route_note text NOT NULL DEFAULT '',
  triaged_on date,
  triaged_by uuid,
  mediation_case_no text,
  accept_due date NOT NULL,              -- visited_on + accept_days
  handle_due date,                       -- triaged_on + handle_days when accepted
  notice_no text,                        -- 受理 / 不予受理告知书 number
  dept_node_id uuid,
  assigned_on date,
  reply text NOT NULL DEFAULT '',
  replied_on date,
  satisfaction text CHECK (satisfaction IN ('satisfied', 'basic', 'unsatisfied')),
  review_reason text NOT NULL DEFAULT '',
  outcome text CHECK (outcome IN ('resolved', 'unresolved')),
  agreement boolean,                     -- a mediation agreement was reached
  executed boolean,                      -- and carried out
  closed_on date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, studio_id) REFERENCES petitions_studios (district_id, id),
  FOREIGN KEY (district_id, dept_node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX petitions_visits_node ON petitions_visits (district_id, node_id, visited_on);
CREATE INDEX petitions_visits_state ON petitions_visits (district_id, state);
CREATE INDEX petitions_visits_id_bidx ON petitions_visits (district_id, id_bidx) WHERE id_bidx IS NOT NULL;
CREATE INDEX petitions_visits_phone_bidx ON petitions_visits (district_id, phone_bidx) WHERE phone_bidx IS NOT NULL;
CREATE INDEX petitions_visits_person ON petitions_visits (district_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX petitions_visits_resident ON petitions_visits (resident_user_id) WHERE resident_user_id IS NOT NULL;
CREATE INDEX petitions_visits_dept ON petitions_visits (district_id, dept_node_id) WHERE dept_node_id IS NOT NULL;

-- the numbers of the notices, per district, year and kind
CREATE TABLE petitions_counters (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('accept', 'reject')),
  last integer NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, year, kind)
);
