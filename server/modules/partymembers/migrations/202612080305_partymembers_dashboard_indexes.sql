-- The node dashboard's figures (partymembers.stats) find a subtree's members, moves and vanguard
-- teams by node alone (node_id IN the subtree's nodes, no district_id), and a team's services by
-- date; no index served them. Measured in bench/community-dashboards.ts
-- (bench/RESULTS-community.md). Dated after the module's first migration.
CREATE INDEX partymembers_members_node_only ON partymembers_members (node_id, status);
CREATE INDEX partymembers_moves_node ON partymembers_moves (node_id, moved_on);
CREATE INDEX partymembers_teams_node ON partymembers_teams (node_id);
CREATE INDEX partymembers_services_team ON partymembers_services (district_id, team_id, served_on);
