-- People and their identities. National ID and phone numbers are stored only as SM4 ciphertext
-- (iv || ciphertext) plus an HMAC-SM3 blind index for exact lookup and duplicate detection.

CREATE TABLE people_persons (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where the person belongs: building, grid or community
  name text NOT NULL,
  name_initials text NOT NULL,
  name_pinyin text NOT NULL,
  gender text NOT NULL CHECK (gender IN ('M', 'F')),
  birth_date date NOT NULL,
  id_enc bytea NOT NULL,
  id_bidx bytea NOT NULL,
  phone_enc bytea,
  phone_bidx bytea,
  address text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE UNIQUE INDEX people_persons_id_bidx ON people_persons (district_id, id_bidx);
CREATE INDEX people_persons_node ON people_persons (district_id, node_id, name, id);
-- A browse of a large subtree (a street, a district) reads this in name order and stops after a page.
CREATE INDEX people_persons_name ON people_persons (district_id, name, id) INCLUDE (node_id);
CREATE INDEX people_persons_initials ON people_persons (district_id, name_initials text_pattern_ops);
CREATE INDEX people_persons_phone ON people_persons (district_id, phone_bidx) WHERE phone_bidx IS NOT NULL;

-- One row per identity a person holds; attrs are validated per kind by people.schemas.ts:
--   resident      {residence: registered|floating, specialCare: bool}
--   party_member  {partyOrgId, joinedOn, mobile: bool}
--   cadre         {unitNodeId, post, grade, postSince, unitSince}
--   grid_worker   {gridNodeIds: uuid[]}
--   volunteer     {team?, hours?}
--   deputy        {level: district|city, term?}
CREATE TABLE people_identities (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('resident', 'party_member', 'cadre', 'grid_worker', 'volunteer', 'deputy')),
  attrs jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, person_id, kind),
  FOREIGN KEY (district_id, person_id) REFERENCES people_persons (district_id, id) ON DELETE CASCADE
);
CREATE INDEX people_identities_kind ON people_identities (district_id, kind);
