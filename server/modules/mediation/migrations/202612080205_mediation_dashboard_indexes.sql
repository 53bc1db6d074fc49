-- The node dashboard's figures (mediation.stats, repo.figures) find a subtree's cases by node
-- alone (node_id IN the subtree's nodes, no district_id), which the (district_id, node_id,
-- received_at) index cannot seek; and the confirmations it counts by case. Measured in
-- bench/community-dashboards.ts (bench/RESULTS-community.md). Dated after the module's first
-- migration so a fresh database creates the tables first.
CREATE INDEX mediation_cases_node_only ON mediation_cases (node_id, received_at);
CREATE INDEX mediation_referrals_case ON mediation_referrals (district_id, case_id);
