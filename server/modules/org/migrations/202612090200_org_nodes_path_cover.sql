-- A subtree's nodes from the path index alone (district-day stats, bench/RESULTS.md). Every
-- dashboard figure below a street finds its rows through `node_id IN (SELECT id FROM org_nodes
-- WHERE path LIKE 'street/%')`, or joins org_nodes for the node's name; with only org_nodes_path
-- the planner read the whole tree and ran LIKE on each of its paths (a district has ~15,600 nodes:
-- 5 ms alone, 15–30 ms on a busy machine), since a bitmap scan plus the heap looked dearer. With
-- the district, id, level and name in the index it is an index-only range scan of the subtree.
-- org_nodes_path stays: it is the unique path key the rest of the schema names.
CREATE UNIQUE INDEX org_nodes_path_cover ON org_nodes (path text_pattern_ops) INCLUDE (district_id, id, level, name);
