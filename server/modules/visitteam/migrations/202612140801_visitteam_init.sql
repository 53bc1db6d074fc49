-- 文明巡访团 (seed 003 福田: 在全市率先组建区级“文明巡访团”, 全民参与、全民监督、全民创文): the district's
-- team of resident visitors, their visit rounds (a day, an area, the members walking it, the checklist)
-- and the findings a round records, each handed to the community of the area to fix.

CREATE TABLE visitteam_members (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL,
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  street text NOT NULL DEFAULT '',
  term_start date NOT NULL,
  term_end date NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK (term_end >= term_start)
);

-- a scheduled walk of an area (a community) on a day, with the checklist items it looks at
CREATE TABLE visitteam_rounds (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  held_on date NOT NULL,
  items text[] NOT NULL,
  note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX visitteam_rounds_day ON visitteam_rounds (district_id, held_on);

CREATE TABLE visitteam_round_members (
  district_id uuid NOT NULL,
  round_id uuid NOT NULL,
  member_id uuid NOT NULL,
  PRIMARY KEY (district_id, round_id, member_id),
  FOREIGN KEY (district_id, round_id) REFERENCES visitteam_rounds (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES visitteam_members (district_id, id)
);

-- what a member saw on a round; the area's community marks it fixed with a note
CREATE TABLE visitteam_findings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  round_id uuid NOT NULL,
  member_id uuid,
  item text NOT NULL,
  place text NOT NULL,
  seen text NOT NULL,
  fixed_on date,
  fixed_note text NOT NULL DEFAULT '',
  fixed_by uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, round_id) REFERENCES visitteam_rounds (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES visitteam_members (district_id, id)
);
CREATE INDEX visitteam_findings_round ON visitteam_findings (district_id, round_id);
CREATE INDEX visitteam_findings_open ON visitteam_findings (district_id) WHERE fixed_on IS NULL;
