/** SQL of joint meetings and compounds' problem lists. */
import { sql } from 'kysely';
import type { SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { shanghaiYearRange } from '../../platform/time.ts';
import { type CompoundScope, compoundVisible, ofCompoundUnder } from './property.scope.repository.ts';

// ---------- meetings and the problem list ----------

/** Records a joint meeting. */
export async function insertMeeting(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    compound_id: string;
    held_on: string;
    attendees: string;
    minutes: string;
    created_by: string;
  },
) {
  await db.insertInto('property_meetings').values(row).execute();
}

/** Meetings of a compound, newest first. */
export function meetingsOf(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('property_meetings')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .orderBy('held_on', 'desc')
    .limit(200)
    .execute();
}

export type NewIssue = {
  district_id: string;
  id: string;
  compound_id: string;
  kind: string;
  title: string;
  room: string;
  amount: number | null;
  months: number | null;
  state: string;
  due_on: string | null;
  created_by: string;
};

/** Puts items on a compound's list. */
export async function insertIssues(db: Executor, rows: NewIssue[]) {
  if (rows.length) await db.insertInto('property_issues').values(rows).execute();
}

/** One item, optionally locked. */
export function findIssue(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('property_issues').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type IssueRow = NonNullable<Awaited<ReturnType<typeof findIssue>>>;

/** Items of a compound's list: open first, then by when they were put on it. */
export function issuesOf(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('property_issues')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .orderBy(sql`state = 'resolved'`)
    .orderBy('created_at')
    .limit(1000)
    .execute();
}

/** Moves an item to a state, noting the step. */
export async function moveIssue(
  db: Executor,
  i: IssueRow,
  to: string,
  step: { meetingId: string | null; note: string; byUser: string; measure?: string; dueOn?: string | null },
) {
  await db
    .updateTable('property_issues')
    .set({
      state: to,
      state_since: sql`now()`,
      version: sql`version + 1`,
      ...(step.meetingId ? { meeting_id: step.meetingId } : {}),
      ...(step.measure !== undefined ? { measure: step.measure } : {}),
      ...(step.dueOn !== undefined ? { due_on: step.dueOn } : {}),
      ...(to === 'resolved' ? { resolved_at: sql`now()`, resolution: step.note } : { resolved_at: null }),
    })
    .where('district_id', '=', i.district_id)
    .where('id', '=', i.id)
    .execute();
  await db
    .insertInto('property_issue_steps')
    .values({
      district_id: i.district_id,
      issue_id: i.id,
      seq: sql`(SELECT coalesce(max(seq), 0) + 1 FROM property_issue_steps WHERE district_id = ${i.district_id} AND issue_id = ${i.id})`,
      from_state: i.state,
      to_state: to,
      meeting_id: step.meetingId,
      note: step.note,
      by_user: step.byUser,
    })
    .execute();
}

/** The steps of some items, in order. */
export function stepsOf(db: Executor, districtId: string, issueIds: string[]) {
  if (!issueIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_issue_steps')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('issue_id', 'in', issueIds)
    .orderBy('seq')
    .execute();
}

/** Open items in scope due by a day (to-dos), soonest first; and those waiting for a meeting. */
export function openIssues(
  db: Executor,
  s: CompoundScope,
  f: { dueBy?: string; state?: string; limit: number },
) {
  let q = db
    .selectFrom('property_issues as i')
    .innerJoin('property_compounds as c', (j) =>
      j.onRef('c.district_id', '=', 'i.district_id').onRef('c.id', '=', 'i.compound_id'),
    )
    .select(['i.id', 'i.title', 'i.room', 'i.due_on', 'i.state', 'i.compound_id', 'c.name as compound_name'])
    .where('i.state', '!=', 'resolved')
    .where(compoundVisible(s));
  if (f.dueBy) q = q.where('i.due_on', '<=', f.dueBy);
  if (f.state) q = q.where('i.state', '=', f.state);
  return q.orderBy('i.due_on').limit(f.limit).execute();
}

/** Counts of arrears items under a path by state, and resolved this year. */
export async function arrearsFigures(db: Executor, under: SubtreeRoot, year: number) {
  const { from, to } = shanghaiYearRange(year);
  return db
    .selectFrom('property_issues as i')
    .where(ofCompoundUnder('i', under))
    .where('i.kind', '=', 'arrears')
    .select([
      sql<number>`count(*) FILTER (WHERE i.state <> 'resolved')::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE i.state = 'resolved' AND i.resolved_at >= ${from} AND i.resolved_at < ${to})::int`.as(
        'resolved',
      ),
    ])
    .executeTakeFirstOrThrow();
}
