-- Every process keeps the session rows it resolves (with the account and its grants) in memory
-- while it hears every change to them on channel gz_sessions. These triggers send the message in
-- the changing transaction, so it is delivered when (and only if) that transaction commits,
-- whoever made the change: this application, another process of it, or SQL typed by an operator.
-- Payload: a session id (that session changed or ended) or '*' (forget every session).

CREATE FUNCTION accounts_notify_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gz_sessions', OLD.id);
  RETURN NULL;
END $$;

CREATE FUNCTION accounts_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gz_sessions', '*');
  RETURN NULL;
END $$;

-- a session ended or changed (its second factor, or its idle clock: a process that reads the row
-- again after another moved the clock sees the session as alive as it is)
CREATE TRIGGER accounts_sessions_notify AFTER UPDATE OR DELETE ON accounts_sessions
  FOR EACH ROW EXECUTE FUNCTION accounts_notify_session();

-- the account fields a session carries
CREATE TRIGGER accounts_users_notify AFTER UPDATE ON accounts_users
  FOR EACH ROW WHEN (OLD.username IS DISTINCT FROM NEW.username
    OR OLD.display_name IS DISTINCT FROM NEW.display_name
    OR OLD.person_id IS DISTINCT FROM NEW.person_id
    OR OLD.disabled IS DISTINCT FROM NEW.disabled
    OR OLD.totp_enabled IS DISTINCT FROM NEW.totp_enabled
    OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password
    OR OLD.password_changed_at IS DISTINCT FROM NEW.password_changed_at)
  EXECUTE FUNCTION accounts_notify_all();
CREATE TRIGGER accounts_users_notify_delete AFTER DELETE ON accounts_users
  FOR EACH STATEMENT EXECUTE FUNCTION accounts_notify_all();

-- grants given, changed or taken away
CREATE TRIGGER accounts_grants_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts_grants
  FOR EACH STATEMENT EXECUTE FUNCTION accounts_notify_all();

-- a subtree moved: the grants' paths changed
CREATE TRIGGER org_nodes_notify_sessions AFTER UPDATE OF path ON org_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION accounts_notify_all();
