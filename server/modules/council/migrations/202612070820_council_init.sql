-- The residents' council 议事厅 and the children's council 儿童议事会 of a community, with the
-- six-step deliberation 六步议事: raise the topic → gather ideas → draft the plan → open the floor
-- → set the convention → decide (by a vote of the votes module), then implementation to done.

CREATE TABLE council_bodies (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the community (or other node) it belongs to
  kind text NOT NULL CHECK (kind IN ('residents', 'children')),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, kind),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

-- Members: council members (chair, member) of a residents' council, child members 童议员 of a
-- children's council (shown only by alias; the guardian acts for them).
CREATE TABLE council_members (
  district_id uuid NOT NULL,
  body_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('chair', 'member', 'child')),
  alias text NOT NULL,
  seq integer NOT NULL,
  guardian_id uuid,                      -- children: the guardian (person) who enrolled them
  joined_at timestamptz NOT NULL DEFAULT now(),
  left_at timestamptz,
  PRIMARY KEY (district_id, body_id, person_id),
  FOREIGN KEY (district_id, body_id) REFERENCES council_bodies (district_id, id)
);

CREATE TABLE council_topics (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  body_id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('raise', 'ideas', 'plan', 'floor', 'convention', 'decide',
                                       'implementing', 'resolved', 'not_adopted', 'declined', 'withdrawn')),
  stage_since timestamptz NOT NULL DEFAULT now(),
  stage_due_at timestamptz,
  author_user_id uuid NOT NULL,
  author_person_id uuid,                 -- the resident, or the child a guardian raised it for
  author_label text NOT NULL,            -- masked name or a child's alias, never a real name
  supports integer NOT NULL DEFAULT 0,
  vote_id uuid,
  vote_audience text CHECK (vote_audience IN ('residents', 'members', 'children')),
  decline_reason text,
  outcome text CHECK (outcome IN ('adopted', 'not_adopted')),
  decided_at timestamptz,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  resolution_note text,
  resolved_at timestamptz,
  hidden_at timestamptz,
  hidden_reason text,
  news_at timestamptz NOT NULL DEFAULT now(),  -- the last change followers are told of
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, body_id) REFERENCES council_bodies (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX council_topics_node ON council_topics (district_id, node_id, created_at);
CREATE INDEX council_topics_body ON council_topics (district_id, body_id, stage);
CREATE INDEX council_topics_due ON council_topics (stage_due_at)
  WHERE stage IN ('ideas', 'plan', 'floor', 'convention');
CREATE INDEX council_topics_vote ON council_topics (vote_id) WHERE vote_id IS NOT NULL;

CREATE TABLE council_ideas (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  topic_id uuid NOT NULL,
  author_user_id uuid NOT NULL,
  author_person_id uuid,
  author_label text NOT NULL,
  text text NOT NULL,
  supports integer NOT NULL DEFAULT 0,
  hidden_at timestamptz,
  hidden_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, topic_id) REFERENCES council_topics (district_id, id)
);
CREATE INDEX council_ideas_topic ON council_ideas (district_id, topic_id, created_at);

-- 附议 (a topic) and support (an idea): once per supporter (a person: the resident or a child).
CREATE TABLE council_supports (
  district_id uuid NOT NULL,
  target_id uuid NOT NULL,
  supporter_id uuid NOT NULL,
  by_user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, target_id, supporter_id)
);

CREATE TABLE council_comments (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  topic_id uuid NOT NULL,
  stage text NOT NULL,
  author_user_id uuid NOT NULL,
  author_person_id uuid,
  author_label text NOT NULL,
  text text NOT NULL,
  hidden_at timestamptz,
  hidden_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, topic_id) REFERENCES council_topics (district_id, id)
);
CREATE INDEX council_comments_topic ON council_comments (district_id, topic_id, created_at);

-- Plan and convention drafts: every save a new version, never overwritten.
CREATE TABLE council_drafts (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  topic_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('plan', 'convention')),
  version integer NOT NULL,
  text text NOT NULL,
  note text NOT NULL DEFAULT '',
  author_user_id uuid NOT NULL,
  author_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, topic_id, kind, version),
  FOREIGN KEY (district_id, topic_id) REFERENCES council_topics (district_id, id)
);

-- Who follows a topic, and when they last looked (news since then is a to-do).
CREATE TABLE council_follows (
  district_id uuid NOT NULL,
  topic_id uuid NOT NULL,
  user_id uuid NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, topic_id, user_id),
  FOREIGN KEY (district_id, topic_id) REFERENCES council_topics (district_id, id)
);
CREATE INDEX council_follows_user ON council_follows (user_id);

-- Implementation notes of an adopted topic, up to done.
CREATE TABLE council_progress (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  topic_id uuid NOT NULL,
  text text NOT NULL,
  percent integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
  author_user_id uuid NOT NULL,
  author_label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, topic_id) REFERENCES council_topics (district_id, id)
);

CREATE TABLE council_meetings (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  body_id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  place text NOT NULL DEFAULT '',
  agenda text NOT NULL DEFAULT '',
  topic_ids uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  minutes text NOT NULL DEFAULT '',
  attendees integer NOT NULL DEFAULT 0,
  held_at timestamptz,
  cancel_reason text,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, body_id) REFERENCES council_bodies (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX council_meetings_node ON council_meetings (district_id, node_id, starts_at);

CREATE TABLE council_attendance (
  district_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  seq integer NOT NULL,
  person_id uuid,
  label text NOT NULL,                   -- as the minutes name them (children by alias)
  role text NOT NULL CHECK (role IN ('member', 'child', 'resident', 'officer', 'guest')),
  PRIMARY KEY (district_id, meeting_id, seq),
  FOREIGN KEY (district_id, meeting_id) REFERENCES council_meetings (district_id, id) ON DELETE CASCADE
);

-- Meeting photos: re-encoded (metadata stripped) and kept with the meeting.
CREATE TABLE council_photos (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  mime text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES council_meetings (district_id, id)
);
CREATE INDEX council_photos_meeting ON council_photos (district_id, meeting_id);
