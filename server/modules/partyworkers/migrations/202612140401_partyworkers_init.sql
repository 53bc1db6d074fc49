-- 专职党务工作者配备 (seed 003 福田: 为街道社区配备180名专职党务工作者): the posts the district sets
-- for each street and community, the worker placed in a post (start, contract end, qualifications),
-- the monthly work-log summary and the yearly appraisal. A vacancy is a post with nobody in it.

-- the district's placing target for a year (180 in the seed), versioned
CREATE TABLE partyworkers_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  yearly_target integer NOT NULL DEFAULT 180 CHECK (yearly_target BETWEEN 0 AND 100000),
  version integer NOT NULL DEFAULT 1
);

-- posts of a street or a community (the quota from the district)
CREATE TABLE partyworkers_posts (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  posts integer NOT NULL CHECK (posts BETWEEN 0 AND 50),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, node_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE partyworkers_placements (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  phone text NOT NULL DEFAULT '',
  started_on date NOT NULL,
  contract_end date NOT NULL,
  qualifications text[] NOT NULL DEFAULT '{}',
  ended_on date,
  end_reason text NOT NULL DEFAULT '' CHECK (end_reason IN ('', 'resigned', 'contract_ended', 'dismissed', 'transferred')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (contract_end >= started_on),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX partyworkers_placements_node ON partyworkers_placements (district_id, node_id) WHERE ended_on IS NULL;

-- one summary per worker and month 月度工作纪实
CREATE TABLE partyworkers_logs (
  district_id uuid NOT NULL,
  placement_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
  days integer NOT NULL CHECK (days BETWEEN 0 AND 31),
  summary text NOT NULL,
  written_by uuid,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, placement_id, month),
  FOREIGN KEY (district_id, placement_id) REFERENCES partyworkers_placements (district_id, id)
);

-- the yearly appraisal 年度考核, one per worker and year
CREATE TABLE partyworkers_appraisals (
  district_id uuid NOT NULL,
  placement_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2099),
  grade text NOT NULL CHECK (grade IN ('excellent', 'competent', 'basic', 'incompetent')),
  note text NOT NULL DEFAULT '',
  appraised_by uuid,
  appraised_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, placement_id, year),
  FOREIGN KEY (district_id, placement_id) REFERENCES partyworkers_placements (district_id, id)
);
