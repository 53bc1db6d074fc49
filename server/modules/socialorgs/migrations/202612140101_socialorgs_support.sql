-- Support around the social organisations (seed 001 普陀: 党建指导员派驻, 草根领袖与本土社工培养;
-- seed 003 福田: 社会组织总部基地 and its 四联平台 联建联调联管联服).
--   bases        an incubation base of the 1+2+4 matrix or a headquarters base 总部基地
--   settlements  organisations settled in a base for a term (入驻)
--   instructors  party-building instructors 党建指导员: a person, their unit, a phone
--   assignments  an instructor sent to a base or to one organisation for a term
--   visits       guidance visits an instructor made (date, organisation, topic, outcome)
--   talents      grass-roots leaders 草根领袖, social workers 社工, certified ones 持证社工
--   trainings    a talent's training records
--   links        the base's four-link records (build, mediate, manage, serve) and the
--   link_orgs    organisations taking part in each

CREATE TABLE socialorgs_bases (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('incubation', 'headquarters')),
  address text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, name),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX socialorgs_bases_node ON socialorgs_bases (district_id, node_id);

CREATE TABLE socialorgs_settlements (
  district_id uuid NOT NULL,
  base_id uuid NOT NULL,
  org_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, base_id, org_id),
  FOREIGN KEY (district_id, base_id) REFERENCES socialorgs_bases (district_id, id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE socialorgs_instructors (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the street or district that sends them
  name text NOT NULL,
  unit text NOT NULL,                    -- their own work unit
  phone text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX socialorgs_instructors_node ON socialorgs_instructors (district_id, node_id);

CREATE TABLE socialorgs_assignments (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  instructor_id uuid NOT NULL,
  base_id uuid,
  org_id uuid,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, instructor_id) REFERENCES socialorgs_instructors (district_id, id),
  FOREIGN KEY (district_id, base_id) REFERENCES socialorgs_bases (district_id, id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id),
  CHECK ((base_id IS NULL) <> (org_id IS NULL)),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX socialorgs_assignments_instructor ON socialorgs_assignments (district_id, instructor_id);

CREATE TABLE socialorgs_visits (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  instructor_id uuid NOT NULL,
  org_id uuid NOT NULL,
  visited_on date NOT NULL,
  topic text NOT NULL,
  outcome text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, instructor_id) REFERENCES socialorgs_instructors (district_id, id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id)
);
CREATE INDEX socialorgs_visits_instructor ON socialorgs_visits (district_id, instructor_id, visited_on);

CREATE TABLE socialorgs_talents (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the street or community where they serve
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('leader', 'worker', 'certified')),
  cert_level text CHECK (cert_level IN ('assistant', 'intermediate', 'senior')),
  cert_no text NOT NULL DEFAULT '',
  org_id uuid,
  phone text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id),
  CHECK ((kind = 'certified') = (cert_level IS NOT NULL))
);
CREATE INDEX socialorgs_talents_node ON socialorgs_talents (district_id, node_id);

CREATE TABLE socialorgs_trainings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  talent_id uuid NOT NULL,
  trained_on date NOT NULL,
  course text NOT NULL,
  hours numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, talent_id) REFERENCES socialorgs_talents (district_id, id)
);
CREATE INDEX socialorgs_trainings_talent ON socialorgs_trainings (district_id, talent_id);

CREATE TABLE socialorgs_links (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  base_id uuid NOT NULL,
  link text NOT NULL CHECK (link IN ('build', 'mediate', 'manage', 'serve')),
  held_on date NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, base_id) REFERENCES socialorgs_bases (district_id, id)
);
CREATE INDEX socialorgs_links_base ON socialorgs_links (district_id, base_id, held_on);

CREATE TABLE socialorgs_link_orgs (
  district_id uuid NOT NULL,
  link_id uuid NOT NULL,
  org_id uuid NOT NULL,
  PRIMARY KEY (district_id, link_id, org_id),
  FOREIGN KEY (district_id, link_id) REFERENCES socialorgs_links (district_id, id),
  FOREIGN KEY (district_id, org_id) REFERENCES socialorgs_orgs (district_id, id)
);
