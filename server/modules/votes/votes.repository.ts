/**
 * SQL of the votes module: its own tables, and org_nodes for paths and names (scope). The votes
 * themselves are here; casting, the tally and paper batches have a file each
 * (votes.<family>.repository.ts), re-exported.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { Method } from './votes.rules.ts';
export * from './votes.casting.repository.ts';
export * from './votes.tally.repository.ts';
export * from './votes.paper.repository.ts';

/** A vote row with its node's path and name. */
export type VoteRow = Awaited<ReturnType<typeof findVote>> & object;

const voteColumns = [
  'v.district_id',
  'v.id',
  'v.node_id',
  'v.owner',
  'v.owner_ref',
  'v.kind',
  'v.kind_params',
  'v.title',
  'v.description',
  'v.method',
  'v.max_choices',
  'v.secret',
  'v.opens_at',
  'v.closes_at',
  'v.cancelled_at',
  'v.cancel_reason',
  'v.closed_at',
  'v.eligible_count',
  'v.ballots_count',
  'v.version',
  'n.path',
  'n.name as node_name',
] as const;
const optionCount = sql<number>`(SELECT count(*)::int FROM votes_options o
  WHERE o.district_id = v.district_id AND o.vote_id = v.id)`.as('option_count');

/** A vote by id with its node (any district; the caller checks scope). */
export function findVote(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('votes_votes as v')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'v.district_id').onRef('n.id', '=', 'v.node_id'),
    )
    .select([...voteColumns, optionCount])
    .where('v.id', '=', id);
  if (lock) q = q.forUpdate(['v']);
  return q.executeTakeFirst();
}

/** Votes whose node is inside the scope expression, newest closing first, with the total. */
export async function findVotes(
  db: Executor,
  f: {
    inScope: Expression<SqlBool>;
    nodeIds?: string[];
    owner?: string;
    state?: string;
    limit: number;
    offset: number;
  },
) {
  let q = db
    .selectFrom('votes_votes as v')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'v.district_id').onRef('n.id', '=', 'v.node_id'),
    )
    .where(f.inScope);
  if (f.nodeIds) q = q.where('v.node_id', 'in', f.nodeIds.length ? f.nodeIds : [null as never]);
  if (f.owner) q = q.where('v.owner', '=', f.owner);
  if (f.state === 'cancelled') q = q.where('v.cancelled_at', 'is not', null);
  else if (f.state === 'closed') q = q.where('v.closed_at', 'is not', null);
  else if (f.state) {
    q = q.where('v.cancelled_at', 'is', null).where('v.closed_at', 'is', null);
    if (f.state === 'scheduled') q = q.where('v.opens_at', '>', sql<Date>`now()`);
    if (f.state === 'open')
      q = q.where('v.opens_at', '<=', sql<Date>`now()`).where('v.closes_at', '>', sql<Date>`now()`);
    if (f.state === 'closing') q = q.where('v.closes_at', '<=', sql<Date>`now()`);
  }
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select([...voteColumns, optionCount])
    .orderBy('v.closes_at', 'desc')
    .orderBy('v.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total, rows };
}

/** Open votes inside the scope expression (for a voter's to-do list), soonest closing first. */
export function findOpenVotesIn(db: Executor, inScope: Expression<SqlBool>, limit: number) {
  return db
    .selectFrom('votes_votes as v')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'v.district_id').onRef('n.id', '=', 'v.node_id'),
    )
    .select([...voteColumns, optionCount])
    .where(inScope)
    .where('v.cancelled_at', 'is', null)
    .where('v.closed_at', 'is', null)
    .where('v.opens_at', '<=', sql<Date>`now()`)
    .where('v.closes_at', '>', sql<Date>`now()`)
    .orderBy('v.closes_at')
    .limit(limit)
    .execute();
}

/** Votes past their closing time and not yet tallied. */
export function findVotesDue(db: Executor, limit: number) {
  return db
    .selectFrom('votes_votes')
    .select('id')
    .where('closed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('closes_at', '<=', sql<Date>`now()`)
    .orderBy('closes_at')
    .limit(limit)
    .execute();
}

/** The options of votes, in position order. */
export function findOptions(db: Executor, districtId: string, voteIds: string[]) {
  if (voteIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('votes_options as o')
    .leftJoin('votes_results as r', (j) =>
      j
        .onRef('r.district_id', '=', 'o.district_id')
        .onRef('r.vote_id', '=', 'o.vote_id')
        .onRef('r.position', '=', 'o.position'),
    )
    .select(['o.vote_id', 'o.position', 'o.label', 'r.count', 'r.first', 'r.points'])
    .where('o.district_id', '=', districtId)
    .where('o.vote_id', 'in', voteIds)
    .orderBy('o.vote_id')
    .orderBy('o.position')
    .execute();
}

/** How many voters each vote has so far. */
export async function countVoters(
  db: Executor,
  districtId: string,
  voteIds: string[],
): Promise<Map<string, number>> {
  if (voteIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('votes_voters')
    .select(['vote_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('district_id', '=', districtId)
    .where('vote_id', 'in', voteIds)
    .groupBy('vote_id')
    .execute();
  return new Map(rows.map((r) => [r.vote_id, r.n]));
}

/** Which of these voters have voted in the vote. */
export async function votedAmong(
  db: Executor,
  districtId: string,
  voteId: string,
  voterIds: readonly string[],
) {
  if (voterIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('votes_voters')
    .select('voter_id')
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .where('voter_id', 'in', voterIds)
    .execute();
  return new Set(rows.map((r) => r.voter_id));
}

/** Inserts a vote and its options. */
export async function insertVote(
  trx: Executor,
  v: {
    districtId: string;
    id: string;
    nodeId: string;
    owner: string;
    ownerRef: string | null;
    kind: string;
    params: Record<string, unknown>;
    title: string;
    description: string;
    method: Method;
    maxChoices: number;
    secret: boolean;
    opensAt: Date;
    closesAt: Date;
    createdBy: string | null;
    options: readonly string[];
  },
) {
  await trx
    .insertInto('votes_votes')
    .values({
      district_id: v.districtId,
      id: v.id,
      node_id: v.nodeId,
      owner: v.owner,
      owner_ref: v.ownerRef,
      kind: v.kind,
      kind_params: JSON.stringify(v.params),
      title: v.title,
      description: v.description,
      method: v.method,
      max_choices: v.maxChoices,
      secret: v.secret,
      opens_at: v.opensAt,
      closes_at: v.closesAt,
      created_by: v.createdBy,
    })
    .execute();
  await trx
    .insertInto('votes_options')
    .values(
      v.options.map((label, i) => ({ district_id: v.districtId, vote_id: v.id, position: i + 1, label })),
    )
    .execute();
}

/** Cancels a vote that is not yet tallied: true when it was cancelled now. */
export async function cancelVote(trx: Executor, districtId: string, voteId: string, reason: string) {
  const r = await trx
    .updateTable('votes_votes')
    .set({ cancelled_at: sql`now()`, cancel_reason: reason, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', voteId)
    .where('closed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves a vote's closing time to now (closing early). */
export async function closeNow(trx: Executor, districtId: string, voteId: string) {
  await trx
    .updateTable('votes_votes')
    .set({ closes_at: sql`greatest(now(), opens_at + interval '1 millisecond')`, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', voteId)
    .execute();
}

/** Closed votes and their turnout figures under a set of nodes in a period (dashboard). */
export async function closedVoteFigures(
  db: Db,
  f: { inScope: Expression<SqlBool>; from: Date; to: Date; owner?: string },
) {
  let q = db
    .selectFrom('votes_votes as v')
    .where(f.inScope)
    .where('v.closed_at', 'is not', null)
    .where('v.closes_at', '>=', f.from)
    .where('v.closes_at', '<', f.to);
  if (f.owner) q = q.where('v.owner', '=', f.owner);
  return q
    .select((eb) => [
      eb.fn.countAll<number>().as('votes'),
      sql<number>`coalesce(sum(v.ballots_count), 0)::int`.as('ballots'),
      sql<number>`coalesce(sum(v.eligible_count), 0)::int`.as('eligible'),
    ])
    .executeTakeFirstOrThrow();
}
