-- Micro livelihood projects 民生微实事 (residents order 点菜 → the community screens → budget →
-- implementation → acceptance → residents rate) and the annual livelihood projects chosen by the
-- people's deputies' vote 票决制 (candidates → deputies vote → tracked → deputies rate → the
-- responsible unit's performance score). Money is integer fen: public 财政资金 and social 社会资金 apart.

-- A community's menu 菜单: projects residents may pick from when they order.
CREATE TABLE projects_menu (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  category text NOT NULL,
  estimate_fen bigint NOT NULL DEFAULT 0 CHECK (estimate_fen >= 0),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX projects_menu_node ON projects_menu (district_id, node_id);

-- The deputies' ballot of a node for a year: its candidates are put to a vote of the votes module.
CREATE TABLE projects_ballots (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL,
  seats integer NOT NULL CHECK (seats BETWEEN 1 AND 30),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'voting', 'decided')),
  vote_id uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX projects_ballots_node ON projects_ballots (district_id, node_id, year);
CREATE INDEX projects_ballots_vote ON projects_ballots (vote_id) WHERE vote_id IS NOT NULL;

CREATE TABLE projects_items (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community (micro) or the ballot's node (livelihood)
  kind text NOT NULL CHECK (kind IN ('micro', 'livelihood')),
  year integer NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  category text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('ordered', 'rejected', 'withdrawn', 'approved', 'budgeted',
    'implementing', 'inspecting', 'completed', 'closed', 'candidate', 'chosen', 'not_chosen')),
  stage_since timestamptz NOT NULL DEFAULT now(),
  orderer_user_id uuid,                  -- the resident who ordered it (micro)
  orderer_person_id uuid,
  orderer_label text NOT NULL DEFAULT '', -- masked name, never a full name
  menu_item_id uuid,
  reject_reason text,
  public_fen bigint NOT NULL DEFAULT 0 CHECK (public_fen >= 0),
  social_fen bigint NOT NULL DEFAULT 0 CHECK (social_fen >= 0),
  social_source text NOT NULL DEFAULT '',
  unit_node_id uuid,                     -- the responsible unit (livelihood)
  ballot_id uuid,
  ballot_position integer,
  ballot_votes integer,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  acceptance_note text,
  completed_at timestamptz,
  closed_at timestamptz,
  rating_count integer NOT NULL DEFAULT 0,
  rating_sum integer NOT NULL DEFAULT 0,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, ballot_id) REFERENCES projects_ballots (district_id, id)
);
CREATE INDEX projects_items_node ON projects_items (district_id, node_id, year);
CREATE INDEX projects_items_stage ON projects_items (district_id, stage);
CREATE INDEX projects_items_orderer ON projects_items (orderer_user_id) WHERE orderer_user_id IS NOT NULL;
CREATE INDEX projects_items_ballot ON projects_items (district_id, ballot_id) WHERE ballot_id IS NOT NULL;

CREATE TABLE projects_milestones (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_id uuid NOT NULL,
  seq integer NOT NULL,
  title text NOT NULL,
  due_on date NOT NULL,
  done_at timestamptz,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, project_id, seq),
  FOREIGN KEY (district_id, project_id) REFERENCES projects_items (district_id, id)
);
CREATE INDEX projects_milestones_due ON projects_milestones (district_id, due_on) WHERE done_at IS NULL;

-- Contractors 承接单位: the contact's phone encrypted (SM4) and kept masked for display.
CREATE TABLE projects_contractors (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_id uuid NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('builder', 'supervisor', 'service', 'supplier')),
  contact_name text NOT NULL DEFAULT '',
  phone_enc bytea,
  phone_mask text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, project_id) REFERENCES projects_items (district_id, id)
);
CREATE INDEX projects_contractors_project ON projects_contractors (district_id, project_id);

-- Photos of the work (before, during, after), re-encoded without metadata.
CREATE TABLE projects_photos (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_id uuid NOT NULL,
  milestone_id uuid,
  mime text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, project_id) REFERENCES projects_items (district_id, id)
);
CREATE INDEX projects_photos_project ON projects_photos (district_id, project_id);

-- Satisfaction 满意度: one rating per resident (person) of a micro project, per deputy (account)
-- of a livelihood project; the first one stands.
CREATE TABLE projects_ratings (
  district_id uuid NOT NULL,
  project_id uuid NOT NULL,
  rater_id uuid NOT NULL,
  rater_kind text NOT NULL CHECK (rater_kind IN ('resident', 'deputy')),
  by_user_id uuid NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, project_id, rater_id),
  FOREIGN KEY (district_id, project_id) REFERENCES projects_items (district_id, id)
);
CREATE INDEX projects_ratings_user ON projects_ratings (by_user_id);

-- Deputies' supervision notes 跟踪监督 and officers' progress notes.
CREATE TABLE projects_notes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  project_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('supervision', 'progress')),
  text text NOT NULL,
  author_user_id uuid NOT NULL,
  author_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, project_id) REFERENCES projects_items (district_id, id)
);
CREATE INDEX projects_notes_project ON projects_notes (district_id, project_id, created_at);

-- The responsible unit's performance score from the deputies' satisfaction (0–100), kept here
-- until the tasks module offers a verb to record it.
CREATE TABLE projects_unit_scores (
  district_id uuid NOT NULL,
  project_id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  year integer NOT NULL,
  score numeric(5, 1) NOT NULL CHECK (score BETWEEN 0 AND 100),
  source text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, project_id),
  FOREIGN KEY (district_id, unit_node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX projects_unit_scores_unit ON projects_unit_scores (district_id, unit_node_id, year);
