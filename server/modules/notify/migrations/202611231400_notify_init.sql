-- In-app notifications. A notification is addressed to a user, or to a node (every account holding
-- a role on exactly that node sees it: "the unit"), so senders need not know the accounts.

CREATE TABLE notify_notifications (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid,
  node_id uuid,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  link text,
  object_type text,
  object_id uuid,
  dedupe_key text,                 -- at most one notification per key (e.g. one deadline notice a day)
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  CHECK (user_id IS NOT NULL OR node_id IS NOT NULL)
);
CREATE INDEX notify_by_user ON notify_notifications (user_id, created_at) WHERE user_id IS NOT NULL;
CREATE INDEX notify_by_node ON notify_notifications (node_id, created_at) WHERE node_id IS NOT NULL;
CREATE UNIQUE INDEX notify_dedupe ON notify_notifications (district_id, dedupe_key) WHERE dedupe_key IS NOT NULL;

CREATE TABLE notify_reads (
  district_id uuid NOT NULL,
  notification_id uuid NOT NULL,
  user_id uuid NOT NULL,
  read_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, notification_id, user_id),
  FOREIGN KEY (district_id, notification_id) REFERENCES notify_notifications (district_id, id)
);

-- What other channels (the SMS stub now, a real gateway later) were asked to deliver.
CREATE TABLE notify_deliveries (
  district_id uuid NOT NULL,
  notification_id uuid NOT NULL,
  channel text NOT NULL,
  status text NOT NULL,
  detail text NOT NULL DEFAULT '',
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, notification_id, channel),
  FOREIGN KEY (district_id, notification_id) REFERENCES notify_notifications (district_id, id)
);
