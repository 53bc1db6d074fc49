-- The daily evaluation reads a district's rows of one day; timelines and boards read a task's latest.
CREATE INDEX tasks_evaluations_day ON tasks_evaluations (district_id, day);
CREATE INDEX tasks_evaluations_task ON tasks_evaluations (task_id, day DESC);
