-- For single statements that commit on their own (no BEGIN … COMMIT around them) and checked a
-- condition optimistically: raises serialization_failure (40001, "try again") when the condition
-- does not hold, so the whole statement, every data-modifying CTE in it included, is undone. The
-- caller reads again and retries. Used by event intake for its audit lane (see audit.ts).
CREATE FUNCTION platform_conflict_unless(ok boolean, what text) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION 'optimistic check failed: %', what USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN true;
END $$;
