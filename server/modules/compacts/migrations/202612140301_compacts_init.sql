-- 契约化党建 and the monthly 圆桌会 (seed 001 鄞州 海创社区: 推行目标清晰、权责对等的"契约化"党建,
-- 每月召开圆桌会): a community (or street) party organisation signs a numbered 共建契约 with a unit's
-- party organisation (a department node) for a term, with three lists (资源清单, 需求清单, 项目清单);
-- the community holds a round table each month with the units of its contracts in force; the
-- resolutions become project items of the contract they name.

-- gapless contract numbers per district and year (共建契约〔2026〕N号)
CREATE TABLE compacts_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

CREATE TABLE compacts_contracts (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community (or street) party organisation's node
  unit_id uuid NOT NULL,                 -- the unit 驻区单位 (a department node)
  year integer NOT NULL,
  seq integer NOT NULL,
  title text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  community_signer text NOT NULL,
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed')),
  unit_signer text NOT NULL DEFAULT '',
  unit_signed_by uuid,
  signed_on date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, year, seq),
  CHECK (ends_on >= starts_on),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, unit_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX compacts_contracts_node ON compacts_contracts (district_id, node_id, starts_on);
CREATE INDEX compacts_contracts_unit ON compacts_contracts (district_id, unit_id);

CREATE TABLE compacts_meetings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community holding the round table
  month text NOT NULL CHECK (month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
  planned_on date NOT NULL,
  place text NOT NULL DEFAULT '',
  state text NOT NULL DEFAULT 'scheduled' CHECK (state IN ('scheduled', 'held')),
  held_on date,
  agenda jsonb NOT NULL DEFAULT '[]',    -- [{itemId|null, text}]
  minutes text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, month),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- the three lists of a contract; a project may come from a round table's resolution
CREATE TABLE compacts_items (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  contract_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('resource', 'need', 'project')),
  content text NOT NULL,
  owner text NOT NULL DEFAULT '',
  due_on date,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
  done_on date,
  meeting_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK (kind <> 'project' OR due_on IS NOT NULL),
  FOREIGN KEY (district_id, contract_id) REFERENCES compacts_contracts (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES compacts_meetings (district_id, id)
);
CREATE INDEX compacts_items_contract ON compacts_items (district_id, contract_id, kind);
CREATE INDEX compacts_items_due ON compacts_items (district_id, due_on) WHERE kind = 'project' AND state = 'open';

CREATE TABLE compacts_attendance (
  district_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  contract_id uuid NOT NULL,
  present boolean NOT NULL,
  PRIMARY KEY (district_id, meeting_id, contract_id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES compacts_meetings (district_id, id),
  FOREIGN KEY (district_id, contract_id) REFERENCES compacts_contracts (district_id, id)
);
CREATE INDEX compacts_attendance_contract ON compacts_attendance (district_id, contract_id);
