-- The node dashboard's figures (property.stats, the quality ranking) find a subtree's compounds
-- by node alone (node_id IN the subtree's nodes, no district_id), which the (district_id,
-- node_id) index cannot seek. Measured in bench/community-dashboards.ts
-- (bench/RESULTS-community.md). Dated after the module's first migration.
CREATE INDEX property_compounds_node_only ON property_compounds (node_id);
