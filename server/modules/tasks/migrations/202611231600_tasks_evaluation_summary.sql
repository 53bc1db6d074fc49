-- The daily evaluation reads task rows, not milestone rows. Each task keeps a summary of its
-- milestones, rewritten in the same statement as every milestone insert, update or delete (statement
-- triggers below, so service writes, COPY and hand-written rows all keep it):
--   ms_weight    total weight, summed in seq order (null: no milestones)
--   ms_actual    actual progress, Σ weight × percent / Σ weight in seq order, unrounded
--   ms_open_due  earliest due date of a milestone not at 100% (overdue on any later day)
--   plan_*       the plan in seq order, when it has the shape planMilestones() gives (due dates
--                non-decreasing, each plan starting at the previous due date): the first plan start,
--                due dates, weights and running weight sums. Planned progress on any day is then
--                the running sum of the milestones already due plus the share of the next one
--                (tasks.repository.ts plannedSql). Any other shape leaves plan_due null and the
--                evaluation reads that task's milestones.
ALTER TABLE tasks_tasks
  ADD COLUMN ms_weight float8,
  ADD COLUMN ms_actual float8,
  ADD COLUMN ms_open_due date,
  ADD COLUMN plan_start date,
  ADD COLUMN plan_due date[],
  ADD COLUMN plan_weight float8[],
  ADD COLUMN plan_cum float8[];

-- Recomputes the summary of the given tasks from their milestones. The task rows are locked first
-- (in key order), so under READ COMMITTED the aggregate sees every committed milestone change.
CREATE FUNCTION tasks_summarise(districts uuid[], tasks uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM tasks_tasks x
    JOIN unnest(districts, tasks) AS k(district_id, id) ON x.district_id = k.district_id AND x.id = k.id
    ORDER BY x.district_id, x.id
    FOR UPDATE OF x;
  UPDATE tasks_tasks x
  SET ms_weight = s.weight,
      ms_actual = s.weighted / s.weight,
      ms_open_due = s.open_due,
      plan_start = s.start,
      plan_due = CASE WHEN s.standard THEN s.dues END,
      plan_weight = CASE WHEN s.standard THEN s.weights END,
      plan_cum = CASE WHEN s.standard THEN s.cums END
  FROM (
    SELECT k.district_id, k.id, a.*
    FROM (SELECT DISTINCT * FROM unnest(districts, tasks) AS u(district_id, id)) k
    LEFT JOIN LATERAL (
      SELECT sum(m.w ORDER BY m.seq) AS weight,
        sum(m.w * m.p ORDER BY m.seq) AS weighted,
        min(m.due_date) FILTER (WHERE m.percent < 100) AS open_due,
        (array_agg(m.planned_from ORDER BY m.seq))[1] AS start,
        array_agg(m.due_date ORDER BY m.seq) AS dues,
        array_agg(m.w ORDER BY m.seq) AS weights,
        array_agg(m.cum ORDER BY m.seq) AS cums,
        bool_and(m.prev_due IS NULL OR (m.due_date >= m.prev_due AND m.planned_from = m.prev_due)) AS standard
      FROM (
        SELECT mm.seq, mm.due_date, mm.planned_from, mm.percent,
          mm.weight::float8 AS w, mm.percent::float8 AS p,
          sum(mm.weight::float8) OVER (ORDER BY mm.seq ROWS UNBOUNDED PRECEDING) AS cum,
          lag(mm.due_date) OVER (ORDER BY mm.seq) AS prev_due
        FROM tasks_milestones mm
        WHERE mm.district_id = k.district_id AND mm.task_id = k.id
      ) m
    ) a ON true
  ) s
  WHERE x.district_id = s.district_id AND x.id = s.id;
END $$;

CREATE FUNCTION tasks_milestones_summarise_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tasks_summarise(array_agg(district_id), array_agg(task_id))
    FROM (SELECT DISTINCT district_id, task_id FROM new_rows) k;
  RETURN NULL;
END $$;

CREATE FUNCTION tasks_milestones_summarise_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tasks_summarise(array_agg(district_id), array_agg(task_id))
    FROM (SELECT DISTINCT district_id, task_id FROM old_rows) k;
  RETURN NULL;
END $$;

CREATE FUNCTION tasks_milestones_summarise_both() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tasks_summarise(array_agg(district_id), array_agg(task_id))
    FROM (SELECT district_id, task_id FROM new_rows UNION SELECT district_id, task_id FROM old_rows) k;
  RETURN NULL;
END $$;

CREATE TRIGGER tasks_milestones_summary_insert AFTER INSERT ON tasks_milestones
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tasks_milestones_summarise_new();
CREATE TRIGGER tasks_milestones_summary_update AFTER UPDATE ON tasks_milestones
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tasks_milestones_summarise_both();
CREATE TRIGGER tasks_milestones_summary_delete AFTER DELETE ON tasks_milestones
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tasks_milestones_summarise_old();

-- Existing rows.
SELECT tasks_summarise(array_agg(t.district_id), array_agg(t.id))
FROM tasks_tasks t WHERE EXISTS (SELECT 1 FROM tasks_milestones m WHERE m.district_id = t.district_id AND m.task_id = t.id);

-- The evaluation history keeps only changes of colour (a task's timeline is its change rows); the
-- planned progress a task shows is computed for the latest day its district was evaluated.
CREATE TABLE tasks_evaluation_runs (
  district_id uuid PRIMARY KEY,
  last_day date NOT NULL,
  ran_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO tasks_evaluation_runs (district_id, last_day)
SELECT district_id, max(day) FROM tasks_evaluations GROUP BY district_id;
DELETE FROM tasks_evaluations e
USING (SELECT district_id, task_id, day,
         lag(status) OVER (PARTITION BY district_id, task_id ORDER BY day) AS prev, status
       FROM tasks_evaluations) h
WHERE e.district_id = h.district_id AND e.task_id = h.task_id AND e.day = h.day
  AND h.prev IS NOT DISTINCT FROM h.status;

-- What the evaluation proposes orders for and warns about is found through indexes, not by reading
-- every task: awarded tasks by deadline (missed, or within the notice days) and red tasks by the day
-- red began.
CREATE INDEX tasks_tasks_awarded_deadline ON tasks_tasks (district_id, deadline) WHERE status = 'awarded';
-- (red_since is set exactly while a task is red; the index leaves eval_status out of its predicate
-- so a colour change that keeps red_since null can still be a HOT update.)
CREATE INDEX tasks_tasks_red_since ON tasks_tasks (district_id, red_since)
  WHERE status = 'awarded' AND red_since IS NOT NULL;
CREATE INDEX tasks_tasks_completed ON tasks_tasks (district_id) WHERE status = 'completed';
