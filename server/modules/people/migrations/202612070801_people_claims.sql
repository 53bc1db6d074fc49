-- Residents claiming their own record in the register (or a child's, as guardian).
--
-- people_claims: which account stands for which person, one account per person and one person per
-- account; how ('register': name and ID number matched; 'invite': a community officer's code).
CREATE TABLE people_claims (
  district_id uuid NOT NULL,
  person_id uuid NOT NULL,
  user_id uuid NOT NULL UNIQUE,
  how text NOT NULL CHECK (how IN ('register', 'invite')),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, person_id),
  FOREIGN KEY (district_id, person_id) REFERENCES people_persons (district_id, id) ON DELETE CASCADE
);

-- A guardian's link to a child (for the children's council), with the consent as given and when.
CREATE TABLE people_guardians (
  district_id uuid NOT NULL,
  child_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  guardian_user_id uuid NOT NULL,
  consent_text text NOT NULL,
  consented_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (district_id, child_id, guardian_id),
  FOREIGN KEY (district_id, child_id) REFERENCES people_persons (district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, guardian_id) REFERENCES people_persons (district_id, id) ON DELETE CASCADE
);
CREATE INDEX people_guardians_guardian ON people_guardians (district_id, guardian_id) WHERE revoked_at IS NULL;

-- Every try at matching a record by name and ID number, so guessing is throttled per account and
-- per address. Installation-wide (an account is), and never holding what was tried.
CREATE TABLE people_claim_attempts (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL,
  ip text NOT NULL,
  matched boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_claim_attempts_user ON people_claim_attempts (user_id, at);
CREATE INDEX people_claim_attempts_ip ON people_claim_attempts (ip, at);
