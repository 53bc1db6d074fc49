-- 集体资产担保 (seed 001 青田: 将闲置办公用房、礼堂、厂房和校舍等集体资产纳入有效担保物范围, 最低可享受3.85%的
-- 利率优惠): a register of the collective assets a village pledged for a loan into the pool — the asset,
-- its value, the lender, the loan and its term, the day the pledge is released — tied to the loan's inflow
-- in the ledger (which carries the rate). Money in fen.
CREATE TABLE villagefund_pledges (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  pool_id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the village (community) whose collective owns the asset
  asset text NOT NULL,
  asset_kind text NOT NULL CHECK (asset_kind IN ('office', 'hall', 'factory', 'school', 'other')),
  value_fen bigint NOT NULL CHECK (value_fen > 0),
  lender text NOT NULL,
  loan_fen bigint NOT NULL CHECK (loan_fen > 0),
  inflow_id uuid,                        -- the loan's inflow in the pool's ledger
  term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 360),
  pledged_on date NOT NULL,
  release_on date NOT NULL,
  released_on date,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK (release_on >= pledged_on),
  FOREIGN KEY (district_id, pool_id) REFERENCES villagefund_pools (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, inflow_id) REFERENCES villagefund_ledger (district_id, id)
);
CREATE INDEX villagefund_pledges_pool ON villagefund_pledges (district_id, pool_id, release_on);
