-- 业主大会与业委会选优建强 (seed 001 Longquan: 选优建强小区业委会; seed 004 Luohu: 四位一体): the owners'
-- register of a compound (units with floor area, owners with encrypted phones; one owner may hold
-- several units), assemblies 业主大会 with matters voted by owners (online by a resident account
-- linked to the owner, or on paper entered by one officer and confirmed by another), the numbered
-- 表决结果公告, and 业委会 elections (candidates vetted by the community party organisation, elected
-- by an assembly, five-year terms).
--
-- Scope: every row carries the compound's community node (node_id), read from the property module
-- when the row is made. compound_id refers to property_compounds.

CREATE TABLE owners_owners (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  compound_id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  owner_key text NOT NULL,               -- the phone's blind index (hex), or 'name:' + name without a phone
  phone_enc bytea,
  phone_bidx bytea,
  phone_mask text NOT NULL DEFAULT '',
  user_id uuid,                          -- the resident account that votes online for this owner
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, compound_id, owner_key),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);
CREATE INDEX owners_owners_user ON owners_owners (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE owners_units (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  compound_id uuid NOT NULL,
  room text NOT NULL,                    -- 3-2-501
  area_x100 integer NOT NULL CHECK (area_x100 BETWEEN 1 AND 100000000), -- floor area in 0.01 m²
  owner_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, compound_id, room),
  FOREIGN KEY (district_id, owner_id) REFERENCES owners_owners (district_id, id)
);
CREATE INDEX owners_units_owner ON owners_units (district_id, owner_id);

CREATE TABLE owners_assemblies (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  compound_id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  total_area_x100 integer NOT NULL,        -- the register's totals when the assembly opened
  total_owners integer NOT NULL,
  notice_year integer,
  notice_no integer,
  closed_on date,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, notice_year, notice_no),
  CHECK (closes_on >= opens_on),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id)
);
CREATE INDEX owners_assemblies_node ON owners_assemblies (district_id, node_id, opens_on);

CREATE TABLE owners_matters (
  district_id uuid NOT NULL,
  assembly_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq BETWEEN 1 AND 50),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('ordinary', 'major')),
  candidate_id uuid,                     -- an election matter: this candidate to the 业委会
  passed boolean,                        -- frozen when the assembly closes
  PRIMARY KEY (district_id, assembly_id, seq),
  FOREIGN KEY (district_id, assembly_id) REFERENCES owners_assemblies (district_id, id)
);

-- One ballot per owner and assembly; a paper ballot counts only once a second officer confirms it.
CREATE TABLE owners_ballots (
  district_id uuid NOT NULL,
  assembly_id uuid NOT NULL,
  owner_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'paper')),
  choices text[] NOT NULL,               -- per matter in seq order: yes / no / abstain
  area_x100 integer NOT NULL,            -- the owner's area (0.01 m²) when the ballot was cast
  entered_by uuid NOT NULL,
  confirmed_by uuid,
  cast_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  PRIMARY KEY (district_id, assembly_id, owner_id),
  CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by),
  FOREIGN KEY (district_id, assembly_id) REFERENCES owners_assemblies (district_id, id),
  FOREIGN KEY (district_id, owner_id) REFERENCES owners_owners (district_id, id)
);
CREATE INDEX owners_ballots_pending ON owners_ballots (district_id, assembly_id) WHERE confirmed_by IS NULL;

-- Gapless numbers of the 表决结果公告 per district and year (the row is locked until commit).
CREATE TABLE owners_notice_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);

-- 业委会 elections: nominated candidates, vetted 党组织把关, elected by an assembly, a term.
CREATE TABLE owners_elections (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  compound_id uuid NOT NULL,
  node_id uuid NOT NULL,
  seats integer NOT NULL CHECK (seats BETWEEN 3 AND 15),
  state text NOT NULL DEFAULT 'nominating' CHECK (state IN ('nominating', 'voting', 'elected', 'failed')),
  assembly_id uuid,
  term_starts date,
  term_ends date,
  renewal_of uuid,                       -- the election whose term this one renews
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, compound_id) REFERENCES property_compounds (district_id, id),
  FOREIGN KEY (district_id, assembly_id) REFERENCES owners_assemblies (district_id, id)
);
CREATE INDEX owners_elections_node ON owners_elections (district_id, node_id);

CREATE TABLE owners_candidates (
  district_id uuid NOT NULL,
  election_id uuid NOT NULL,
  id uuid NOT NULL,
  owner_id uuid NOT NULL,                -- candidates are owners of the compound
  party_member boolean NOT NULL DEFAULT false,
  cross_post boolean NOT NULL DEFAULT false, -- also on the 居委会 (交叉任职)
  vetting text NOT NULL DEFAULT 'pending' CHECK (vetting IN ('pending', 'passed', 'rejected')),
  vet_reason text NOT NULL DEFAULT '',
  vetted_by uuid,
  elected boolean NOT NULL DEFAULT false,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, election_id, owner_id),
  CHECK (vetting <> 'rejected' OR vet_reason <> ''),
  FOREIGN KEY (district_id, election_id) REFERENCES owners_elections (district_id, id),
  FOREIGN KEY (district_id, owner_id) REFERENCES owners_owners (district_id, id)
);
