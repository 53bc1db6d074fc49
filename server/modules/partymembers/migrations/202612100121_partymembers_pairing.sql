-- 结对联系 (seed 001, Beilun: "建立支部党员联系结对流动党员机制"): each outflowing mobile member has
-- one resident branch member keeping in touch (one active pair per member; re-pairing ends the old
-- pair, history kept), the contacts they log month by month, the difficulties raised to the branch
-- as help requests, and the make-up study 送学补课 a member completed. Persons by id only.

CREATE TABLE partymembers_pairs (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  member_id uuid NOT NULL,               -- the outflowing mobile member
  node_id uuid NOT NULL,                 -- the member's branch node (scope)
  contact_person_id uuid NOT NULL,       -- the resident branch member who keeps in touch
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  started_on date NOT NULL,
  ended_on date,
  note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES partymembers_members (district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX partymembers_pairs_active ON partymembers_pairs (district_id, member_id)
  WHERE status = 'active';
CREATE INDEX partymembers_pairs_contact ON partymembers_pairs (district_id, contact_person_id)
  WHERE status = 'active';
CREATE INDEX partymembers_pairs_node ON partymembers_pairs (node_id, status);

-- 联系记录: one row per contact (phone, WeChat, visit, video) with what was learned.
CREATE TABLE partymembers_contacts (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  pair_id uuid NOT NULL,
  member_id uuid NOT NULL,
  contacted_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'wechat', 'visit', 'video')),
  needs text NOT NULL DEFAULT '',        -- 困难需求 of the member and family
  study text NOT NULL DEFAULT '',        -- 学习情况
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, pair_id) REFERENCES partymembers_pairs (district_id, id) ON DELETE CASCADE
);
CREATE INDEX partymembers_contacts_pair ON partymembers_contacts (district_id, pair_id, contacted_on);
CREATE INDEX partymembers_contacts_member ON partymembers_contacts (district_id, member_id, contacted_on);

-- A difficulty raised to the branch 帮扶请求, marked helped by its officer with a note.
CREATE TABLE partymembers_help (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  pair_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  member_id uuid NOT NULL,
  node_id uuid NOT NULL,
  need text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'helped')),
  helped_note text NOT NULL DEFAULT '',
  helped_by uuid,
  helped_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, pair_id) REFERENCES partymembers_pairs (district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, contact_id) REFERENCES partymembers_contacts (district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX partymembers_help_node ON partymembers_help (node_id, status);

-- 送学补课: the study items a mobile member completed, per month.
CREATE TABLE partymembers_study (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  member_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  item text NOT NULL,
  done_on date NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, member_id) REFERENCES partymembers_members (district_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX partymembers_study_item ON partymembers_study (district_id, member_id, month, item);
