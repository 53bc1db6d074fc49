/** SQL of the contests module: its own tables, and org_nodes for units' names, levels and paths. */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Nodes by id with their level and district (to check participating units). */
export function findNodes(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'name', 'level', 'path'])
    .where('id', 'in', ids)
    .execute();
}

/** The contests of some districts (a year, or all), newest first, with their rounds counted. */
export function findContests(db: Executor, districtIds: string[], year?: number) {
  if (!districtIds.length) return Promise.resolve([]);
  let q = db
    .selectFrom('contests_contests as c')
    .select([
      'c.id',
      'c.district_id',
      'c.year',
      'c.title',
      'c.series',
      sql<number>`(SELECT count(*)::int FROM contests_rounds r WHERE r.district_id = c.district_id AND r.contest_id = c.id)`.as(
        'rounds',
      ),
      sql<number>`(SELECT count(*)::int FROM contests_rounds r WHERE r.district_id = c.district_id AND r.contest_id = c.id AND r.state = 'published')`.as(
        'published',
      ),
    ])
    .where('c.district_id', 'in', districtIds)
    .orderBy('c.year', 'desc')
    .orderBy('c.created_at', 'desc');
  if (year) q = q.where('c.year', '=', year);
  return q.execute();
}

/** The series names used in some districts. */
export async function findSeries(db: Executor, districtIds: string[]) {
  if (!districtIds.length) return [];
  const rows = await db
    .selectFrom('contests_contests')
    .select('series')
    .distinct()
    .where('district_id', 'in', districtIds)
    .execute();
  return rows.map((r) => r.series);
}

/** One contest with its node's path; locked when asked. */
export function findContest(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('contests_contests as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .selectAll('c')
    .select('n.path')
    .where('c.id', '=', id);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type ContestRow = NonNullable<Awaited<ReturnType<typeof findContest>>>;

/** Stores a contest (nothing when the year's title is taken). */
export function insertContest(db: Executor, row: Insertable<DB['contests_contests']>) {
  return db
    .insertInto('contests_contests')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'year', 'title']).doNothing())
    .executeTakeFirst();
}

/** Stores a contest's participating units. */
export function insertUnits(db: Executor, rows: Insertable<DB['contests_units']>[]) {
  return db
    .insertInto('contests_units')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Stores a contest's judges. */
export function insertJudges(db: Executor, rows: Insertable<DB['contests_judges']>[]) {
  return db
    .insertInto('contests_judges')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A contest's units with their names, levels and paths, by name. */
export function findUnits(db: Executor, districtId: string, contestId: string) {
  return db
    .selectFrom('contests_units as u')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'u.district_id').onRef('n.id', '=', 'u.node_id'),
    )
    .select(['n.id', 'n.name', 'n.level', 'n.path'])
    .where('u.district_id', '=', districtId)
    .where('u.contest_id', '=', contestId)
    .orderBy('n.name')
    .execute();
}

/** A contest's judges. */
export function findJudges(db: Executor, districtId: string, contestId: string) {
  return db
    .selectFrom('contests_judges')
    .select(['user_id', 'username', 'display_name'])
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .orderBy('username')
    .execute();
}

/** Stores a round (nothing when its number is taken). */
export function insertRound(db: Executor, row: Insertable<DB['contests_rounds']>) {
  return db
    .insertInto('contests_rounds')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'contest_id', 'seq']).doNothing())
    .executeTakeFirst();
}

/** A contest's rounds in order, with their entries counted. */
export function findRounds(db: Executor, districtId: string, contestId: string) {
  return db
    .selectFrom('contests_rounds as r')
    .selectAll('r')
    .select(
      sql<number>`(SELECT count(*)::int FROM contests_entries e WHERE e.district_id = r.district_id AND e.round_id = r.id)`.as(
        'entries',
      ),
    )
    .where('r.district_id', '=', districtId)
    .where('r.contest_id', '=', contestId)
    .orderBy('r.seq')
    .execute();
}
export type RoundListRow = Awaited<ReturnType<typeof findRounds>>[number];

/** The next free round number of a contest. */
export async function nextSeq(db: Executor, districtId: string, contestId: string) {
  const r = await db
    .selectFrom('contests_rounds')
    .select(sql<number>`coalesce(max(seq), 0)::int + 1`.as('seq'))
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .executeTakeFirstOrThrow();
  return r.seq;
}

/** One round with its contest (title, series, weights, node path); locked when asked. */
export function findRound(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('contests_rounds as r')
    .innerJoin('contests_contests as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.contest_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .selectAll('r')
    .select(['c.title as contest_title', 'c.series', 'c.weights', 'c.year', 'n.path'])
    .where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Writes a round's move, checking the version. */
export function updateRound(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['contests_rounds']>,
) {
  return updateVersioned(db, 'contests_rounds', { districtId, id, version }, set);
}

/** Stores a unit's entry of a round, or replaces it (a unit has one entry per round). */
export function upsertEntry(db: Executor, row: Insertable<DB['contests_entries']>) {
  return db
    .insertInto('contests_entries')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'round_id', 'unit_id']).doUpdateSet((eb) => ({
        summary: eb.ref('excluded.summary'),
        figures: eb.ref('excluded.figures'),
        attachments: eb.ref('excluded.attachments'),
        submitted_by: eb.ref('excluded.submitted_by'),
        submitted_on: eb.ref('excluded.submitted_on'),
        submitted_at: eb.ref('excluded.submitted_at'),
        version: sql`contests_entries.version + 1`,
      })),
    )
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** How many judges scored a unit's entry of a round (0 when it has none). */
export async function scoresOfUnitEntry(db: Executor, districtId: string, roundId: string, unitId: string) {
  const r = await db
    .selectFrom('contests_scores as s')
    .innerJoin('contests_entries as e', (j) =>
      j.onRef('e.district_id', '=', 's.district_id').onRef('e.id', '=', 's.entry_id'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('e.district_id', '=', districtId)
    .where('e.round_id', '=', roundId)
    .where('e.unit_id', '=', unitId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** A round's entries (or only those of some units) with the units' names, by name. */
export function findEntries(db: Executor, districtId: string, roundIds: string[], unitIds?: string[]) {
  if (!roundIds.length || (unitIds && !unitIds.length)) return Promise.resolve([]);
  let q = db
    .selectFrom('contests_entries as e')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'e.district_id').onRef('n.id', '=', 'e.unit_id'),
    )
    .selectAll('e')
    .select(['n.name as unit_name', 'n.path as unit_path'])
    .where('e.district_id', '=', districtId)
    .where('e.round_id', 'in', roundIds)
    .orderBy('n.name');
  if (unitIds) q = q.where('e.unit_id', 'in', unitIds);
  return q.execute();
}
export type EntryRow = Awaited<ReturnType<typeof findEntries>>[number];

/** One entry with its round (state, deadline) and contest. */
export function findEntry(db: Executor, id: string) {
  return db
    .selectFrom('contests_entries as e')
    .innerJoin('contests_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'e.district_id').onRef('r.id', '=', 'e.round_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'e.district_id').onRef('n.id', '=', 'e.unit_id'),
    )
    .select([
      'e.id',
      'e.district_id',
      'e.contest_id',
      'e.round_id',
      'e.unit_id',
      'r.state',
      'n.path as unit_path',
      'n.name as unit_name',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** The judges' scores of some entries, with the judges' names. */
export function findScores(db: Executor, districtId: string, entryIds: string[]) {
  if (!entryIds.length) return Promise.resolve([]);
  return db
    .selectFrom('contests_scores as s')
    .innerJoin('contests_judges as j', (k) =>
      k
        .onRef('j.district_id', '=', 's.district_id')
        .onRef('j.contest_id', '=', 's.contest_id')
        .onRef('j.user_id', '=', 's.judge_id'),
    )
    .select(['s.entry_id', 's.judge_id', 's.scores', 's.submitted_at', 'j.display_name', 'j.username'])
    .where('s.district_id', '=', districtId)
    .where('s.entry_id', 'in', entryIds)
    .orderBy('j.username')
    .execute();
}

/** Stores a judge's scores of an entry; nothing when they were already submitted (locked). */
export function insertScore(db: Executor, row: Insertable<DB['contests_scores']>) {
  return db
    .insertInto('contests_scores')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** The open rounds of contests whose units include some of nodeIds, with the units lacking an entry. */
export function findEntriesDue(db: Executor, unitPaths: string[], day: string) {
  if (!unitPaths.length) return Promise.resolve([]);
  return db
    .selectFrom('contests_rounds as r')
    .innerJoin('contests_contests as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.contest_id'),
    )
    .innerJoin('contests_units as u', (j) =>
      j.onRef('u.district_id', '=', 'r.district_id').onRef('u.contest_id', '=', 'r.contest_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'u.district_id').onRef('n.id', '=', 'u.node_id'),
    )
    .select([
      'r.id',
      'r.title',
      'r.due_on',
      'r.contest_id',
      'c.title as contest_title',
      'n.name as unit_name',
    ])
    .where('r.state', '=', 'open')
    .where('r.due_on', '>=', day)
    .where('n.path', 'in', unitPaths)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('contests_entries as e')
            .select('e.id')
            .whereRef('e.district_id', '=', 'r.district_id')
            .whereRef('e.round_id', '=', 'r.id')
            .whereRef('e.unit_id', '=', 'u.node_id'),
        ),
      ),
    )
    .orderBy('r.due_on')
    .limit(100)
    .execute();
}

/** Entries of open rounds a judge has not scored yet (their own units' included; the service drops those). */
export function findEntriesToScore(db: Executor, judgeId: string) {
  return db
    .selectFrom('contests_judges as j')
    .innerJoin('contests_rounds as r', (k) =>
      k.onRef('r.district_id', '=', 'j.district_id').onRef('r.contest_id', '=', 'j.contest_id'),
    )
    .innerJoin('contests_entries as e', (k) =>
      k.onRef('e.district_id', '=', 'r.district_id').onRef('e.round_id', '=', 'r.id'),
    )
    .innerJoin('contests_contests as c', (k) =>
      k.onRef('c.district_id', '=', 'j.district_id').onRef('c.id', '=', 'j.contest_id'),
    )
    .innerJoin('org_nodes as n', (k) =>
      k.onRef('n.district_id', '=', 'e.district_id').onRef('n.id', '=', 'e.unit_id'),
    )
    .select([
      'e.id',
      'e.contest_id',
      'r.title as round_title',
      'c.title as contest_title',
      'n.name as unit_name',
      'n.path as unit_path',
    ])
    .where('j.user_id', '=', judgeId)
    .where('r.state', '=', 'open')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('contests_scores as s')
            .select('s.entry_id')
            .whereRef('s.district_id', '=', 'e.district_id')
            .whereRef('s.entry_id', '=', 'e.id')
            .where('s.judge_id', '=', judgeId),
        ),
      ),
    )
    .limit(500)
    .execute();
}

/** Open rounds past their deadline in some districts: ready to publish. */
export function findRoundsToPublish(db: Executor, districtIds: string[], day: string) {
  if (!districtIds.length) return Promise.resolve([]);
  return db
    .selectFrom('contests_rounds as r')
    .innerJoin('contests_contests as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.contest_id'),
    )
    .select(['r.id', 'r.title', 'r.contest_id', 'r.due_on', 'c.title as contest_title'])
    .where('r.district_id', 'in', districtIds)
    .where('r.state', '=', 'open')
    .where('r.due_on', '<', day)
    .orderBy('r.due_on')
    .limit(100)
    .execute();
}

/** Published rounds of some districts in a year, newest first. */
export function findPublishedRounds(db: Executor, districtIds: string[], year: number) {
  if (!districtIds.length) return Promise.resolve([]);
  return db
    .selectFrom('contests_rounds as r')
    .innerJoin('contests_contests as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.contest_id'),
    )
    .select(['r.id', 'r.title', 'r.contest_id', 'r.published_at', 'c.title as contest_title', 'c.series'])
    .where('r.district_id', 'in', districtIds)
    .where('r.state', '=', 'published')
    .where('c.year', '=', year)
    .orderBy('r.published_at', 'desc')
    .limit(200)
    .execute();
}

/** A district's contests of a year, and its entries due and on time in rounds opened. */
export function figures(db: Executor, districtId: string, year: number) {
  return db
    .selectFrom('contests_contests as c')
    .select([
      sql<number>`count(*)::int`.as('contests'),
      sql<number>`coalesce(sum((SELECT count(*) FROM contests_rounds r WHERE r.district_id = c.district_id AND r.contest_id = c.id AND r.state <> 'planned') * (SELECT count(*) FROM contests_units u WHERE u.district_id = c.district_id AND u.contest_id = c.id)), 0)::int`.as(
        'due',
      ),
      sql<number>`coalesce(sum((SELECT count(*) FROM contests_entries e JOIN contests_rounds r ON r.district_id = e.district_id AND r.id = e.round_id WHERE e.district_id = c.district_id AND e.contest_id = c.id AND r.state <> 'planned' AND e.submitted_on <= r.due_on)), 0)::int`.as(
        'on_time',
      ),
    ])
    .where('c.district_id', '=', districtId)
    .where('c.year', '=', year)
    .executeTakeFirstOrThrow();
}
