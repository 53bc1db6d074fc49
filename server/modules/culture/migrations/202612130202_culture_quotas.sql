-- Nomination quotas: how many nominations a street or community may send upward in a year for each
-- title (深圳市五星级义工, 优秀文化志愿者), set by the district. A nomination counts against the quota
-- of every node above its team that has one, until the district declines it. Nominating locks the
-- quota rows so two officers cannot both take the last place.
CREATE TABLE culture_nomination_quotas (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL CHECK (title IN ('city_five_star', 'outstanding')),
  quota integer NOT NULL CHECK (quota BETWEEN 0 AND 1000),
  set_by uuid NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, node_id, year, title),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
