/** SQL of the votes module: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { appendCtes, type Chained } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { Method, OptionResult } from './votes.rules.ts';

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

/**
 * Takes the vote's lock until the end of the transaction: shared by casts (they run side by side),
 * exclusive for the tally (it waits for the casts under way and keeps new ones out until it is done).
 */
export async function lockVote(trx: Executor, voteId: string, mode: 'shared' | 'exclusive') {
  const fn = sql.raw(mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock');
  await sql`SELECT ${fn}(hashtextextended(${voteId}::text, 7201))`.execute(trx);
}

/** Records several voters at once (a confirmed paper batch): the ids recorded. */
export async function insertVotersWhileOpen(
  trx: Executor,
  r: { districtId: string; voteId: string; voterIds: readonly string[]; castBy: string },
): Promise<string[]> {
  const { rows } = await sql<{ voter_id: string }>`
    INSERT INTO votes_voters (district_id, vote_id, voter_id, channel, cast_by)
    SELECT ${r.districtId}::uuid, ${r.voteId}::uuid, x, 'paper', ${r.castBy}::uuid
    FROM unnest(${r.voterIds}::uuid[]) AS x
    WHERE EXISTS (SELECT 1 FROM votes_votes v WHERE v.district_id = ${r.districtId}::uuid AND v.id = ${r.voteId}::uuid
      AND v.cancelled_at IS NULL AND v.closed_at IS NULL AND now() >= v.opens_at AND now() < v.closes_at)
    ON CONFLICT DO NOTHING
    RETURNING voter_id`.execute(trx);
  return rows.map((x) => x.voter_id);
}

/** One cast of a group: the voter, who cast it, and its ballot sealed (secret votes) or in the clear. */
export interface CastRow {
  districtId: string;
  voteId: string;
  voterId: string;
  castBy: string;
  /** The sealed ballot of a secret vote; null for an open vote, whose ballot keeps its voter. */
  sealed: Buffer | null;
  choices: number[];
}

/**
 * Records a group of casts in one statement, and draws the audit lane's seqs for them: each voter
 * once while its vote is open (the first of a voter's casts in the group), and for each voter
 * recorded its ballot, sealed for a secret vote (no voter, a random v4 id) or with its voter for an
 * open one. Answers, in the order given, whether each cast was recorded and whether its vote was
 * open (open and not recorded: the voter had voted); and the lane head (laneHead) from `head`.
 * The statement's snapshot is taken after the vote locks of the statement before it, so a tally
 * that closed the vote meanwhile is seen.
 */
export async function recordCasts(
  trx: Executor,
  rows: readonly CastRow[],
  head: RawBuilder<unknown>,
): Promise<{ casts: { recorded: boolean; open: boolean }[]; auditHead: unknown }> {
  const col = <T>(f: (r: CastRow) => T) => rows.map(f);
  const { rows: out } = await sql<{ recorded: boolean; open: boolean; audit_head: unknown }>`
    WITH x AS MATERIALIZED (
      SELECT x.*, EXISTS (SELECT 1 FROM votes_votes w WHERE w.district_id = x.d AND w.id = x.v
        AND w.cancelled_at IS NULL AND w.closed_at IS NULL AND now() >= w.opens_at AND now() < w.closes_at) AS open
      FROM unnest(${col((r) => r.districtId)}::uuid[], ${col((r) => r.voteId)}::uuid[], ${col((r) => r.voterId)}::uuid[],
        ${col((r) => r.castBy)}::uuid[], ${col((r) => r.sealed)}::bytea[],
        ${col((r) => `{${r.choices.join(',')}}`)}::text[]) WITH ORDINALITY AS x(d, v, r, b, s, c, o)),
    ins AS (
      INSERT INTO votes_voters (district_id, vote_id, voter_id, channel, cast_by)
      SELECT x.d, x.v, x.r, 'online', x.b FROM x WHERE x.open ORDER BY x.o
      ON CONFLICT DO NOTHING
      RETURNING vote_id, voter_id),
    won AS MATERIALIZED (SELECT min(x.o) AS o FROM x JOIN ins ON ins.vote_id = x.v AND ins.voter_id = x.r GROUP BY x.v, x.r),
    sealed AS (
      INSERT INTO votes_sealed (district_id, vote_id, id, sealed)
      SELECT x.d, x.v, gen_random_uuid(), x.s FROM x JOIN won ON won.o = x.o WHERE x.s IS NOT NULL),
    clear AS (
      INSERT INTO votes_ballots (district_id, vote_id, id, voter_id, choices)
      SELECT x.d, x.v, gen_random_uuid(), x.r, x.c::smallint[] FROM x JOIN won ON won.o = x.o WHERE x.s IS NULL),
    lane AS MATERIALIZED (SELECT ${head} AS head)
    SELECT won.o IS NOT NULL AS recorded, x.open, (SELECT head FROM lane) AS audit_head
    FROM x LEFT JOIN won ON won.o = x.o ORDER BY x.o`.execute(trx);
  return {
    casts: out.map((r) => ({ recorded: r.recorded, open: r.open })),
    auditHead: out[0]?.audit_head,
  };
}

/** Writes chained audit entries and moves their lane's head (the second half of an append). */
export async function writeAudit(trx: Executor, chained: Chained) {
  const w = appendCtes(chained);
  await sql`WITH audit_entry AS ${w.entry}, audit_head_moved AS ${w.head} SELECT ${w.guard}`.execute(trx);
}

/** Inserts ballots in the clear (voterIds null for a tallied secret vote), in the order given. */
export async function insertBallots(
  trx: Executor,
  districtId: string,
  voteId: string,
  ballots: { id: string; voterId: string | null; choices: number[] }[],
) {
  for (let i = 0; i < ballots.length; i += 5000) {
    const chunk = ballots.slice(i, i + 5000);
    await sql`
      INSERT INTO votes_ballots (district_id, vote_id, id, voter_id, choices)
      SELECT ${districtId}::uuid, ${voteId}::uuid, x.id, x.voter_id, x.choices::smallint[]
      FROM unnest(${chunk.map((b) => b.id)}::uuid[], ${chunk.map((b) => b.voterId)}::uuid[],
        ${chunk.map((b) => `{${b.choices.join(',')}}`)}::text[]) WITH ORDINALITY AS x(id, voter_id, choices, ord)
      ORDER BY x.ord`.execute(trx);
  }
}

/** Inserts sealed (encrypted) secret ballots under the ids given. */
export async function insertSealed(
  trx: Executor,
  districtId: string,
  voteId: string,
  sealed: { id: string; sealed: Buffer }[],
) {
  if (sealed.length === 0) return;
  await sql`
    INSERT INTO votes_sealed (district_id, vote_id, id, sealed)
    SELECT ${districtId}::uuid, ${voteId}::uuid, i, s
    FROM unnest(${sealed.map((s) => s.id)}::uuid[], ${sealed.map((s) => s.sealed)}::bytea[]) AS x(i, s)`.execute(
    trx,
  );
}

/** Every sealed ballot of a vote. */
export function findSealed(trx: Executor, districtId: string, voteId: string) {
  return trx
    .selectFrom('votes_sealed')
    .select('sealed')
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .execute();
}

/** Removes a vote's sealed ballots (once they are in votes_ballots, shuffled). */
export async function deleteSealed(trx: Executor, districtId: string, voteId: string) {
  await trx
    .deleteFrom('votes_sealed')
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .execute();
}

/**
 * The tally of a vote's ballots in SQL: per option, the ballots that chose it, put it first, and
 * (ranking) its Borda points over maxChoices ranks.
 */
export async function tallyBallots(
  trx: Executor,
  districtId: string,
  voteId: string,
  method: Method,
  maxChoices: number,
): Promise<OptionResult[]> {
  const { rows } = await tallyQuery(districtId, voteId, method, maxChoices).execute(trx);
  return rows.map((r) => ({ position: r.position, count: r.count, first: r.first, points: r.points }));
}

/** The tally statement (exported for its snapshot test). */
export function tallyQuery(districtId: string, voteId: string, method: Method, maxChoices: number) {
  if (method === 'single')
    return sql<OptionResult>`
      SELECT choices[1] AS position, count(*)::int AS count, count(*)::int AS first, count(*)::int AS points
      FROM votes_ballots WHERE district_id = ${districtId}::uuid AND vote_id = ${voteId}::uuid
      GROUP BY 1`;
  if (method === 'approval')
    return sql<OptionResult>`
      SELECT c AS position, count(*)::int AS count, count(*)::int AS first, count(*)::int AS points
      FROM votes_ballots b, unnest(b.choices) AS c
      WHERE b.district_id = ${districtId}::uuid AND b.vote_id = ${voteId}::uuid
      GROUP BY 1`;
  return sql<OptionResult>`
    SELECT u.c AS position, count(*)::int AS count, (count(*) FILTER (WHERE u.o = 1))::int AS first,
      sum(${maxChoices}::int - u.o + 1)::int AS points
    FROM votes_ballots b, unnest(b.choices) WITH ORDINALITY AS u(c, o)
    WHERE b.district_id = ${districtId}::uuid AND b.vote_id = ${voteId}::uuid
    GROUP BY 1`;
}

/** Refreshes the planner's statistics of the ballots table (after a large vote's ballots are unsealed). */
export async function analyzeBallots(trx: Executor) {
  await sql`ANALYZE votes_ballots`.execute(trx);
}

/** Writes a vote's results (every option, zero where nobody chose it) and marks it closed. */
export async function writeResults(
  trx: Executor,
  v: { districtId: string; voteId: string; results: OptionResult[]; eligible: number; ballots: number },
) {
  if (v.results.length)
    await trx
      .insertInto('votes_results')
      .values(
        v.results.map((r) => ({
          district_id: v.districtId,
          vote_id: v.voteId,
          position: r.position,
          count: r.count,
          first: r.first,
          points: r.points,
        })),
      )
      .execute();
  await trx
    .updateTable('votes_votes')
    .set({
      closed_at: sql`now()`,
      eligible_count: v.eligible,
      ballots_count: v.ballots,
      version: sql`version + 1`,
    })
    .where('district_id', '=', v.districtId)
    .where('id', '=', v.voteId)
    .execute();
}

/** How many ballots a vote holds in the clear. */
export async function countBallots(trx: Executor, districtId: string, voteId: string) {
  const r = await trx
    .selectFrom('votes_ballots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('vote_id', '=', voteId)
    .executeTakeFirstOrThrow();
  return r.n;
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
