-- 专班招募令 closed early by the organisation department: when, by whom and why (the order then takes
-- no applications; those already in are still decided).
ALTER TABLE taskforces_orders
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN closed_by uuid,
  ADD COLUMN close_reason text NOT NULL DEFAULT '';
