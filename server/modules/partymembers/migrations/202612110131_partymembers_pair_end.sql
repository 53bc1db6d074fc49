-- 结对联系 ended on purpose, not only by re-pairing: why (返回 the member came home, 转出 transferred
-- out, 其他 with a note). NULL for pairs ended by re-pairing.
ALTER TABLE partymembers_pairs
  ADD COLUMN end_reason text CHECK (end_reason IN ('returned', 'transferred', 'other')),
  ADD COLUMN end_note text NOT NULL DEFAULT '';
