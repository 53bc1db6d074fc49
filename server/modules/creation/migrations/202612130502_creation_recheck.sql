-- 复核 of a title as a step of its own: the district re-checks a named title that is due (or has lapsed).
-- Passed, the title runs on for the programme's years; failed, it lapses that day. The last re-check is kept
-- on the declaration (the audit trail keeps them all).
ALTER TABLE creation_declarations
  ADD COLUMN rechecked_on date,
  ADD COLUMN recheck_outcome text CHECK (recheck_outcome IN ('pass', 'fail')),
  ADD COLUMN recheck_note text NOT NULL DEFAULT '';
