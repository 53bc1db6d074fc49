-- The node dashboard's figures (repo.figures) count a year's cases by received_at and by
-- concluded_at separately, a district's by its tenant key (district_id) and a smaller subtree's by
-- node: an index for each date under each, the concluded ones carrying the result and room (a
-- node's also the case's key, to find the referrals of its cases) so the counts read the index
-- alone. Measured in bench/community-dashboards.ts (bench/RESULTS-community.md).
CREATE INDEX mediation_cases_received ON mediation_cases (district_id, received_at);
CREATE INDEX mediation_cases_concluded ON mediation_cases (district_id, concluded_at) INCLUDE (result, room_id);
CREATE INDEX mediation_cases_node_concluded ON mediation_cases (node_id, concluded_at)
  INCLUDE (district_id, id, result, room_id);
