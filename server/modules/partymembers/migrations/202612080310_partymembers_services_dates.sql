-- The node dashboard's service count (repo.countServices) counts a year's vanguard services; a
-- district's are found by its tenant key and date, read from the index alone. Measured in
-- bench/community-dashboards.ts (bench/RESULTS-community.md).
CREATE INDEX partymembers_services_served ON partymembers_services (district_id, served_on);
