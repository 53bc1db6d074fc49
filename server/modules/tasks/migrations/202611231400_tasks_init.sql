-- 一榜三令: yearly task lists, claiming 揭榜挂帅, the three orders, progress, daily evaluation,
-- fault tolerance 容错纠错, consequences, and party-building project claiming (same machinery, kind).

CREATE TABLE tasks_lists (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  year integer NOT NULL,
  title text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  version integer NOT NULL DEFAULT 1,          -- bumps with every change while draft
  published_version integer,                   -- frozen on publish
  published_at timestamptz,
  published_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, year)
);

-- A task of a list, or (kind party_project) a small project a community lists for claiming.
CREATE TABLE tasks_tasks (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  list_id uuid,                                -- null for party projects
  kind text NOT NULL DEFAULT 'list_task' CHECK (kind IN ('list_task', 'party_project')),
  year integer NOT NULL,
  no integer NOT NULL,                         -- number within its list / year
  title text NOT NULL,
  category text NOT NULL CHECK (category IN ('major_project', 'key_reform', 'key_work', 'party_building')),
  source text NOT NULL CHECK (source IN ('top_down', 'bottom_up')),
  goal text NOT NULL,
  indicators jsonb NOT NULL DEFAULT '[]',
  start_date date NOT NULL,
  deadline date NOT NULL,
  investment numeric(14, 2),
  responsible_node_id uuid,
  responsible_name text,
  owner_node_id uuid,                          -- party projects: the listing community
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'published', 'awarded', 'completed', 'cancelled')),
  eval_status text CHECK (eval_status IN ('normal', 'yellow', 'red')),
  red_since date,
  actual_progress numeric(6, 3) NOT NULL DEFAULT 0,  -- rolled up on every report
  completed_at timestamptz,
  commander_name text,
  commander_person_id uuid,
  commander_account_id uuid,
  beneficiaries integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, list_id) REFERENCES tasks_lists (district_id, id),
  CHECK ((kind = 'list_task') = (list_id IS NOT NULL))
);
CREATE INDEX tasks_tasks_list ON tasks_tasks (district_id, list_id, no);
CREATE INDEX tasks_tasks_active ON tasks_tasks (district_id, id) WHERE status = 'awarded';

CREATE TABLE tasks_milestones (
  district_id uuid NOT NULL,
  task_id uuid NOT NULL,
  seq integer NOT NULL,
  title text NOT NULL,
  weight numeric(8, 3) NOT NULL CHECK (weight > 0),
  due_date date NOT NULL,
  planned_from date NOT NULL,                  -- the plan rises from here (previous due date or task start)
  percent numeric(6, 3) NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  PRIMARY KEY (district_id, task_id, seq),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id)
);

CREATE TABLE tasks_proposals (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  list_id uuid NOT NULL,
  proposer_node_id uuid NOT NULL,
  proposer_name text NOT NULL,
  proposer_user_id uuid NOT NULL,
  rationale text NOT NULL DEFAULT '',
  payload jsonb NOT NULL,                      -- the proposed task (title, goal, indicators, milestones, …)
  title text NOT NULL,
  category text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'merged', 'rejected')),
  decision_reason text,
  task_id uuid,                                -- created (approved) or merged into
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, list_id) REFERENCES tasks_lists (district_id, id)
);
CREATE INDEX tasks_proposals_list ON tasks_proposals (district_id, list_id, created_at);

-- Applications to claim a task (揭榜) or a party project (认领).
CREATE TABLE tasks_applications (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  applicant_node_id uuid NOT NULL,
  applicant_name text NOT NULL,
  party_org_id uuid,
  applicant_user_id uuid NOT NULL,
  plan text NOT NULL,
  commander_name text,
  commander_person_id uuid,
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'awarded', 'not_awarded')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id)
);
CREATE UNIQUE INDEX tasks_applications_once
  ON tasks_applications (district_id, task_id, applicant_node_id, coalesce(party_org_id, '00000000-0000-0000-0000-000000000000'));

-- One award per task: the primary key is the task.
CREATE TABLE tasks_awards (
  district_id uuid NOT NULL,
  task_id uuid NOT NULL,
  commander_name text NOT NULL,
  commander_person_id uuid,
  commander_account_id uuid,
  awarded_by uuid NOT NULL,
  awarded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, task_id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id)
);
CREATE TABLE tasks_award_units (
  district_id uuid NOT NULL,
  task_id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  party_org_id uuid,
  application_id uuid NOT NULL,
  lead boolean NOT NULL,
  PRIMARY KEY (district_id, task_id, application_id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_awards (district_id, task_id)
);
CREATE INDEX tasks_award_units_node ON tasks_award_units (district_id, node_id);

-- Gapless official numbers: one counter row per district, year and order type, locked by the
-- issuing transaction (a rollback gives the number back).
CREATE TABLE tasks_order_counters (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  type text NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year, type)
);

CREATE TABLE tasks_orders (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('responsibility', 'commendation', 'accountability')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'dismissed')),
  year integer NOT NULL,
  seq integer,
  number text,
  title text NOT NULL,
  body text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('award', 'evaluation', 'officer')),
  proposal_reason text,
  decision_reason text,
  unit_node_id uuid,
  unit_name text,
  commander_name text,
  commander_person_id uuid,
  commander_account_id uuid,
  issued_at timestamptz,
  issued_by uuid,
  decided_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id),
  UNIQUE (district_id, year, type, seq),
  CHECK ((status = 'issued') = (seq IS NOT NULL))
);
CREATE INDEX tasks_orders_task ON tasks_orders (district_id, task_id, type);
CREATE INDEX tasks_orders_register ON tasks_orders (district_id, type, created_at);

CREATE TABLE tasks_acknowledgements (
  district_id uuid NOT NULL,
  order_id uuid NOT NULL,
  user_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, order_id, user_id),
  FOREIGN KEY (district_id, order_id) REFERENCES tasks_orders (district_id, id)
);

CREATE TABLE tasks_reports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  milestone_seq integer NOT NULL,
  percent numeric(6, 3) NOT NULL,
  narrative text NOT NULL DEFAULT '',
  attachments jsonb NOT NULL DEFAULT '[]',
  reporter_user_id uuid NOT NULL,
  reporter_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, task_id, milestone_seq) REFERENCES tasks_milestones (district_id, task_id, seq)
);
CREATE INDEX tasks_reports_task ON tasks_reports (district_id, task_id, created_at);

-- The daily evaluation, one row per task per day: how long red has lasted is read from here.
CREATE TABLE tasks_evaluations (
  district_id uuid NOT NULL,
  task_id uuid NOT NULL,
  day date NOT NULL,
  status text NOT NULL CHECK (status IN ('normal', 'yellow', 'red')),
  planned numeric(6, 3) NOT NULL,
  actual numeric(6, 3) NOT NULL,
  overdue boolean NOT NULL,
  PRIMARY KEY (district_id, task_id, day)
);

CREATE TABLE tasks_exemptions (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  order_id uuid NOT NULL,
  applicant_user_id uuid NOT NULL,
  grounds text NOT NULL,
  innovation text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'granted', 'refused')),
  decision_reason text,
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, order_id) REFERENCES tasks_orders (district_id, id)
);
CREATE UNIQUE INDEX tasks_exemptions_pending ON tasks_exemptions (district_id, order_id) WHERE status = 'pending';

CREATE TABLE tasks_violations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  description text NOT NULL,
  occurred_on date NOT NULL,
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id)
);
CREATE INDEX tasks_violations_task ON tasks_violations (district_id, task_id);

CREATE TABLE tasks_consequences (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  order_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('public_notice', 'performance_score', 'highlight_points', 'award', 'file_entry')),
  points numeric(8, 2) NOT NULL DEFAULT 0,
  note text NOT NULL DEFAULT '',
  subject_node_id uuid,
  subject_person_id uuid,
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, order_id) REFERENCES tasks_orders (district_id, id)
);
CREATE INDEX tasks_consequences_node ON tasks_consequences (district_id, subject_node_id);
CREATE INDEX tasks_consequences_person ON tasks_consequences (district_id, subject_person_id);
