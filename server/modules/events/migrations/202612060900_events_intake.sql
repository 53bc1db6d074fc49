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
