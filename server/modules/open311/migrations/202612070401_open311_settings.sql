-- What a district publishes through Open311 (default: nothing). When `publish` is on, the public
-- list shows the district's public reports only: those that came in through Open311 and those a
-- resident marked public, with public replies (never internal notes) as status notes.
CREATE TABLE open311_settings (
  district_id uuid NOT NULL PRIMARY KEY,
  publish boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
