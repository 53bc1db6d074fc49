-- The administrative tree and the party organisations that hang on it.

CREATE TABLE org_nodes (
  district_id uuid NOT NULL,            -- tenant key; a city node is its own tenant
  id uuid NOT NULL UNIQUE,
  parent_id uuid REFERENCES org_nodes (id),
  level text NOT NULL CHECK (level IN ('city', 'district', 'street', 'community', 'grid', 'micro_grid', 'building',
                                      'department')),  -- departments 职能部门 are units under a district (or street)
  name text NOT NULL,
  code text,                            -- GB/T 2260 where the level has one, else a local code
  path text NOT NULL,                   -- materialised path '/<id>/.../<id>/'
  depth integer NOT NULL,
  name_initials text NOT NULL,          -- pinyin initials, lower case: 福田街道 → ftjd
  name_pinyin text NOT NULL,            -- full pinyin without tones, lower case, no spaces
  sort integer NOT NULL DEFAULT 0,
  geojson jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id)
);
CREATE UNIQUE INDEX org_nodes_path ON org_nodes (path text_pattern_ops);
CREATE INDEX org_nodes_parent ON org_nodes (parent_id, sort, name);
CREATE INDEX org_nodes_initials ON org_nodes (district_id, name_initials text_pattern_ops);
CREATE INDEX org_nodes_code ON org_nodes (code);

CREATE TABLE org_party_orgs (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  parent_org_id uuid,
  kind text NOT NULL CHECK (kind IN ('committee', 'general_branch', 'branch', 'group',
                                     'four_in_one', 'building', 'hometown')),
  name text NOT NULL,
  name_initials text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, parent_org_id) REFERENCES org_party_orgs (district_id, id)
);
CREATE INDEX org_party_orgs_node ON org_party_orgs (district_id, node_id);
