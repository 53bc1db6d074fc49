-- 心理援助热线 as counts (seed 003: 共接待来访、来电的学生及家长26000多人次): per node and month, the calls
-- and visits received and how many of them were students or parents. Counts only, never a caller; one
-- row per node and month, changed at its version.

CREATE TABLE psych_hotline_months (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
  calls integer NOT NULL CHECK (calls BETWEEN 0 AND 1000000),
  visits integer NOT NULL CHECK (visits BETWEEN 0 AND 1000000),
  youth integer NOT NULL CHECK (youth BETWEEN 0 AND 2000000),   -- of the calls and visits: students and parents
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (youth <= calls + visits)
);
CREATE UNIQUE INDEX psych_hotline_months_node ON psych_hotline_months (district_id, node_id, month);
