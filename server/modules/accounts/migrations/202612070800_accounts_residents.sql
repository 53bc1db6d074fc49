-- Residents' accounts: sign-up and log-in by phone with a one-time code, and invitations a
-- community officer hands to a resident to link their account to their record in the register.

-- One-time codes, stored as their keyed hash only; attempts and expiry bound the guessing.
CREATE TABLE accounts_otp_codes (
  id uuid PRIMARY KEY,
  phone_bidx bytea NOT NULL,
  code_hash bytea NOT NULL,
  ip text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX accounts_otp_codes_phone ON accounts_otp_codes (phone_bidx, created_at);
CREATE INDEX accounts_otp_codes_ip ON accounts_otp_codes (ip, created_at);

-- A resident account's phone (one account per phone): SM4 ciphertext and HMAC-SM3 blind index.
CREATE TABLE accounts_phones (
  user_id uuid PRIMARY KEY REFERENCES accounts_users (id) ON DELETE CASCADE,
  phone_enc bytea NOT NULL,
  phone_bidx bytea NOT NULL UNIQUE,
  verified_at timestamptz NOT NULL DEFAULT now()
);

-- An officer's invitation: the code's keyed hash, the person it links to and where.
CREATE TABLE accounts_invites (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  person_id uuid NOT NULL,
  code_hash bytea NOT NULL UNIQUE,
  created_by uuid NOT NULL REFERENCES accounts_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_by uuid REFERENCES accounts_users (id),
  used_at timestamptz,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX accounts_invites_person ON accounts_invites (district_id, person_id);
