-- Login defence and password history (issue 15 #4, #8).
-- Hashes of an account's earlier passwords (argon2id, like the current one): a new password may not
-- be one of the last N (a policy setting).
CREATE TABLE accounts_password_history (
  user_id uuid NOT NULL REFERENCES accounts_users (id) ON DELETE CASCADE,
  id uuid NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, id)
);

-- Browsers an account logged in from (SM3 of a random cookie token): attempts from them are not
-- held up by the account's progressive delay, so a guesser cannot shut its owner out.
CREATE TABLE accounts_known_devices (
  user_id uuid NOT NULL REFERENCES accounts_users (id) ON DELETE CASCADE,
  device_hash text NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, device_hash)
);

-- Failed logins per client address in the current window, and the block they led to.
CREATE TABLE accounts_ip_failures (
  ip text PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  blocked_until timestamptz
);
