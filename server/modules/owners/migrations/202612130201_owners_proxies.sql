-- 委托投票: an owner authorises another person in writing to vote for them in one assembly (who, a
-- scanned-document reference or note); the proxy's ballot is the principal's (their area and head).
-- A principal who votes in person voids the proxy. A ballot may be changed until the vote closes
-- (the last one counts; every change is in the audit log).

CREATE TABLE owners_proxies (
  district_id uuid NOT NULL,
  assembly_id uuid NOT NULL,
  principal_id uuid NOT NULL,            -- the owner who authorises
  proxy_name text NOT NULL,              -- the person authorised
  proxy_owner_id uuid,                   -- when the proxy is an owner of the compound
  proxy_key text NOT NULL,               -- who the proxy is for the limit: 'owner:' + id, or 'name:' + name
  document text NOT NULL,                -- the written authorisation: scan reference or note
  state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'voided')),
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  voided_at timestamptz,
  PRIMARY KEY (district_id, assembly_id, principal_id),
  CHECK (proxy_owner_id IS NULL OR proxy_owner_id <> principal_id),
  FOREIGN KEY (district_id, assembly_id) REFERENCES owners_assemblies (district_id, id),
  FOREIGN KEY (district_id, principal_id) REFERENCES owners_owners (district_id, id),
  FOREIGN KEY (district_id, proxy_owner_id) REFERENCES owners_owners (district_id, id)
);
CREATE INDEX owners_proxies_key ON owners_proxies (district_id, assembly_id, proxy_key) WHERE state = 'active';

-- The ballot cast by a proxy names them; a changed ballot counts its changes.
ALTER TABLE owners_ballots ADD COLUMN proxy_name text;
ALTER TABLE owners_ballots ADD COLUMN changes integer NOT NULL DEFAULT 0;
