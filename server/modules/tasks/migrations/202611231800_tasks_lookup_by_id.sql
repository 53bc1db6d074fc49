-- Tasks and their award units are often looked up by task id alone (a task page, the evaluation's
-- notices and draft orders); without these, each lookup read the whole primary-key index.
CREATE UNIQUE INDEX tasks_tasks_id ON tasks_tasks (id);
CREATE INDEX tasks_award_units_task ON tasks_award_units (task_id);
