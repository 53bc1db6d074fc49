-- An applicant withdraws 撤回 an application before it is granted (with a reason), and a granted
-- application has a 资助协议 numbered gaplessly per district and year (社资协〔2026〕N号).

ALTER TABLE socialfund_applications DROP CONSTRAINT socialfund_applications_state_check;
ALTER TABLE socialfund_applications ADD CONSTRAINT socialfund_applications_state_check
  CHECK (state IN ('draft', 'submitted', 'eligible', 'ineligible', 'funded', 'rejected', 'agreed',
    'completed', 'failed', 'withdrawn'));
ALTER TABLE socialfund_applications ADD COLUMN withdraw_reason text NOT NULL DEFAULT '';
ALTER TABLE socialfund_applications ADD COLUMN agreement_year integer;
ALTER TABLE socialfund_applications ADD COLUMN agreement_seq integer;
CREATE UNIQUE INDEX socialfund_applications_agreement_no
  ON socialfund_applications (district_id, agreement_year, agreement_seq) WHERE agreement_seq IS NOT NULL;

CREATE TABLE socialfund_agreement_numbers (
  district_id uuid NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, year)
);
