-- The last TOTP time step accepted for each account, so a code is never accepted twice
-- (RFC 6238 section 5.2: a verifier must not accept the second attempt of the same one-time code).
ALTER TABLE accounts_users ADD COLUMN totp_last_step bigint;
