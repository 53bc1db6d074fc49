/** SQL of the yearly lists 榜单, their tasks' rows and milestones, and bottom-up proposals. */
import { sql, type Insertable, type SqlBool } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { DB, Executor } from '../../platform/db/db.ts';
import { TASK_COLUMNS, type ListRow } from './tasks.repository.ts';

type ListKey = { district_id: string; id: string };

/**
 * Lists of the districts in managePaths or in districts (units of a district see its lists, drafts
 * too, so that they can propose tasks for them), each with its count of tasks not cancelled,
 * newest year first.
 */
export function listsInScope(
  exec: Executor,
  managePaths: string[],
  districts: string[],
  q: { districtId?: string; year?: number },
) {
  let query = exec
    .selectFrom('tasks_lists as l')
    .selectAll('l')
    .select((eb) =>
      eb
        .selectFrom('tasks_tasks as t')
        .select(eb.fn.countAll<number>().as('c'))
        .whereRef('t.district_id', '=', 'l.district_id')
        .whereRef('t.list_id', '=', 'l.id')
        .where('t.status', '<>', 'cancelled')
        .as('task_count'),
    )
    .where(
      sql<SqlBool>`(${nodeInPaths('l.district_id', managePaths)} OR ${
        districts.length
          ? sql<SqlBool>`l.district_id = ANY(${sql.val(districts)}::uuid[])`
          : sql<SqlBool>`false`
      })`,
    );
  if (q.districtId) query = query.where('l.district_id', '=', q.districtId);
  if (q.year) query = query.where('l.year', '=', q.year);
  return query.orderBy('l.year', 'desc').execute();
}

/** The number of a list's tasks not cancelled. */
export function countListTasks(exec: Executor, list: ListKey) {
  return exec
    .selectFrom('tasks_tasks')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where('district_id', '=', list.district_id)
    .where('list_id', '=', list.id)
    .where('status', '<>', 'cancelled')
    .executeTakeFirstOrThrow();
}

/** Inserts a district's list for a year; no row when the district already has one that year. */
export function insertList(
  trx: Executor,
  v: { district_id: string; id: string; year: number; title: string },
) {
  return trx
    .insertInto('tasks_lists')
    .values(v)
    .onConflict((oc) => oc.columns(['district_id', 'year']).doNothing())
    .executeTakeFirst();
}

/** A new version of a draft list (a task added, approved, merged or cancelled). */
export function bumpListVersion(trx: Executor, list: ListRow) {
  return trx
    .updateTable('tasks_lists')
    .set({ version: list.version + 1, updated_at: new Date() })
    .where('district_id', '=', list.district_id)
    .where('id', '=', list.id)
    .execute();
}

/** Opens a list's draft tasks for claiming; their ids. */
export function publishDraftTasks(trx: Executor, list: ListKey) {
  return trx
    .updateTable('tasks_tasks')
    .set({ status: 'published', updated_at: new Date() })
    .where('district_id', '=', list.district_id)
    .where('list_id', '=', list.id)
    .where('status', '=', 'draft')
    .returning('id')
    .execute();
}

/** Marks a list published at its current version. */
export function markListPublished(trx: Executor, list: ListRow, userId: string, now: Date) {
  return trx
    .updateTable('tasks_lists')
    .set({
      status: 'published',
      published_version: list.version,
      published_at: now,
      published_by: userId,
      updated_at: now,
    })
    .where('district_id', '=', list.district_id)
    .where('id', '=', list.id)
    .execute();
}

/** The last number given to a district's tasks of a kind in a year (0 when none). */
export function lastTaskNo(trx: Executor, districtId: string, year: number, kind: string) {
  return trx
    .selectFrom('tasks_tasks')
    .select((eb) => eb.fn.coalesce(eb.fn.max('no'), sql<number>`0`).as('n'))
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
}

/** Inserts a task row. */
export function insertTaskRow(trx: Executor, row: Insertable<DB['tasks_tasks']>) {
  return trx.insertInto('tasks_tasks').values(row).execute();
}

/** Inserts a task's milestones. */
export function insertMilestones(trx: Executor, rows: Insertable<DB['tasks_milestones']>[]) {
  return trx.insertInto('tasks_milestones').values(rows).execute();
}

/** Proposals of a list, oldest first; only those of units in proposerPaths when given. */
export function proposalsOfList(exec: Executor, list: ListKey, proposerPaths: string[] | null) {
  let q = exec
    .selectFrom('tasks_proposals as p')
    .selectAll('p')
    .where('p.district_id', '=', list.district_id)
    .where('p.list_id', '=', list.id);
  if (proposerPaths) q = q.where(nodeInPaths('p.proposer_node_id', proposerPaths));
  return q.orderBy('p.created_at').execute();
}

/** Inserts a proposal. */
export function insertProposal(trx: Executor, row: Insertable<DB['tasks_proposals']>) {
  return trx.insertInto('tasks_proposals').values(row).execute();
}

/** One proposal by id, optionally locked. */
export function findProposal(exec: Executor, id: string, lock = false) {
  let q = exec.selectFrom('tasks_proposals').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Records the decision on a proposal; the proposal as it now is. */
export function decideProposalRow(
  trx: Executor,
  p: ListKey,
  v: { status: string; decision_reason: string; task_id: string | null; decided_by: string },
) {
  return trx
    .updateTable('tasks_proposals')
    .set({ ...v, decided_at: new Date() })
    .where('district_id', '=', p.district_id)
    .where('id', '=', p.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A district's published list of a year. */
export function publishedListOf(exec: Executor, districtId: string, year: number) {
  return exec
    .selectFrom('tasks_lists')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

/**
 * The list's issued commendations and accountability orders whose uses of results include a public
 * notice 公开通报 (seed 000), newest first: what the public page shows of them and nothing of any
 * person (the unit's name, the task, the day, the reason).
 */
export function publicNoticesOfList(exec: Executor, list: ListKey) {
  return exec
    .selectFrom('tasks_orders as o')
    .innerJoin('tasks_tasks as t', (j) =>
      j.onRef('t.district_id', '=', 'o.district_id').onRef('t.id', '=', 'o.task_id'),
    )
    .select([
      'o.id',
      'o.type',
      'o.number',
      'o.unit_name',
      'o.proposal_reason',
      'o.issued_at',
      't.title as task_title',
    ])
    .where('o.district_id', '=', list.district_id)
    .where('t.list_id', '=', list.id)
    .where('o.status', '=', 'issued')
    .where('o.type', 'in', ['commendation', 'accountability'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('tasks_consequences as c')
          .select(sql`1`.as('one'))
          .whereRef('c.district_id', '=', 'o.district_id')
          .whereRef('c.order_id', '=', 'o.id')
          .where('c.kind', '=', 'public_notice'),
      ),
    )
    .orderBy('o.issued_at', 'desc')
    .orderBy('o.id')
    .limit(200)
    .execute();
}

/** A published list's tasks the public sees (open, awarded or completed), by number. */
export function publicTasksOfList(exec: Executor, list: ListKey) {
  return exec
    .selectFrom('tasks_tasks')
    .select(TASK_COLUMNS)
    .where('district_id', '=', list.district_id)
    .where('list_id', '=', list.id)
    .where('status', 'in', ['published', 'awarded', 'completed'])
    .orderBy('no')
    .execute();
}
