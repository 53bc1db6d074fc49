-- One station of a name per community (the name compared case-insensitively): two creates or two
-- imports at the same moment can no longer both add 福山社区助餐点 to the same community.
--
-- Stations already registered twice under one name are kept, not merged or refused: the first set
-- up keeps its name, each later one gets （2）, （3）… appended (the first number free in its
-- community). Their tickets, circles and history stay as they are; an officer sees both in the
-- register and can close the one that is not needed. Failing here instead would stop the whole
-- installation's upgrade over data only a community's officer can judge.
DO $$
DECLARE
  s record;
  n integer;
BEGIN
  FOR s IN
    SELECT district_id, id, node_id, name
      FROM (SELECT district_id, id, node_id, name,
                   row_number() OVER (PARTITION BY district_id, node_id, lower(name)
                                      ORDER BY created_at, id) AS rank
              FROM eldercare_stations) d
     WHERE rank > 1
     ORDER BY district_id, node_id, lower(name), rank
  LOOP
    n := 2;
    WHILE EXISTS (SELECT 1 FROM eldercare_stations o
                   WHERE o.district_id = s.district_id AND o.node_id = s.node_id
                     AND lower(o.name) = lower(s.name || '（' || n || '）')) LOOP
      n := n + 1;
    END LOOP;
    UPDATE eldercare_stations SET name = s.name || '（' || n || '）', version = version + 1
     WHERE district_id = s.district_id AND id = s.id;
  END LOOP;
END $$;

CREATE UNIQUE INDEX eldercare_stations_name ON eldercare_stations (district_id, node_id, lower(name));
