-- A contest's weights become percentages that sum to 100 (the set-up page shows them so, and the
-- server refuses other sums). Stored weights were relative (the default 1 each): each is rescaled to
-- its share of the sum, to two decimals, and the rounding remainder goes to the largest (first by
-- name on a tie) so the sum is exactly 100. Rankings do not move: weighted() divides by the sum.

WITH parts AS (
  SELECT c.district_id, c.id, e.key, e.value::numeric AS w,
         sum(e.value::numeric) OVER (PARTITION BY c.district_id, c.id) AS total,
         row_number() OVER (PARTITION BY c.district_id, c.id ORDER BY e.value::numeric DESC, e.key) AS rn
  FROM contests_contests c, jsonb_each_text(c.weights) e
),
scaled AS (
  SELECT district_id, id, key, rn, round(w * 100 / total, 2) AS pct
  FROM parts
  WHERE total > 0
),
fixed AS (
  SELECT district_id, id, key,
         CASE WHEN rn = 1 THEN pct + 100 - sum(pct) OVER (PARTITION BY district_id, id) ELSE pct END AS pct
  FROM scaled
),
merged AS (
  SELECT district_id, id, jsonb_object_agg(key, pct) AS weights
  FROM fixed
  GROUP BY district_id, id
)
UPDATE contests_contests c
SET weights = m.weights
FROM merged m
WHERE c.district_id = m.district_id AND c.id = m.id AND c.weights IS DISTINCT FROM m.weights;
