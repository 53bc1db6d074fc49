-- A grant may name the tasks module's 嘉奖令 (commendation order) it follows from (seed 000: 一榜三令
-- results used for 嘉奖激励 and 休整休养). The order is checked through the tasks module's public feed
-- when the grant is proposed; its number is kept in source_ref as before. One live grant (proposed or
-- approved) per order, cadre and measure.
ALTER TABLE incentives_grants ADD COLUMN order_id uuid;
CREATE UNIQUE INDEX incentives_grants_order ON incentives_grants (district_id, order_id, person_id, measure_code)
  WHERE order_id IS NOT NULL AND state IN ('proposed', 'approved');
