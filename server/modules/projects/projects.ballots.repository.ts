/** SQL of the deputies' ballots (projects_ballots), re-exported by projects.repository.ts. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

// ---------- ballots ----------

const ballotColumns = [
  'b.district_id',
  'b.id',
  'b.node_id',
  'b.year',
  'b.title',
  'b.seats',
  'b.state',
  'b.vote_id',
  'b.created_by',
  'b.created_at',
  'b.decided_at',
  'b.version',
  'n.path',
  'n.name as node_name',
] as const;

function ballots(db: Executor) {
  return db.selectFrom('projects_ballots as b').innerJoin('org_nodes as n', nodeJoin('b'));
}

/** A ballot with its node (locked when asked). */
export function findBallot(db: Executor, id: string, lock = false) {
  let q = ballots(db).select(ballotColumns).where('b.id', '=', id);
  if (lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}
export type BallotRow = NonNullable<Awaited<ReturnType<typeof findBallot>>>;

/** The ballot a vote decides. */
export function findBallotByVote(db: Executor, districtId: string, voteId: string) {
  return ballots(db)
    .select(ballotColumns)
    .where('b.district_id', '=', districtId)
    .where('b.vote_id', '=', voteId)
    .forUpdate('b')
    .executeTakeFirst();
}

/** Ballots in scope, newest year first. */
export function findBallots(
  db: Executor,
  inScope: Expression<SqlBool>,
  q: { year?: number; nodeId?: string },
) {
  let s = ballots(db)
    .select(ballotColumns)
    .select((eb) =>
      eb
        .selectFrom('projects_items as p')
        .select(eb.fn.countAll<number>().as('c'))
        .whereRef('p.district_id', '=', 'b.district_id')
        .whereRef('p.ballot_id', '=', 'b.id')
        .where('p.stage', '!=', 'withdrawn')
        .as('candidates'),
    )
    .where(inScope);
  if (q.year) s = s.where('b.year', '=', q.year);
  if (q.nodeId) s = s.where('b.node_id', '=', q.nodeId);
  return s.orderBy('b.year', 'desc').orderBy('b.created_at', 'desc').limit(200).execute();
}

/** A new ballot. */
export async function insertBallot(
  trx: Executor,
  b: {
    district_id: string;
    id: string;
    node_id: string;
    year: number;
    title: string;
    seats: number;
    created_by: string;
  },
) {
  await trx.insertInto('projects_ballots').values(b).execute();
}

/** Changes a ballot. */
export async function updateBallot(
  trx: Executor,
  districtId: string,
  id: string,
  set: Partial<{ state: string; vote_id: string; decided_at: Date; seats: number }>,
) {
  await trx
    .updateTable('projects_ballots')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** The next position on a ballot. */
export async function nextBallotPosition(trx: Executor, districtId: string, ballotId: string) {
  const r = await trx
    .selectFrom('projects_items')
    .select((eb) => eb.fn.max('ballot_position').as('m'))
    .where('district_id', '=', districtId)
    .where('ballot_id', '=', ballotId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}
