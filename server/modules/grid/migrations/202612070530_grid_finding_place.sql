-- Where a patrol finding was seen (WGS-84, from the phone), carried to the event it is raised as.
ALTER TABLE grid_patrol_findings
  ADD COLUMN lat double precision,
  ADD COLUMN lng double precision;
