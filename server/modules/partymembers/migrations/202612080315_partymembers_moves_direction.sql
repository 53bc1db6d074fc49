-- The node dashboard's inflow and outflow (repo.monthlyCounts) count a district's moves of a month
-- by direction: the month index carries the direction, so the count reads the index alone instead
-- of a heap page per move. Measured in bench/community-dashboards.ts (bench/RESULTS-community.md).
DROP INDEX partymembers_moves_month;
CREATE INDEX partymembers_moves_month ON partymembers_moves (district_id, moved_on, node_id) INCLUDE (direction);
