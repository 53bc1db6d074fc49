-- A colour change becomes a HOT update of the task row (the row version only, no index entries):
-- no index may cover eval_status or red_since, and each page keeps room for a new row version.
--   * The tasks red long enough for an accountability order are found by the evaluation's own read
--     of every task (evaluateDistricts returns them), so the red_since index goes; it made every
--     change to or from red a non-HOT update writing an entry in each of the task's indexes.
--   * fillfactor 85 leaves room on each page for the new versions of a day's colour changes (and of
--     the summary rewrites progress reports make); CLUSTER rewrites the existing rows with it.
DROP INDEX tasks_tasks_red_since;
ALTER TABLE tasks_tasks SET (fillfactor = 85);
CLUSTER tasks_tasks USING tasks_tasks_pkey;
