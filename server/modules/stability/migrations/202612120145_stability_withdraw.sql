-- 撤回: the deciding unit withdraws a major decision (with a reason) before it is decided.

ALTER TABLE stability_decisions DROP CONSTRAINT stability_decisions_state_check;
ALTER TABLE stability_decisions ADD CONSTRAINT stability_decisions_state_check
  CHECK (state IN ('assessing', 'review', 'assessed', 'decided', 'suspended', 'dropped', 'withdrawn'));
ALTER TABLE stability_decisions ADD COLUMN withdraw_reason text NOT NULL DEFAULT '';
