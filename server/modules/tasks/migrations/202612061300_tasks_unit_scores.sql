-- 绩效分值 from outside the task lists: a unit's score for a year given by another body, e.g. the
-- people's deputies' satisfaction with a livelihood project they chose (票决制, seed 003: the
-- result enters the responsible unit's performance score). One row per source, replaced when the
-- source scores again.
CREATE TABLE tasks_unit_scores (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  unit_node_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  score numeric(5, 1) NOT NULL CHECK (score BETWEEN 0 AND 100),
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, source),
  FOREIGN KEY (district_id, unit_node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX tasks_unit_scores_unit ON tasks_unit_scores (district_id, unit_node_id, year);
