-- Tenant key (docs/scale.md): a grant belongs to the district of the node it is given on (its
-- district_id is always that node's), so it is keyed (district_id, id) and refers to its node by
-- (district_id, node_id), like every other district table. A user's grants may lie in several
-- districts (a city officer's): they are read by user_id across districts.
ALTER TABLE accounts_grants DROP CONSTRAINT accounts_grants_node_id_fkey;
ALTER TABLE accounts_grants
  ADD CONSTRAINT accounts_grants_node_fkey FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id);
ALTER TABLE accounts_grants DROP CONSTRAINT accounts_grants_pkey;
ALTER TABLE accounts_grants ADD PRIMARY KEY (district_id, id);
-- a grant is revoked by its id alone
CREATE INDEX accounts_grants_id ON accounts_grants (id);
