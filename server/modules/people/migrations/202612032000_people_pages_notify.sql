-- Each process keeps the browse pages of the people list it has served (masked views only, never
-- plaintext) while it hears every change that could alter one on channel gz_people: any statement
-- that writes persons or identities, or the tree (node names and paths show on the page and decide
-- the subtree). The message goes out with the changing transaction's commit, whoever made the
-- change; payload '*' (every page is forgotten).
CREATE FUNCTION people_notify_pages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gz_people', '*');
  RETURN NULL;
END $$;

CREATE TRIGGER people_persons_notify_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people_persons
  FOR EACH STATEMENT EXECUTE FUNCTION people_notify_pages();
CREATE TRIGGER people_identities_notify_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people_identities
  FOR EACH STATEMENT EXECUTE FUNCTION people_notify_pages();
CREATE TRIGGER org_nodes_notify_people_pages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION people_notify_pages();
