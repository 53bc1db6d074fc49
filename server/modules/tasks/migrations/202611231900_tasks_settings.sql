-- The daily evaluation's thresholds, set per district by its organisation department. A district
-- without a row uses the defaults in code (DEFAULT_TASKS_SETTINGS in tasks.manifest.ts).
CREATE TABLE tasks_settings (
  district_id uuid PRIMARY KEY,
  yellow_margin int NOT NULL,
  red_margin int NOT NULL,
  red_days_for_accountability int NOT NULL,
  deadline_notice_days int NOT NULL,
  version int NOT NULL DEFAULT 1,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (yellow_margin > 0 AND yellow_margin < red_margin AND red_margin <= 100),
  CHECK (red_days_for_accountability BETWEEN 1 AND 365),
  CHECK (deadline_notice_days BETWEEN 0 AND 90)
);
