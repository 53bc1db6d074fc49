/** SQL of the stability module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Decisions with their unit's name and path and the figures of their current round. */
function decisionsWithNode(db: Executor, today: string) {
  return db
    .selectFrom('stability_decisions as d')
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .selectAll('d')
    .select([
      'n.name as node_name',
      'n.path',
      sql<
        string | null
      >`(SELECT a.confirmed_level FROM stability_assessments a WHERE a.district_id = d.district_id
        AND a.decision_id = d.id AND a.round = d.round)`.as('level'),
      sql<
        number | null
      >`(SELECT a.report_year FROM stability_assessments a WHERE a.district_id = d.district_id
        AND a.decision_id = d.id AND a.round = d.round)`.as('report_year'),
      sql<number | null>`(SELECT a.report_no FROM stability_assessments a WHERE a.district_id = d.district_id
        AND a.decision_id = d.id AND a.round = d.round)`.as('report_no'),
      sql<number>`(SELECT count(*)::int FROM stability_measures m WHERE m.district_id = d.district_id
        AND m.decision_id = d.id AND m.done_on IS NULL)`.as('open_measures'),
      sql<number>`(SELECT count(*)::int FROM stability_measures m WHERE m.district_id = d.district_id
        AND m.decision_id = d.id AND m.done_on IS NULL AND m.due_on < ${today}::date)`.as('overdue_measures'),
      sql<number>`(SELECT count(*)::int FROM stability_incidents i WHERE i.district_id = d.district_id
        AND i.decision_id = d.id)`.as('incidents'),
    ]);
}

/** Decisions in scope (inScope on d.node_id), optionally of a planned year and a state, by planned date. */
export function findDecisions(
  db: Executor,
  inScope: Where,
  today: string,
  f: { from?: string; to?: string; state?: string } = {},
) {
  let q = decisionsWithNode(db, today).where(inScope);
  if (f.from) q = q.where('d.planned_on', '>=', f.from);
  if (f.to) q = q.where('d.planned_on', '<', f.to);
  if (f.state) q = q.where('d.state', '=', f.state);
  return q.orderBy('d.planned_on', 'desc').orderBy('d.created_at', 'desc').limit(5000).execute();
}

/** A decision with its unit; locked when asked. */
export function findDecision(db: Executor, id: string, today: string, lock = false) {
  let q = decisionsWithNode(db, today).where('d.id', '=', id);
  if (lock) q = q.forUpdate('d');
  return q.executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

/** Stores a decision. */
export function insertDecision(db: Executor, row: Insertable<DB['stability_decisions']>) {
  return db.insertInto('stability_decisions').values(row).execute();
}

/** Changes a decision, checking the version. */
export function updateDecision(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['stability_decisions']>,
) {
  return updateVersioned(db, 'stability_decisions', { districtId, id, version }, set);
}

/** A decision's assessment rounds, newest first. */
export function findAssessments(db: Executor, districtId: string, decisionId: string) {
  return db
    .selectFrom('stability_assessments')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('decision_id', '=', decisionId)
    .orderBy('round', 'desc')
    .execute();
}
export type AssessmentRow = Awaited<ReturnType<typeof findAssessments>>[number];

/** One round of a decision's assessment (locked). */
export function findRound(db: Executor, districtId: string, decisionId: string, round: number) {
  return db
    .selectFrom('stability_assessments')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('decision_id', '=', decisionId)
    .where('round', '=', round)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Stores an assessment round. */
export function insertAssessment(db: Executor, row: Insertable<DB['stability_assessments']>) {
  return db.insertInto('stability_assessments').values(row).execute();
}

/** Changes an assessment round (the caller holds the decision's lock). */
export function updateAssessment(
  db: Executor,
  districtId: string,
  id: string,
  set: Updateable<DB['stability_assessments']>,
) {
  return db
    .updateTable('stability_assessments')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** The next gapless report number of a district's year (the row is locked until commit). */
export async function nextReportNo(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('stability_report_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`stability_report_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** A decision's measures, by due date. */
export function findMeasures(db: Executor, districtId: string, decisionId: string) {
  return db
    .selectFrom('stability_measures')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('decision_id', '=', decisionId)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
}

/** A measure with its decision's unit path; locked when asked. */
export function findMeasure(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('stability_measures as m')
    .innerJoin('stability_decisions as d', (j) =>
      j.onRef('d.district_id', '=', 'm.district_id').onRef('d.id', '=', 'm.decision_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .selectAll('m')
    .select(['n.path', 'd.title', 'd.node_id'])
    .where('m.id', '=', id);
  if (lock) q = q.forUpdate('m');
  return q.executeTakeFirst();
}

/** Stores a measure. */
export function insertMeasure(db: Executor, row: Insertable<DB['stability_measures']>) {
  return db.insertInto('stability_measures').values(row).execute();
}

/** Changes a measure, checking the version. */
export function updateMeasure(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['stability_measures']>,
) {
  return updateVersioned(db, 'stability_measures', { districtId, id, version }, set);
}

/** A decision's incidents, newest first. */
export function findIncidents(db: Executor, districtId: string, decisionId: string) {
  return db
    .selectFrom('stability_incidents')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('decision_id', '=', decisionId)
    .orderBy('occurred_on', 'desc')
    .execute();
}

/** Stores an incident. */
export function insertIncident(db: Executor, row: Insertable<DB['stability_incidents']>) {
  return db.insertInto('stability_incidents').values(row).execute();
}

/** A district's thresholds, when set. */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('stability_settings')
    .selectAll()
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Stores a district's first thresholds; false when a row appeared meanwhile. */
export async function insertSettings(db: Executor, row: Insertable<DB['stability_settings']>) {
  const r = await db
    .insertInto('stability_settings')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('district_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Changes a district's thresholds at the version read: the rows changed. */
export async function updateSettings(
  db: Executor,
  districtId: string,
  version: number,
  set: { opposition_high_pct: number; opposition_mid_pct: number },
) {
  const r = await db
    .updateTable('stability_settings')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows;
}

/** A district's catalogue of risk sources, by dimension. */
export function findSources(db: Executor, districtId: string) {
  return db
    .selectFrom('stability_sources')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('dimension')
    .orderBy('created_at')
    .execute();
}

/** Stores a risk source unless the district has one of that name in the dimension: true when stored. */
export async function insertSource(db: Executor, row: Insertable<DB['stability_sources']>) {
  const r = await db
    .insertInto('stability_sources')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Assessment rounds waiting for review (submitted) of decisions in scope (inScope on d.node_id). */
export function findWaitingReview(db: Executor, inScope: Where) {
  return db
    .selectFrom('stability_assessments as a')
    .innerJoin('stability_decisions as d', (j) =>
      j.onRef('d.district_id', '=', 'a.district_id').onRef('d.id', '=', 'a.decision_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .select(['d.id', 'd.title', 'n.name as node_name', 'a.level'])
    .where('a.state', '=', 'submitted')
    .where(inScope)
    .orderBy('a.submitted_at')
    .limit(500)
    .execute();
}

/** Open measures due by a day (overdue included) of decisions in scope, by due date. */
export function findMeasuresDue(db: Executor, inScope: Where, by: string) {
  return db
    .selectFrom('stability_measures as m')
    .innerJoin('stability_decisions as d', (j) =>
      j.onRef('d.district_id', '=', 'm.district_id').onRef('d.id', '=', 'm.decision_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .select(['m.id', 'm.content', 'm.due_on', 'd.id as decision_id', 'd.title'])
    .where('m.done_on', 'is', null)
    .where('m.due_on', '<=', by)
    .where(inScope)
    .orderBy('m.due_on')
    .limit(500)
    .execute();
}

/**
 * The dashboard's counts for decisions under a node in a year: decided (by decided_at) and how
 * many of those had a confirmed assessment before; confirmed rounds by level (by confirmed_at);
 * measures due in the year and done on time; incidents in the year.
 */
export async function findFigures(db: Executor, inScope: Where, from: string, to: string, today: string) {
  const r = await db
    .selectFrom('stability_decisions as d')
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .select([
      sql<number>`count(*) FILTER (WHERE d.decided_on >= ${from}::date AND d.decided_on < ${to}::date)::int`.as(
        'decided',
      ),
      sql<number>`count(*) FILTER (WHERE d.decided_on >= ${from}::date AND d.decided_on < ${to}::date
        AND EXISTS (SELECT 1 FROM stability_assessments a WHERE a.district_id = d.district_id
          AND a.decision_id = d.id AND a.round = d.round AND a.state = 'confirmed'
          AND a.confirmed_at <= d.decided_at))::int`.as('decided_assessed'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM stability_assessments a WHERE a.district_id = d.district_id
        AND a.decision_id = d.id AND a.confirmed_level = 'high' AND (a.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date
        AND (a.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date < ${to}::date)), 0)::int`.as('high'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM stability_assessments a WHERE a.district_id = d.district_id
        AND a.decision_id = d.id AND a.confirmed_level = 'mid' AND (a.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date
        AND (a.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date < ${to}::date)), 0)::int`.as('mid'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM stability_assessments a WHERE a.district_id = d.district_id
        AND a.decision_id = d.id AND a.confirmed_level = 'low' AND (a.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date
        AND (a.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date < ${to}::date)), 0)::int`.as('low'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM stability_measures m WHERE m.district_id = d.district_id
        AND m.decision_id = d.id AND m.due_on >= ${from}::date AND m.due_on < ${to}::date
        AND (m.done_on IS NOT NULL OR m.due_on < ${today}::date))), 0)::int`.as('measures_due'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM stability_measures m WHERE m.district_id = d.district_id
        AND m.decision_id = d.id AND m.due_on >= ${from}::date AND m.due_on < ${to}::date
        AND m.done_on IS NOT NULL AND m.done_on <= m.due_on)), 0)::int`.as('measures_on_time'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM stability_incidents i WHERE i.district_id = d.district_id
        AND i.decision_id = d.id AND i.occurred_on >= ${from}::date AND i.occurred_on < ${to}::date)), 0)::int`.as(
        'incidents',
      ),
    ])
    .where(inScope)
    .executeTakeFirstOrThrow();
  return r;
}
