/** SQL of the incentives module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** A district's measure catalogue, by code. */
export function findMeasures(db: Executor, districtId: string) {
  return db
    .selectFrom('incentives_measures')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('code')
    .execute();
}

/** One measure of a district; locked when asked (the quota check holds it until commit). */
export function findMeasure(db: Executor, districtId: string, code: string, lock = false) {
  let q = db
    .selectFrom('incentives_measures')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('code', '=', code);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Stores measures that are not there yet (the defaults on a district's first use). */
export function insertMeasures(db: Executor, rows: Insertable<DB['incentives_measures']>[]) {
  return db
    .insertInto('incentives_measures')
    .values(rows)
    .onConflict((oc) => oc.columns(['district_id', 'code']).doNothing())
    .execute();
}

/** Stores a measure or replaces its wording, area, rest days, quota and whether it is in use. */
export function upsertMeasure(db: Executor, row: Insertable<DB['incentives_measures']>) {
  return db
    .insertInto('incentives_measures')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'code']).doUpdateSet({
        area: row.area,
        name: row.name,
        description: row.description,
        rest_days: row.rest_days,
        quota: row.quota,
        active: row.active,
        version: sql`incentives_measures.version + 1`,
      }),
    )
    .execute();
}

/** Grants with their unit's name and path and their measure. */
function grantsWithNode(db: Executor) {
  return db
    .selectFrom('incentives_grants as g')
    .innerJoin('org_nodes as n', nodeJoin('g'))
    .innerJoin('incentives_measures as m', (j) =>
      j.onRef('m.district_id', '=', 'g.district_id').onRef('m.code', '=', 'g.measure_code'),
    )
    .selectAll('g')
    .select(['n.name as node_name', 'n.path', 'm.name as measure_name', 'm.area', 'm.quota']);
}

/** Grants in scope (inScope on g.node_id), of a year and a state, newest first. */
export function findGrants(db: Executor, inScope: Where, f: { year?: number; state?: string } = {}) {
  let q = grantsWithNode(db).where(inScope);
  if (f.year) q = q.where('g.year', '=', f.year);
  if (f.state) q = q.where('g.state', '=', f.state);
  return q.orderBy('g.proposed_at', 'desc').limit(5000).execute();
}

/** One grant with its unit and measure; locked when asked. */
export function findGrant(db: Executor, id: string, lock = false) {
  let q = grantsWithNode(db).where('g.id', '=', id);
  if (lock) q = q.forUpdate('g');
  return q.executeTakeFirst();
}
export type GrantRow = NonNullable<Awaited<ReturnType<typeof findGrant>>>;

/** A person's grants in a district, newest first. */
export function findGrantsOfPerson(db: Executor, districtId: string, personId: string) {
  return grantsWithNode(db)
    .where('g.district_id', '=', districtId)
    .where('g.person_id', '=', personId)
    .orderBy('g.proposed_at', 'desc')
    .execute();
}

/** Stores a grant. */
export function insertGrant(db: Executor, row: Insertable<DB['incentives_grants']>) {
  return db.insertInto('incentives_grants').values(row).execute();
}

/** Whether a proposed or approved grant already follows an order for a cadre and measure. */
export async function findStandingForOrder(
  db: Executor,
  districtId: string,
  orderId: string,
  personId: string,
  measureCode: string,
) {
  const r = await db
    .selectFrom('incentives_grants')
    .select('id')
    .where('district_id', '=', districtId)
    .where('order_id', '=', orderId)
    .where('person_id', '=', personId)
    .where('measure_code', '=', measureCode)
    .where('state', 'in', ['proposed', 'approved'])
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Changes a grant, checking the version. */
export function updateGrant(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['incentives_grants']>,
) {
  return updateVersioned(db, 'incentives_grants', { districtId, id, version }, set);
}

/** The approved grants of a measure for a unit in a year (the quota's count). */
export async function countApproved(
  db: Executor,
  districtId: string,
  code: string,
  nodeId: string,
  year: number,
) {
  const r = await db
    .selectFrom('incentives_grants')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('measure_code', '=', code)
    .where('node_id', '=', nodeId)
    .where('year', '=', year)
    .where('state', '=', 'approved')
    .executeTakeFirstOrThrow();
  return r.n;
}

/** The next gapless document number of a district's kind and year (the row is locked until commit). */
export async function nextNumber(db: Executor, districtId: string, kind: 'decision' | 'rest', year: number) {
  const r = await db
    .insertInto('incentives_numbers')
    .values({ district_id: districtId, kind, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'kind', 'year']).doUpdateSet({ last: sql`incentives_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** Rest bookings with their unit, their grant's measure and decision number. */
function restsWithNode(db: Executor) {
  return db
    .selectFrom('incentives_rests as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .innerJoin('incentives_grants as g', (j) =>
      j.onRef('g.district_id', '=', 'r.district_id').onRef('g.id', '=', 'r.grant_id'),
    )
    .innerJoin('incentives_measures as m', (j) =>
      j.onRef('m.district_id', '=', 'g.district_id').onRef('m.code', '=', 'g.measure_code'),
    )
    .selectAll('r')
    .select(['n.name as node_name', 'n.path', 'm.name as measure_name', 'g.decision_year', 'g.decision_no']);
}

/** Rest bookings in scope (inScope on r.node_id), starting in a year, of a state, by start. */
export function findRests(db: Executor, inScope: Where, f: { year?: number; state?: string } = {}) {
  let q = restsWithNode(db).where(inScope);
  if (f.year)
    q = q.where('r.starts_on', '>=', `${f.year}-01-01`).where('r.starts_on', '<', `${f.year + 1}-01-01`);
  if (f.state) q = q.where('r.state', '=', f.state);
  return q.orderBy('r.starts_on', 'desc').limit(5000).execute();
}

/** A person's rest bookings in a district, by start. */
export function findRestsOfPerson(db: Executor, districtId: string, personId: string) {
  return restsWithNode(db)
    .where('r.district_id', '=', districtId)
    .where('r.person_id', '=', personId)
    .orderBy('r.starts_on', 'desc')
    .execute();
}

/** One rest booking; locked when asked. */
export function findRest(db: Executor, id: string, lock = false) {
  let q = restsWithNode(db).where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}
export type RestRow = NonNullable<Awaited<ReturnType<typeof findRest>>>;

/** Serialises the bookings of one person until commit (no two overlapping periods booked at once). */
export async function lockPerson(db: Executor, districtId: string, personId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`incentives.rest/${districtId}/${personId}`}))`.execute(
    db,
  );
}

/** A person's bookings that hold their days (requested or approved). */
export function findHeldRests(db: Executor, districtId: string, personId: string) {
  return db
    .selectFrom('incentives_rests')
    .select(['grant_id', 'starts_on', 'ends_on', 'days'])
    .where('district_id', '=', districtId)
    .where('person_id', '=', personId)
    .where('state', 'in', ['requested', 'approved'])
    .execute();
}

/** Stores a rest booking. */
export function insertRest(db: Executor, row: Insertable<DB['incentives_rests']>) {
  return db.insertInto('incentives_rests').values(row).execute();
}

/** Changes a rest booking, checking the version. */
export function updateRest(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['incentives_rests']>,
) {
  return updateVersioned(db, 'incentives_rests', { districtId, id, version }, set);
}

/** Care records in scope (inScope on c.node_id) done in [from, to), newest first. */
export function findCare(db: Executor, inScope: Where, from: string, to: string) {
  return db
    .selectFrom('incentives_care as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .selectAll('c')
    .select(['n.name as node_name', 'n.path'])
    .where(inScope)
    .where('c.done_on', '>=', from)
    .where('c.done_on', '<', to)
    .orderBy('c.done_on', 'desc')
    .limit(5000)
    .execute();
}

/** One care record with its unit's path; locked when asked. */
export function findCareRecord(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('incentives_care as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .selectAll('c')
    .select(['n.name as node_name', 'n.path'])
    .where('c.id', '=', id);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}

/** Stores a care record. */
export function insertCare(db: Executor, row: Insertable<DB['incentives_care']>) {
  return db.insertInto('incentives_care').values(row).execute();
}

/** Changes a care record, checking the version. */
export function updateCare(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['incentives_care']>,
) {
  return updateVersioned(db, 'incentives_care', { districtId, id, version }, set);
}

/** Talks in scope (inScope on t.node_id) held in [from, to), newest first. */
export function findTalks(db: Executor, inScope: Where, from: string, to: string) {
  return db
    .selectFrom('incentives_talks as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .selectAll('t')
    .select(['n.name as node_name'])
    .where(inScope)
    .where('t.talked_on', '>=', from)
    .where('t.talked_on', '<', to)
    .orderBy('t.talked_on', 'desc')
    .limit(5000)
    .execute();
}

/** Stores a talk. */
export function insertTalk(db: Executor, row: Insertable<DB['incentives_talks']>) {
  return db.insertInto('incentives_talks').values(row).execute();
}

/** Care follow-ups not done, due by a day (overdue included), in scope. */
export function findFollowUpsDue(db: Executor, inScope: Where, by: string) {
  return db
    .selectFrom('incentives_care as c')
    .select(['c.id', 'c.person_name', 'c.kind', 'c.follow_up_on'])
    .where(inScope)
    .where('c.follow_up_on', '<=', by)
    .where('c.follow_up_done_on', 'is', null)
    .orderBy('c.follow_up_on')
    .limit(500)
    .execute();
}

/**
 * The figures of a year under a scope: approved grants by area and month of approval (Asia/Shanghai),
 * distinct cadres covered by them, approved rest days begun by today, care records, talks.
 */
export async function findFigures(db: Executor, scope: (col: string) => Where, year: number, today: string) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const month = sql<number>`extract(month from (g.decided_at AT TIME ZONE 'Asia/Shanghai'))::int`;
  const grants = await db
    .selectFrom('incentives_grants as g')
    .innerJoin('incentives_measures as m', (j) =>
      j.onRef('m.district_id', '=', 'g.district_id').onRef('m.code', '=', 'g.measure_code'),
    )
    .select(['m.area', month.as('month'), sql<number>`count(*)::int`.as('n')])
    .where(scope('g.node_id'))
    .where('g.state', '=', 'approved')
    .where(sql<SqlBool>`(g.decided_at AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date`)
    .where(sql<SqlBool>`(g.decided_at AT TIME ZONE 'Asia/Shanghai')::date < ${to}::date`)
    .groupBy(['m.area', month])
    .execute();
  const cadres = await db
    .selectFrom('incentives_grants as g')
    .select(sql<number>`count(DISTINCT g.person_id)::int`.as('n'))
    .where(scope('g.node_id'))
    .where('g.state', '=', 'approved')
    .where(sql<SqlBool>`(g.decided_at AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date`)
    .where(sql<SqlBool>`(g.decided_at AT TIME ZONE 'Asia/Shanghai')::date < ${to}::date`)
    .executeTakeFirstOrThrow();
  const rest = await db
    .selectFrom('incentives_rests as r')
    .select(sql<number>`COALESCE(sum(r.days), 0)::int`.as('n'))
    .where(scope('r.node_id'))
    .where('r.state', '=', 'approved')
    .where('r.starts_on', '>=', from)
    .where('r.starts_on', '<', to)
    .where('r.starts_on', '<=', today)
    .executeTakeFirstOrThrow();
  const care = await db
    .selectFrom('incentives_care as c')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(scope('c.node_id'))
    .where('c.done_on', '>=', from)
    .where('c.done_on', '<', to)
    .executeTakeFirstOrThrow();
  const talks = await db
    .selectFrom('incentives_talks as t')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(scope('t.node_id'))
    .where('t.talked_on', '>=', from)
    .where('t.talked_on', '<', to)
    .executeTakeFirstOrThrow();
  return { grants, cadres: cadres.n, restDays: rest.n, care: care.n, talks: talks.n };
}
