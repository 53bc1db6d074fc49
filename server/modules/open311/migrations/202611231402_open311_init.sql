-- Open311 GeoReport v2: API keys (SHA-256 only at rest) and what each posted request carried.

CREATE TABLE open311_keys (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  name text NOT NULL,
  node_id uuid NOT NULL,                 -- requests posted with this key land under this node
  prefix text NOT NULL,                  -- first characters, to recognise a key in the list
  key_hash bytea NOT NULL UNIQUE,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE open311_requests (
  district_id uuid NOT NULL,
  event_id uuid NOT NULL,
  token text NOT NULL UNIQUE,
  key_id uuid NOT NULL,
  account_id text,
  device_id text,
  contact_enc bytea,                     -- SM4 of {first_name,last_name,email,phone}
  media_url text,
  address_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, event_id)
);
CREATE INDEX open311_requests_created ON open311_requests (created_at);
