-- 示范创建与先锋指数测评 (seeds 000, 003, 004): creation programmes 示范创建 with a ladder of levels
-- (区级 → 市级 → 省级 → 全国) and a standard of indicators with points; declarations 申报 by a community
-- or unit, self-assessed with evidence, pre-reviewed by the street, scored by the district, publicised
-- under a numbered 公示 and named (命名) or not; titles re-checked 复核 after the programme's years.
-- And the 基层党建先锋指数: party organisations scored quarterly on weighted indicators.

CREATE TABLE creation_programmes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  pass_pct integer NOT NULL DEFAULT 80 CHECK (pass_pct BETWEEN 1 AND 100),
  publicity_days integer NOT NULL DEFAULT 7 CHECK (publicity_days BETWEEN 0 AND 30),
  renew_years integer NOT NULL DEFAULT 3 CHECK (renew_years BETWEEN 1 AND 10),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, name)
);

-- the standard 创建标准: indicators with points
CREATE TABLE creation_indicators (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  programme_id uuid NOT NULL,
  sort integer NOT NULL,
  name text NOT NULL,
  points integer NOT NULL CHECK (points BETWEEN 1 AND 100),
  guide text NOT NULL DEFAULT '',
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, programme_id, name),
  FOREIGN KEY (district_id, programme_id) REFERENCES creation_programmes (district_id, id)
);

CREATE TABLE creation_declarations (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  programme_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the declaring community or unit
  level text NOT NULL CHECK (level IN ('district', 'city', 'province', 'national')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  state text NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'submitted', 'prereviewed', 'publicity', 'named', 'not_named')),
  prereview_note text NOT NULL DEFAULT '',
  review_note text NOT NULL DEFAULT '',
  publicity_year integer,
  publicity_no integer,
  publicity_from date,
  publicity_until date,
  named_on date,
  expires_on date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, publicity_year, publicity_no),
  FOREIGN KEY (district_id, programme_id) REFERENCES creation_programmes (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX creation_declarations_node ON creation_declarations (district_id, node_id, programme_id);
CREATE INDEX creation_declarations_state ON creation_declarations (district_id, state);

-- one indicator of a declaration: the self-assessment with evidence, and the district's score (locked once given)
CREATE TABLE creation_items (
  district_id uuid NOT NULL,
  declaration_id uuid NOT NULL,
  indicator_id uuid NOT NULL,
  self_score integer,
  evidence text NOT NULL DEFAULT '',
  review_score integer,
  review_note text NOT NULL DEFAULT '',
  reviewed_by uuid,
  reviewer_name text NOT NULL DEFAULT '',
  reviewed_at timestamptz,
  PRIMARY KEY (district_id, declaration_id, indicator_id),
  FOREIGN KEY (district_id, declaration_id) REFERENCES creation_declarations (district_id, id),
  FOREIGN KEY (district_id, indicator_id) REFERENCES creation_indicators (district_id, id)
);

-- gapless 公示 numbers per district and year
CREATE TABLE creation_publicity_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

-- 先锋指数: the district's indicators and weights (the defaults in the rules until it sets its own)
CREATE TABLE creation_index_indicators (
  district_id uuid NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  weight integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
  sort integer NOT NULL,
  PRIMARY KEY (district_id, code)
);

-- one organisation's score on one indicator in one quarter (0–100)
CREATE TABLE creation_index_scores (
  district_id uuid NOT NULL,
  party_org_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  code text NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  scored_by uuid,
  scored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, party_org_id, year, quarter, code)
);

-- 整改 of an organisation flagged at the bottom of a quarter
CREATE TABLE creation_rectifications (
  district_id uuid NOT NULL,
  party_org_id uuid NOT NULL,
  year integer NOT NULL,
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  note text NOT NULL,
  done_by uuid,
  done_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, party_org_id, year, quarter)
);
