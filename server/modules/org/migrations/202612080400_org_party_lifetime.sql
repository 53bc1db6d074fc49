-- Party organisations with a lifetime (issue 21 item 3): a major project's headquarters party
-- group 指挥部党建组 and its temporary project branches 项目临时党支部, established and dissolved.
ALTER TABLE org_party_orgs DROP CONSTRAINT org_party_orgs_kind_check;
ALTER TABLE org_party_orgs ADD CONSTRAINT org_party_orgs_kind_check
  CHECK (kind IN ('committee', 'general_branch', 'branch', 'group', 'four_in_one', 'building', 'hometown',
                  'hq_group', 'project_branch'));
ALTER TABLE org_party_orgs ADD COLUMN established_on date;
ALTER TABLE org_party_orgs ADD COLUMN dissolved_on date;
ALTER TABLE org_party_orgs ADD CONSTRAINT org_party_orgs_lifetime
  CHECK (dissolved_on IS NULL OR (established_on IS NOT NULL AND dissolved_on >= established_on));
