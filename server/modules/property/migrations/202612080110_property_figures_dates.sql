-- The node dashboard's figures read a district's rows by its tenant key alone (repo.feeTotals, the
-- quality ranking and average, the arrears counts): the year's fee rows, the year's scores and the
-- arrears items, each from an index that carries what the figure sums. Measured in
-- bench/community-dashboards.ts (bench/RESULTS-community.md).
CREATE INDEX property_fees_period ON property_fees (district_id, period) INCLUDE (compound_id, billed, paid);
CREATE INDEX property_quality_scores_year ON property_quality_scores (district_id, year) INCLUDE (compound_id, total);
CREATE INDEX property_issues_kind ON property_issues (district_id, kind, state, resolved_at);
