-- 一榜三令 as seed 000 writes it: the trigger that drafted an accountability order (进展或排名严重滞后、
-- 到期限未达标、涉嫌违法违规), the district's thresholds for the two new triggers, the typed uses of
-- results (休整休养 and 嘉奖激励 added; 干部考核和任用 as its own kind), a task cancelled with its reason,
-- and an application withdrawn by its unit.
ALTER TABLE tasks_orders ADD COLUMN trigger text
  CHECK (trigger IN ('progress_lag', 'ranking_lag', 'deadline_missed', 'indicators_unmet', 'violation', 'target_met'));

ALTER TABLE tasks_settings
  ADD COLUMN ranking_lag_places int NOT NULL DEFAULT 3 CHECK (ranking_lag_places BETWEEN 0 AND 50),
  ADD COLUMN ranking_lag_days int NOT NULL DEFAULT 30 CHECK (ranking_lag_days BETWEEN 1 AND 365),
  ADD COLUMN indicator_grace_days int NOT NULL DEFAULT 15 CHECK (indicator_grace_days BETWEEN 0 AND 180);

-- days a task has stood in the last places of its district's ranking (reset when it leaves them)
ALTER TABLE tasks_tasks
  ADD COLUMN lag_since date,
  ADD COLUMN cancelled_at timestamptz,
  ADD COLUMN cancel_reason text;

ALTER TABLE tasks_consequences DROP CONSTRAINT tasks_consequences_kind_check;
ALTER TABLE tasks_consequences ADD CONSTRAINT tasks_consequences_kind_check CHECK (kind IN (
  'public_notice', 'performance_score', 'highlight_points', 'award', 'rest_leave', 'incentive',
  'cadre_assessment', 'file_entry'));

ALTER TABLE tasks_applications DROP CONSTRAINT tasks_applications_status_check;
ALTER TABLE tasks_applications ADD CONSTRAINT tasks_applications_status_check
  CHECK (status IN ('submitted', 'awarded', 'not_awarded', 'withdrawn'));

-- a withdrawn application does not keep its unit from applying again
DROP INDEX tasks_applications_once;
CREATE UNIQUE INDEX tasks_applications_once
  ON tasks_applications (district_id, task_id, applicant_node_id, coalesce(party_org_id, '00000000-0000-0000-0000-000000000000'))
  WHERE status <> 'withdrawn';
