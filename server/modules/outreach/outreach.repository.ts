/** SQL of the outreach module (双报到): its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** A district's nodes of some levels, by path (communities to report to, units to work in). */
export function findPlaces(db: Executor, districtId: string, levels: readonly string[]) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'level'])
    .where('district_id', '=', districtId)
    .where('level', 'in', [...levels])
    .orderBy('path')
    .limit(5000)
    .execute();
}

/** The names of some nodes. */
export function findNodeNames(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).orderBy('path').execute();
}

/** Reports with their community, unit, programme, confirmed hours, waiting services and rating. */
function reportsWith(db: Executor) {
  return db
    .selectFrom('outreach_reports as r')
    .innerJoin('org_nodes as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.community_id'),
    )
    .innerJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'r.district_id').onRef('u.id', '=', 'r.unit_node_id'),
    )
    .leftJoin('outreach_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'r.district_id').onRef('p.id', '=', 'r.programme_id'),
    )
    .leftJoin('outreach_feedback as f', (j) =>
      j.onRef('f.district_id', '=', 'r.district_id').onRef('f.report_id', '=', 'r.id'),
    )
    .selectAll('r')
    .select([
      'c.name as community_name',
      'c.path as community_path',
      'u.name as unit_name',
      'u.path as unit_path',
      'p.name as programme_name',
      'p.kind as programme_kind',
      'f.rating',
      sql<number>`(SELECT coalesce(sum(s.half_hours), 0)::int FROM outreach_services s
        WHERE s.district_id = r.district_id AND s.report_id = r.id AND s.state = 'confirmed')`.as(
        'half_hours',
      ),
      sql<number>`(SELECT count(*)::int FROM outreach_services s
        WHERE s.district_id = r.district_id AND s.report_id = r.id AND s.state = 'recorded')`.as('waiting'),
    ]);
}

/** Reports of a year matching where (scope on the community or the unit), by community then name. */
export function findReports(db: Executor, where: Where, f: { year: number; state?: string }) {
  let q = reportsWith(db).where(where).where('r.year', '=', f.year);
  if (f.state) q = q.where('r.state', '=', f.state);
  return q.orderBy('c.path').orderBy('r.member_name').limit(10_000).execute();
}

/** One report; locked when asked. */
export function findReport(db: Executor, id: string, lock = false) {
  let q = reportsWith(db).where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** A member's report of a year; locked when asked. */
export function findMemberReport(
  db: Executor,
  districtId: string,
  year: number,
  personId: string,
  lock = false,
) {
  let q = reportsWith(db)
    .where('r.district_id', '=', districtId)
    .where('r.year', '=', year)
    .where('r.person_id', '=', personId);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}

/** Stores a report (a pre-registration repeated for the same member and year adds nothing). */
export function insertReport(db: Executor, row: Insertable<DB['outreach_reports']>) {
  return db
    .insertInto('outreach_reports')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'year', 'person_id']).doNothing())
    .executeTakeFirst();
}

/** Changes a report, checking the version. */
export function updateReport(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['outreach_reports']>,
) {
  return updateVersioned(db, 'outreach_reports', { districtId, id, version }, set);
}

/** The persons already holding a report of a district's year. */
export function findReportedPersons(db: Executor, districtId: string, year: number) {
  return db
    .selectFrom('outreach_reports')
    .select('person_id')
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .execute();
}

/** A report's services, newest first. */
export function findServices(db: Executor, districtId: string, reportId: string) {
  return db
    .selectFrom('outreach_services')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('report_id', '=', reportId)
    .orderBy('served_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(2000)
    .execute();
}

/** One service with its report's member and community path; locked when asked. */
export function findService(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('outreach_services as s')
    .innerJoin('outreach_reports as r', (j) =>
      j.onRef('r.district_id', '=', 's.district_id').onRef('r.id', '=', 's.report_id'),
    )
    .innerJoin('org_nodes as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.community_id'),
    )
    .selectAll('s')
    .select(['r.user_id', 'r.member_name', 'c.path'])
    .where('s.id', '=', id);
  if (lock) q = q.forUpdate('s');
  return q.executeTakeFirst();
}

/** Stores a service. */
export function insertService(db: Executor, row: Insertable<DB['outreach_services']>) {
  return db.insertInto('outreach_services').values(row).execute();
}

/** Changes a service, checking the version. */
export function updateService(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['outreach_services']>,
) {
  return updateVersioned(db, 'outreach_services', { districtId, id, version }, set);
}

/** A report's pledges, by due day. */
export function findPledges(db: Executor, districtId: string, reportId: string) {
  return db
    .selectFrom('outreach_pledges')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('report_id', '=', reportId)
    .orderBy('due_on')
    .limit(200)
    .execute();
}

/** One pledge with its report's member (person). */
export function findPledge(db: Executor, id: string) {
  return db
    .selectFrom('outreach_pledges as g')
    .innerJoin('outreach_reports as r', (j) =>
      j.onRef('r.district_id', '=', 'g.district_id').onRef('r.id', '=', 'g.report_id'),
    )
    .selectAll('g')
    .select(['r.person_id'])
    .where('g.id', '=', id)
    .executeTakeFirst();
}

/** Stores a pledge. */
export function insertPledge(db: Executor, row: Insertable<DB['outreach_pledges']>) {
  return db.insertInto('outreach_pledges').values(row).execute();
}

/** Changes a pledge, checking the version. */
export function updatePledge(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['outreach_pledges']>,
) {
  return updateVersioned(db, 'outreach_pledges', { districtId, id, version }, set);
}

/** A report's feedback. */
export function findFeedback(db: Executor, districtId: string, reportId: string) {
  return db
    .selectFrom('outreach_feedback')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('report_id', '=', reportId)
    .executeTakeFirst();
}

/** Stores the feedback once (numInsertedOrUpdatedRows 0n when one was sent already). */
export function insertFeedback(db: Executor, row: Insertable<DB['outreach_feedback']>) {
  return db
    .insertInto('outreach_feedback')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'report_id']).doNothing())
    .executeTakeFirst();
}

/** Marks a feedback read by the unit (the first time only). */
export function markFeedbackRead(db: Executor, districtId: string, reportId: string) {
  return db
    .updateTable('outreach_feedback')
    .set({ read_at: new Date() })
    .where('district_id', '=', districtId)
    .where('report_id', '=', reportId)
    .where('read_at', 'is', null)
    .execute();
}

/** Programmes of a year matching where (on p.node_id), with the places taken and confirmed hours. */
export function findProgrammes(db: Executor, where: Where, year: number) {
  return db
    .selectFrom('outreach_programmes as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .selectAll('p')
    .select([
      'n.name as node_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM outreach_reports r WHERE r.district_id = p.district_id
        AND r.programme_id = p.id AND r.state = 'accepted')`.as('taken'),
      sql<number>`(SELECT coalesce(sum(s.half_hours), 0)::int FROM outreach_services s
        JOIN outreach_reports r ON r.district_id = s.district_id AND r.id = s.report_id
        WHERE r.district_id = p.district_id AND r.programme_id = p.id AND s.state = 'confirmed')`.as(
        'half_hours',
      ),
    ])
    .where(where)
    .where('p.year', '=', year)
    .orderBy('n.path')
    .orderBy('p.name')
    .limit(2000)
    .execute();
}

/** Programmes of a year on the nodes at or above a path (a community's own, its street's, the district's). */
export function findProgrammesAbove(db: Executor, districtId: string, path: string, year: number) {
  return findProgrammes(db, sql<SqlBool>`p.district_id = ${districtId} AND ${path} LIKE n.path || '%'`, year);
}

/** Reports whose community or unit lies under one of the paths. */
export function communityOrUnitIn(paths: string[]): Where {
  return sql<SqlBool>`(${nodeInPaths('r.community_id', paths)} OR ${nodeInPaths('r.unit_node_id', paths)})`;
}

/** One programme (locked: places are counted under it). */
export function findProgramme(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('outreach_programmes as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .selectAll('p')
    .select('n.path')
    .where('p.district_id', '=', districtId)
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst();
}

/** Accepted members placed in a programme. */
export async function countTaken(db: Executor, districtId: string, programmeId: string) {
  const r = await db
    .selectFrom('outreach_reports')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('programme_id', '=', programmeId)
    .where('state', '=', 'accepted')
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Stores a programme (numInsertedOrUpdatedRows 0n when the node has one of that name that year). */
export function insertProgramme(db: Executor, row: Insertable<DB['outreach_programmes']>) {
  return db
    .insertInto('outreach_programmes')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'year', 'name']).doNothing())
    .executeTakeFirst();
}

/** Reports waiting for a community in scope to accept. */
export function findWaitingReports(db: Executor, inScope: Where) {
  return db
    .selectFrom('outreach_reports as r')
    .select(['r.id', 'r.member_name', 'r.reported_at'])
    .where(inScope)
    .where('r.state', '=', 'reported')
    .orderBy('r.reported_at')
    .limit(200)
    .execute();
}

/** Services waiting for a community in scope to confirm. */
export function findWaitingServices(db: Executor, inScope: Where) {
  return db
    .selectFrom('outreach_services as s')
    .innerJoin('outreach_reports as r', (j) =>
      j.onRef('r.district_id', '=', 's.district_id').onRef('r.id', '=', 's.report_id'),
    )
    .select(['s.id', 's.report_id', 's.served_on', 's.content', 'r.member_name'])
    .where(inScope)
    .where('s.state', '=', 'recorded')
    .orderBy('s.served_on')
    .limit(500)
    .execute();
}

/** A person's open pledges due by a day. */
export function findDuePledges(db: Executor, personId: string, by: string) {
  return db
    .selectFrom('outreach_pledges as g')
    .innerJoin('outreach_reports as r', (j) =>
      j.onRef('r.district_id', '=', 'g.district_id').onRef('r.id', '=', 'g.report_id'),
    )
    .select(['g.id', 'g.content', 'g.due_on'])
    .where('r.person_id', '=', personId)
    .where('g.state', '=', 'open')
    .where('g.due_on', '<=', by)
    .orderBy('g.due_on')
    .limit(50)
    .execute();
}

/** Feedback not yet read by the units given (exactly these nodes). */
export function findUnreadFeedback(db: Executor, unitIds: string[]) {
  return db
    .selectFrom('outreach_feedback as f')
    .innerJoin('outreach_reports as r', (j) =>
      j.onRef('r.district_id', '=', 'f.district_id').onRef('r.id', '=', 'f.report_id'),
    )
    .select(['r.id', 'r.member_name', 'r.year', 'f.rating'])
    .where('r.unit_node_id', 'in', unitIds)
    .where('f.read_at', 'is', null)
    .orderBy('f.sent_at', 'desc')
    .limit(500)
    .execute();
}

/** Per community in where (on r.community_id): reported, accepted, active in a period, hours. */
export function findCommunityFigures(db: Executor, where: Where, year: number, from: string, to: string) {
  return db
    .selectFrom('outreach_reports as r')
    .innerJoin('org_nodes as c', (j) =>
      j.onRef('c.district_id', '=', 'r.district_id').onRef('c.id', '=', 'r.community_id'),
    )
    .select([
      'c.id',
      'c.name',
      sql<number>`count(*) FILTER (WHERE r.state IN ('reported', 'accepted'))::int`.as('reported'),
      sql<number>`count(*) FILTER (WHERE r.state = 'accepted')::int`.as('accepted'),
      sql<number>`count(*) FILTER (WHERE r.state = 'accepted' AND EXISTS (SELECT 1 FROM outreach_services s
        WHERE s.district_id = r.district_id AND s.report_id = r.id AND s.state <> 'returned'
        AND s.served_on >= ${from}::date AND s.served_on < ${to}::date))::int`.as('active'),
      sql<number>`coalesce(sum((SELECT coalesce(sum(s.half_hours), 0) FROM outreach_services s
        WHERE s.district_id = r.district_id AND s.report_id = r.id AND s.state = 'confirmed')), 0)::int`.as(
        'half_hours',
      ),
    ])
    .where(where)
    .where('r.year', '=', year)
    .groupBy(['c.id', 'c.name', 'c.path'])
    .orderBy('c.path')
    .limit(2000)
    .execute();
}

/** Accepted members and confirmed hours by programme kind (unplaced members under null). */
export function findKindFigures(db: Executor, where: Where, year: number) {
  return db
    .selectFrom('outreach_reports as r')
    .leftJoin('outreach_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'r.district_id').onRef('p.id', '=', 'r.programme_id'),
    )
    .select([
      'p.kind',
      sql<number>`count(*)::int`.as('members'),
      sql<number>`coalesce(sum((SELECT coalesce(sum(s.half_hours), 0) FROM outreach_services s
        WHERE s.district_id = r.district_id AND s.report_id = r.id AND s.state = 'confirmed')), 0)::int`.as(
        'half_hours',
      ),
    ])
    .where(where)
    .where('r.year', '=', year)
    .where('r.state', '=', 'accepted')
    .groupBy('p.kind')
    .execute();
}

/** Pledges of a year's accepted members of one community (the public 亮身份 page). */
export function findCommunityPledges(db: Executor, communityId: string, year: number) {
  return db
    .selectFrom('outreach_pledges as g')
    .innerJoin('outreach_reports as r', (j) =>
      j.onRef('r.district_id', '=', 'g.district_id').onRef('r.id', '=', 'g.report_id'),
    )
    .leftJoin('outreach_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'r.district_id').onRef('p.id', '=', 'r.programme_id'),
    )
    .select(['r.member_name', 'p.name as programme_name', 'g.content', 'g.due_on', 'g.state', 'g.fulfilment'])
    .where('r.community_id', '=', communityId)
    .where('r.year', '=', year)
    .where('r.state', '=', 'accepted')
    .orderBy('g.due_on')
    .limit(500)
    .execute();
}
