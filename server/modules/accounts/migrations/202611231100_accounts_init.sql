-- Accounts, role grants on nodes, sessions and the security settings per role.
-- Accounts are installation-wide identities (a city officer spans districts), so they are keyed
-- by id alone; each grant carries the district of the node it is held on.

CREATE TABLE accounts_users (
  id uuid PRIMARY KEY,
  username text NOT NULL,
  display_name text NOT NULL,
  person_id uuid,
  home_district_id uuid,
  password_hash text NOT NULL,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  must_change_password boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  totp_secret bytea,                    -- SM4-encrypted seed
  totp_enabled boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  lang text NOT NULL DEFAULT 'zh-CN',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_users_username ON accounts_users (lower(username));

CREATE TABLE accounts_grants (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES accounts_users (id) ON DELETE CASCADE,
  role text NOT NULL,
  district_id uuid NOT NULL,
  node_id uuid NOT NULL REFERENCES org_nodes (id),
  granted_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, role, node_id)
);
CREATE INDEX accounts_grants_node ON accounts_grants (node_id);

CREATE TABLE accounts_sessions (
  id text PRIMARY KEY,                  -- SM3 of the cookie token; the token itself is not stored
  user_id uuid NOT NULL REFERENCES accounts_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  mfa_passed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text NOT NULL,
  user_agent text NOT NULL
);
CREATE INDEX accounts_sessions_user ON accounts_sessions (user_id);

CREATE TABLE accounts_role_policies (
  role text PRIMARY KEY,
  require_totp boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
