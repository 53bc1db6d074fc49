-- Votes, reusable by every module: the owner module says who may vote (a resolver it registers
-- under `kind`), votes keeps who voted and how, and for a secret vote never both together.
--
-- One person one vote: votes_voters' primary key (a voter appears once per vote), whatever the
-- number of requests, processes or channels.
--
-- A secret vote keeps who voted (votes_voters) apart from how (ballots) so that no table can join
-- them: while it is open each ballot is SM4 ciphertext under a random v4 id with no time
-- (votes_sealed; it shares its inserting transaction, hence xmin and neighbouring ctids, with its
-- voter row, and only the ciphertext stands between them). The tally decrypts them all, shuffles
-- them, writes them to votes_ballots under new random v4 ids with no voter and no time in one
-- transaction (one xmin for all, physical order random), and deletes the sealed rows. Open
-- (non-secret) votes write their ballots straight to votes_ballots with the voter.

CREATE TABLE votes_votes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- whose vote it is (a community …); scope follows the node
  owner text NOT NULL,                   -- the module that made it ('council', …)
  owner_ref uuid,                        -- that module's object (a topic, a project …)
  kind text NOT NULL,                    -- the eligibility resolver the owner registered
  kind_params jsonb NOT NULL DEFAULT '{}',
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  method text NOT NULL CHECK (method IN ('single', 'approval', 'ranking')),
  max_choices smallint NOT NULL CHECK (max_choices BETWEEN 1 AND 30),
  secret boolean NOT NULL,
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  cancelled_at timestamptz,
  cancel_reason text,
  closed_at timestamptz,                 -- when it was tallied
  eligible_count integer,                -- how many could vote, at the tally
  ballots_count integer,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK (closes_at > opens_at)
);
CREATE INDEX votes_votes_node ON votes_votes (district_id, node_id, closes_at);
CREATE INDEX votes_votes_owner ON votes_votes (district_id, owner, owner_ref);
CREATE INDEX votes_votes_due ON votes_votes (closes_at) WHERE closed_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE votes_options (
  district_id uuid NOT NULL,
  vote_id uuid NOT NULL,
  position smallint NOT NULL,            -- 1-based; ballots name options by position
  label text NOT NULL,
  PRIMARY KEY (district_id, vote_id, position),
  FOREIGN KEY (district_id, vote_id) REFERENCES votes_votes (district_id, id) ON DELETE CASCADE
);

-- Who voted (for every vote, secret or not). voter_id is whoever the owner's resolver names (a
-- person, usually); cast_by is the account that cast it (the voter, a guardian for a child, or the
-- officer who entered a paper ballot).
CREATE TABLE votes_voters (
  district_id uuid NOT NULL,
  vote_id uuid NOT NULL,
  voter_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'paper')),
  cast_by uuid NOT NULL,
  cast_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, vote_id, voter_id),
  FOREIGN KEY (district_id, vote_id) REFERENCES votes_votes (district_id, id) ON DELETE CASCADE
);
CREATE INDEX votes_voters_cast_by ON votes_voters (cast_by);

-- Secret ballots while the vote is open: ciphertext only, random ids, no time.
CREATE TABLE votes_sealed (
  district_id uuid NOT NULL,
  vote_id uuid NOT NULL,
  id uuid NOT NULL,
  sealed bytea NOT NULL,
  PRIMARY KEY (district_id, vote_id, id),
  FOREIGN KEY (district_id, vote_id) REFERENCES votes_votes (district_id, id) ON DELETE CASCADE
);

-- Ballots in the clear: an open vote's (with its voter) and a tallied secret vote's (shuffled, no voter).
CREATE TABLE votes_ballots (
  district_id uuid NOT NULL,
  vote_id uuid NOT NULL,
  id uuid NOT NULL,
  voter_id uuid,
  choices smallint[] NOT NULL,           -- option positions; a ranking in order of preference
  PRIMARY KEY (district_id, vote_id, id),
  FOREIGN KEY (district_id, vote_id) REFERENCES votes_votes (district_id, id) ON DELETE CASCADE
);

-- The tally, written once when the vote closes.
CREATE TABLE votes_results (
  district_id uuid NOT NULL,
  vote_id uuid NOT NULL,
  position smallint NOT NULL,
  count integer NOT NULL,                -- ballots that chose (approved, ranked) it
  first integer NOT NULL,                -- ranking: ballots that put it first; else = count
  points integer NOT NULL,               -- ranking: Borda points; else = count
  PRIMARY KEY (district_id, vote_id, position),
  FOREIGN KEY (district_id, vote_id) REFERENCES votes_votes (district_id, id) ON DELETE CASCADE
);

-- Paper ballots from an in-person meeting: one officer enters the roster of who voted and their
-- ballots (sealed; a secret vote's in shuffled order), a second officer confirms, and only then do
-- they count. After the decision the ballots are cleared from the batch.
CREATE TABLE votes_paper_batches (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  vote_id uuid NOT NULL,
  voters uuid[] NOT NULL,
  sealed bytea[],                        -- one per voter; aligned with voters unless the vote is secret
  ballot_count integer NOT NULL,
  note text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  entered_by uuid NOT NULL,
  entered_name text NOT NULL,            -- the officers' names as they were (accounts are not read here)
  entered_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_name text,
  decided_at timestamptz,
  reject_reason text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, vote_id) REFERENCES votes_votes (district_id, id) ON DELETE CASCADE
);
CREATE INDEX votes_paper_pending ON votes_paper_batches (district_id, vote_id) WHERE status = 'pending';
