-- How many people each node holds, in all ('') and per identity kind, kept by triggers in the same
-- transaction as every change, so the list's total for any subtree is an exact sum over its nodes
-- instead of a count of its people. Rows are changed in key order, so concurrent writers never
-- deadlock on them.

CREATE TABLE people_node_counts (
  district_id uuid NOT NULL,
  node_id uuid NOT NULL,
  kind text NOT NULL,                    -- '' for every person on the node, else an identity kind
  n integer NOT NULL,
  PRIMARY KEY (district_id, node_id, kind)
);

INSERT INTO people_node_counts (district_id, node_id, kind, n)
SELECT district_id, node_id, '', count(*) FROM people_persons GROUP BY 1, 2;
INSERT INTO people_node_counts (district_id, node_id, kind, n)
SELECT p.district_id, p.node_id, i.kind, count(*)
FROM people_identities i JOIN people_persons p ON p.district_id = i.district_id AND p.id = i.person_id
GROUP BY 1, 2, 3;
ANALYZE people_node_counts;

-- Adds signed deltas, one row per key, in key order.
CREATE FUNCTION people_counts_add(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO people_node_counts AS c (district_id, node_id, kind, n)
  SELECT (d->>'district_id')::uuid, (d->>'node_id')::uuid, d->>'kind', sum((d->>'n')::int)
  FROM jsonb_array_elements(deltas) d
  GROUP BY 1, 2, 3
  HAVING sum((d->>'n')::int) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (district_id, node_id, kind) DO UPDATE SET n = c.n + excluded.n;
$$;

CREATE FUNCTION people_persons_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO people_node_counts AS c (district_id, node_id, kind, n)
  SELECT district_id, node_id, '', count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (district_id, node_id, kind) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;

-- A person moved to another node takes its identities' counts along.
CREATE FUNCTION people_persons_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM people_counts_add(coalesce(jsonb_agg(d), '[]'))
  FROM (
    SELECT o.district_id, o.node_id, k.kind, -1 AS n
    FROM old_rows o JOIN new_rows w ON w.district_id = o.district_id AND w.id = o.id
    CROSS JOIN LATERAL (
      SELECT '' AS kind UNION ALL
      SELECT i.kind FROM people_identities i WHERE i.district_id = o.district_id AND i.person_id = o.id
    ) k
    WHERE o.node_id <> w.node_id
    UNION ALL
    SELECT w.district_id, w.node_id, k.kind, 1
    FROM old_rows o JOIN new_rows w ON w.district_id = o.district_id AND w.id = o.id
    CROSS JOIN LATERAL (
      SELECT '' AS kind UNION ALL
      SELECT i.kind FROM people_identities i WHERE i.district_id = w.district_id AND i.person_id = w.id
    ) k
    WHERE o.node_id <> w.node_id
  ) d;
  RETURN NULL;
END $$;

-- Row by row, before the cascade removes the identities (deleting people is rare).
CREATE FUNCTION people_persons_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM people_counts_add(coalesce(jsonb_agg(d), '[]'))
  FROM (
    SELECT OLD.district_id, OLD.node_id, '' AS kind, -1 AS n
    UNION ALL
    SELECT OLD.district_id, OLD.node_id, i.kind, -1
    FROM people_identities i WHERE i.district_id = OLD.district_id AND i.person_id = OLD.id
  ) d;
  RETURN OLD;
END $$;

-- Identities count at their person's node; identities removed with their person were counted off
-- by the person's delete trigger (the person is gone, so the join finds nothing here).
CREATE FUNCTION people_identities_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO people_node_counts AS c (district_id, node_id, kind, n)
    SELECT p.district_id, p.node_id, i.kind, count(*)
    FROM new_rows i JOIN people_persons p ON p.district_id = i.district_id AND p.id = i.person_id
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (district_id, node_id, kind) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM people_counts_add(coalesce(jsonb_agg(d), '[]'))
    FROM (
      SELECT p.district_id, p.node_id, i.kind, -1 AS n
      FROM old_rows i JOIN people_persons p ON p.district_id = i.district_id AND p.id = i.person_id
    ) d;
  ELSE
    PERFORM people_counts_add(coalesce(jsonb_agg(d), '[]'))
    FROM (
      SELECT p.district_id, p.node_id, i.kind, -1 AS n
      FROM old_rows i JOIN people_persons p ON p.district_id = i.district_id AND p.id = i.person_id
      UNION ALL
      SELECT p.district_id, p.node_id, i.kind, 1
      FROM new_rows i JOIN people_persons p ON p.district_id = i.district_id AND p.id = i.person_id
    ) d;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER people_persons_count_insert AFTER INSERT ON people_persons
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_persons_count_insert();
CREATE TRIGGER people_persons_count_update AFTER UPDATE ON people_persons
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION people_persons_count_update();
CREATE TRIGGER people_persons_count_delete BEFORE DELETE ON people_persons
  FOR EACH ROW EXECUTE FUNCTION people_persons_count_delete();
CREATE TRIGGER people_identities_count_insert AFTER INSERT ON people_identities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_identities_count();
CREATE TRIGGER people_identities_count_update AFTER UPDATE ON people_identities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION people_identities_count();
CREATE TRIGGER people_identities_count_delete AFTER DELETE ON people_identities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION people_identities_count();
