-- 重大项目 (seed 000: 280 major projects, 160 在建 + 80 前期 + 40 谋划): a district's register by stage,
-- each with its headquarters' party group 指挥部党建组 and temporary project branch 项目临时党支部 referenced
-- by party-organisation id (the org module owns them and their lifetime), optionally a list task.
CREATE TABLE tasks_projects (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  year int NOT NULL,
  name text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('construction', 'preliminary', 'planning')),
  category text NOT NULL DEFAULT 'industry' CHECK (category IN ('industry', 'livelihood', 'infrastructure')),
  -- total investment in 万元
  investment numeric(14, 2),
  lead_node_id uuid,
  lead_name text,
  hq_party_org_id uuid,
  branch_party_org_id uuid,
  task_id uuid,
  note text NOT NULL DEFAULT '',
  version int NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id)
);
CREATE UNIQUE INDEX tasks_projects_name ON tasks_projects (district_id, year, name);

-- 揭榜单位 political performance (seed 000: 政治忠诚、政治定力、政治担当、政治能力、政治自律 recorded for
-- the units and cadres of the 45 listed projects), offered to cadre assessment through the feed
CREATE TABLE tasks_performance (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  task_id uuid NOT NULL,
  node_id uuid NOT NULL,
  unit_name text NOT NULL,
  person_id uuid,
  aspect text NOT NULL CHECK (aspect IN ('loyalty', 'steadfastness', 'commitment', 'capability', 'discipline')),
  positive boolean NOT NULL,
  note text NOT NULL,
  occurred_on date NOT NULL,
  recorded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, task_id) REFERENCES tasks_tasks (district_id, id)
);
CREATE INDEX tasks_performance_by_node ON tasks_performance (district_id, node_id, occurred_on);
