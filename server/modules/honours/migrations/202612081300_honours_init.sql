-- Honours (seed 003 Futian): 福田居民美德奖 and similar awards a district configures, nominations by
-- officers or residents, review and publication on a public honours page per node.

CREATE TABLE honours_awards (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL,
  categories text[] NOT NULL DEFAULT '{}',   -- e.g. 见义勇为、助人为乐、诚实守信、敬业奉献、孝老爱亲
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, name)
);

CREATE TABLE honours_nominations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  award_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where the nominee lives or serves
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  nominee_name text NOT NULL,
  category text NOT NULL,
  deeds text NOT NULL,
  nominated_by uuid NOT NULL,
  nominator_kind text NOT NULL CHECK (nominator_kind IN ('officer', 'resident')),
  state text NOT NULL CHECK (state IN ('nominated', 'approved', 'rejected', 'published')),
  review_note text NOT NULL DEFAULT '',
  reviewed_by uuid,
  reviewed_at timestamptz,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, award_id) REFERENCES honours_awards (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX honours_nominations_node ON honours_nominations (district_id, node_id, year);
