-- The event intake decides recurrence inside the statement that writes a group of reports, so a
-- report needs no read before its write: the distance in metres between two WGS84 points,
-- haversine on a sphere of 6,371 km.
CREATE FUNCTION events_metres(lat1 double precision, lng1 double precision, lat2 double precision,
  lng2 double precision) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 2 * 6371000 * asin(sqrt(
    sin((lat2 - lat1) * (pi() / 180) / 2) * sin((lat2 - lat1) * (pi() / 180) / 2)
    + cos(lat1 * (pi() / 180)) * cos(lat2 * (pi() / 180))
      * sin((lng2 - lng1) * (pi() / 180) / 2) * sin((lng2 - lng1) * (pi() / 180) / 2)))
$$;

-- Processes keep each district's service levels in memory while they hear every change to them on
-- channel gz_events_sla (payload: the district id, or '*').
CREATE FUNCTION events_notify_sla() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('gz_events_sla', '*');
  ELSE
    PERFORM pg_notify('gz_events_sla', coalesce(NEW.district_id, OLD.district_id)::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER events_sla_notify AFTER INSERT OR UPDATE OR DELETE ON events_sla
  FOR EACH ROW EXECUTE FUNCTION events_notify_sla();
CREATE TRIGGER events_sla_notify_truncate AFTER TRUNCATE ON events_sla
  FOR EACH STATEMENT EXECUTE FUNCTION events_notify_sla();

-- Recurrence looks for earlier events of one category around a point. The cells of a grid of
-- 0.001 degree (about 110 m north-south, less east-west) that cover the box around the point are
-- found by events_cells, and an index on (district, category, cell, time, …) reads only those cells'
-- events of the window, however wide the district and however long its history. (It replaces
-- the index on (district, category, lat, lng), which read a whole band of latitude across the
-- district, every year of it.)
CREATE FUNCTION events_cell(lat double precision, lng double precision) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT floor(lat * 1000)::bigint * 1000000 + floor(lng * 1000)::bigint
$$;

-- The cells covering the box of ±metres around a point (north-south 111,000 m a degree; east-west
-- that times the cosine of the latitude, never less than a tenth of it): the cells of the box's
-- corners, middles of its sides and centre. While the box is no wider than a cell (±50 m up to 63°
-- of latitude; China lies between 18° and 54°) that is every cell it touches. An expression
-- without FROM, so PostgreSQL inlines it into the query instead of calling a function per report.
CREATE FUNCTION events_cells(lat double precision, lng double precision, metres double precision)
RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY[
    events_cell(lat - metres / 111000.0, lng - metres / (111000.0 * greatest(0.1, cos(radians(lat))))),
    events_cell(lat - metres / 111000.0, lng),
    events_cell(lat - metres / 111000.0, lng + metres / (111000.0 * greatest(0.1, cos(radians(lat))))),
    events_cell(lat, lng - metres / (111000.0 * greatest(0.1, cos(radians(lat))))),
    events_cell(lat, lng),
    events_cell(lat, lng + metres / (111000.0 * greatest(0.1, cos(radians(lat))))),
    events_cell(lat + metres / 111000.0, lng - metres / (111000.0 * greatest(0.1, cos(radians(lat))))),
    events_cell(lat + metres / 111000.0, lng),
    events_cell(lat + metres / 111000.0, lng + metres / (111000.0 * greatest(0.1, cos(radians(lat)))))]
$$;

DROP INDEX events_events_near;
-- lat and lng last, so the box is checked in the index and only the events inside it are fetched
CREATE INDEX events_events_cell ON events_events (district_id, category, events_cell(lat, lng), reported_at, lat, lng)
  WHERE lat IS NOT NULL AND lng IS NOT NULL;
