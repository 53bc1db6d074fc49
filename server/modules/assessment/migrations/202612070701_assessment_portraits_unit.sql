-- Suggestions read a district's portraits unit by unit inside the actor's subtree
-- (unit_node_id IN the subtree's nodes): without this index every unit of the subtree
-- rescanned the whole district's portraits (4 s over 10,000 portraits before ANALYZE).
CREATE INDEX assessment_portraits_unit ON assessment_portraits (district_id, unit_node_id);
