-- Processes keep nodes of the tree in memory (the event intake keeps each node with its ancestors)
-- while they hear every change to the tree on channel gz_org: any statement that writes org_nodes
-- sends '*' in its own transaction, so the message is delivered when (and only if) it commits,
-- whoever made the change.
CREATE FUNCTION org_notify_tree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gz_org', '*');
  RETURN NULL;
END $$;

CREATE TRIGGER org_nodes_notify_tree AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION org_notify_tree();
