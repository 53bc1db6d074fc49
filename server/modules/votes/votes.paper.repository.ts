/** SQL of paper ballots: batches entered, decided and listed. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** Inserts a pending batch of paper ballots. */
export async function insertPaperBatch(
  trx: Executor,
  b: {
    districtId: string;
    id: string;
    voteId: string;
    voters: string[];
    sealed: Buffer[];
    note: string;
    enteredBy: string;
    enteredName: string;
  },
) {
  await trx
    .insertInto('votes_paper_batches')
    .values({
      district_id: b.districtId,
      id: b.id,
      vote_id: b.voteId,
      voters: b.voters,
      sealed: b.sealed,
      ballot_count: b.sealed.length,
      note: b.note,
      entered_by: b.enteredBy,
      entered_name: b.enteredName,
    })
    .execute();
}

/** A paper batch (locked for the decision when asked). */
export function findPaperBatch(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('votes_paper_batches').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Records the decision on a paper batch and clears its ballots. */
export async function decidePaperBatch(
  trx: Executor,
  b: {
    districtId: string;
    id: string;
    status: 'confirmed' | 'rejected';
    by: string;
    byName: string;
    reason: string | null;
  },
) {
  await trx
    .updateTable('votes_paper_batches')
    .set({
      status: b.status,
      decided_by: b.by,
      decided_name: b.byName,
      decided_at: sql`now()`,
      reject_reason: b.reason,
      sealed: null,
    })
    .where('district_id', '=', b.districtId)
    .where('id', '=', b.id)
    .execute();
}

/** Paper batches of votes inside the scope expression, pending first, with who entered and decided. */
export function findPaperBatches(
  db: Executor,
  inScope: Expression<SqlBool>,
  f: { voteId?: string; pending?: boolean },
) {
  let q = db
    .selectFrom('votes_paper_batches as b')
    .innerJoin('votes_votes as v', (j) =>
      j.onRef('v.district_id', '=', 'b.district_id').onRef('v.id', '=', 'b.vote_id'),
    )
    .select([
      'b.id',
      'b.vote_id',
      'v.title as vote_title',
      'b.ballot_count',
      'b.voters',
      'b.note',
      'b.status',
      'b.entered_by',
      'b.entered_name',
      'b.entered_at',
      'b.decided_name',
      'b.decided_at',
      'b.reject_reason',
    ])
    .where(inScope);
  if (f.voteId) q = q.where('b.vote_id', '=', f.voteId);
  if (f.pending) q = q.where('b.status', '=', 'pending');
  return q
    .orderBy(sql`b.status = 'pending'`, 'desc')
    .orderBy('b.entered_at', 'desc')
    .limit(200)
    .execute();
}
