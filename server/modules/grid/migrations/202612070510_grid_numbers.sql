-- Human-readable numbers for visits and patrols, as people quote them: 福田-20261206-0007
-- (the district's short name, the day in Asia/Shanghai, a sequence per district, kind and day).
CREATE TABLE grid_numbers (
  district_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('visit', 'patrol')),
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (district_id, kind, day)
);

ALTER TABLE grid_visits ADD COLUMN number text;
ALTER TABLE grid_patrols ADD COLUMN number text;
CREATE UNIQUE INDEX grid_visits_number ON grid_visits (district_id, number) WHERE number IS NOT NULL;
CREATE UNIQUE INDEX grid_patrols_number ON grid_patrols (district_id, number) WHERE number IS NOT NULL;
