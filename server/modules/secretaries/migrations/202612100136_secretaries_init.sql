-- 社区书记 (seed 004 Luohu 社区书记注入“新血液”): the roster of community party secretaries 社区党委书记
-- as terms of office (who, 第几届, how appointed, from and to), rotations 岗位交流 of secretaries who
-- served more than two terms, open selections 公开遴选 / 竞争上岗 for vacancies with their candidates'
-- stages, and the 两委换届 rounds whose results fill the roster.

CREATE TABLE secretaries_terms (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community
  name text NOT NULL,
  person_id uuid,                        -- a person of the people register, when known
  user_id uuid,                          -- a cadre's account, when appointed from a selection
  term_no integer NOT NULL CHECK (term_no BETWEEN 1 AND 20),   -- 第几届: consecutive terms in this community
  method text NOT NULL CHECK (method IN ('election', 'competition', 'open', 'assigned', 'rotation')),
  started_on date NOT NULL,
  ended_on date,
  end_reason text NOT NULL DEFAULT '' CHECK (end_reason IN ('', 'rotated', 'election', 'resigned', 'other')),
  selection_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
-- one current secretary per community
CREATE UNIQUE INDEX secretaries_terms_current ON secretaries_terms (district_id, node_id) WHERE ended_on IS NULL;
CREATE INDEX secretaries_terms_node ON secretaries_terms (district_id, node_id, started_on);

CREATE TABLE secretaries_rotations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  from_node_id uuid NOT NULL,
  to_node_id uuid NOT NULL,
  name text NOT NULL,
  from_term_id uuid NOT NULL,
  to_term_id uuid NOT NULL,
  rotated_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, from_node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, to_node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, from_term_id) REFERENCES secretaries_terms (district_id, id),
  FOREIGN KEY (district_id, to_term_id) REFERENCES secretaries_terms (district_id, id)
);

CREATE TABLE secretaries_selections (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- who publishes it (the district or a street)
  kind text NOT NULL CHECK (kind IN ('open', 'competition')),
  title text NOT NULL,
  requirements text NOT NULL DEFAULT '',
  deadline date NOT NULL,                -- last day to register
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE secretaries_selection_posts (
  district_id uuid NOT NULL,
  selection_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- a vacant community
  PRIMARY KEY (district_id, selection_id, node_id),
  FOREIGN KEY (district_id, selection_id) REFERENCES secretaries_selections (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE secretaries_candidates (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  selection_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community applied for
  name text NOT NULL,
  person_id uuid,
  user_id uuid,                          -- the cadre who registered, or null when entered by an officer
  stage text NOT NULL CHECK (stage IN ('registered', 'qualified', 'examined', 'inspected', 'publicised',
    'appointed', 'rejected', 'withdrawn')),
  written_score double precision CHECK (written_score BETWEEN 0 AND 100),
  interview_score double precision CHECK (interview_score BETWEEN 0 AND 100),
  notice_from date,
  notice_to date,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, selection_id, node_id)
    REFERENCES secretaries_selection_posts (district_id, selection_id, node_id)
);
CREATE UNIQUE INDEX secretaries_candidates_once ON secretaries_candidates (district_id, selection_id, user_id)
  WHERE user_id IS NOT NULL;
CREATE INDEX secretaries_candidates_user ON secretaries_candidates (user_id);

CREATE TABLE secretaries_elections (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the street whose communities elect
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  held_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, year),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE secretaries_election_results (
  district_id uuid NOT NULL,
  election_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community
  name text NOT NULL,
  term_id uuid NOT NULL,
  PRIMARY KEY (district_id, election_id, node_id),
  FOREIGN KEY (district_id, election_id) REFERENCES secretaries_elections (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, term_id) REFERENCES secretaries_terms (district_id, id)
);
