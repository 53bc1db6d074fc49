-- The evaluation no longer reads a day's rows back (one statement updates the changed tasks from
-- what it inserts), so the (district_id, day) index only slowed the daily inserts.
DROP INDEX tasks_evaluations_day;
