-- Functional councils 功能型议事机构 (seed 001 鄞州): 楼道会客厅 (hallway), 物居业议事会 (property: residents,
-- the property company and the owners' committee) and any other named body, beside the residents' and
-- children's councils. One of each kind per node, as before.
ALTER TABLE council_bodies DROP CONSTRAINT council_bodies_kind_check;
ALTER TABLE council_bodies ADD CONSTRAINT council_bodies_kind_check
  CHECK (kind IN ('residents', 'hallway', 'property', 'children', 'other'));
