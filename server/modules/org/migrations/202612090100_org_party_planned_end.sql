-- Temporary party organisations' planned end 计划撤销日期 (issue 21 item 3): a headquarters party
-- group or temporary project branch is set up for a project's lifetime; the planned end is when it
-- should be dissolved, so an officer sees which are overdue. Not before the organisation began.
ALTER TABLE org_party_orgs ADD COLUMN planned_end date;
ALTER TABLE org_party_orgs ADD CONSTRAINT org_party_orgs_planned_end
  CHECK (planned_end IS NULL OR established_on IS NULL OR planned_end >= established_on);
