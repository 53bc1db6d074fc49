-- UUIDv7 generated inside PostgreSQL (15 has none), for rows a statement creates in bulk: the first
-- 48 bits are the Unix time in milliseconds, then the version (7), random bits, the RFC 9562 variant
-- and more random bits, as server/platform/ids.ts makes them in Node.
CREATE FUNCTION platform_uuidv7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
