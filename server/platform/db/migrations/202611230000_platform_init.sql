-- Platform tables: settings, idempotency records, and the hash-chained audit log.

CREATE TABLE platform_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Stored responses of writes sent with an Idempotency-Key, so a retried write from a phone
-- returns the first answer instead of acting twice.
CREATE TABLE platform_idempotency (
  user_id uuid NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);

-- Append-only, in 16 independent hash chains ("lanes") so audited writes do not commit one at a
-- time. A transaction appends all its entries to one lane (txid mod 16), serialised by a lock on
-- that lane's audit_head row; seq comes from the identity sequence after that lock, so seq order is
-- chain order within a lane. hash = HMAC-SM3(key, prev_hash || canonical row including seq and
-- lane), so moving an entry to another place or lane breaks it; the key is never in the database.
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  lane smallint NOT NULL CHECK (lane >= 0 AND lane < 16),
  id uuid NOT NULL UNIQUE,
  at timestamptz NOT NULL,
  district_id uuid,
  actor_user_id uuid,
  actor_name text NOT NULL,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text,
  result text NOT NULL CHECK (result IN ('ok', 'denied', 'failed')),
  ip text NOT NULL,
  user_agent text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

-- The newest entry of each lane, so removing entries from the end of a lane is noticed too. One
-- row per lane from the start (seq 0 and the all-zero hash while the lane is empty): appends lock
-- it FOR UPDATE, and verification requires all 16.
CREATE TABLE audit_head (
  lane smallint PRIMARY KEY CHECK (lane >= 0 AND lane < 16),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (lane, seq, hash) SELECT g, 0, repeat('0', 64) FROM generate_series(0, 15) AS g;

CREATE FUNCTION audit_log_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_forbid_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_forbid_change();
