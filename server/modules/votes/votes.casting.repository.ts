/** SQL of casting: the vote's lock, voters recorded while it is open, casts, ballots and their audit. */
import { sql, type RawBuilder } from 'kysely';
import { appendCtes, type Chained } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/db.ts';

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
