/** SQL of the psych module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/* ---------- service points and counsellors ---------- */

/** Service points (where applies, on p.node_id or p.district_id) with their node's name, by node and name. */
export function findPoints(db: Executor, where: Where) {
  return db
    .selectFrom('psych_points as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('p')
    .select(['n.name as node_name', 'n.path'])
    .where(where)
    .where('p.active', '=', true)
    .orderBy('n.path')
    .orderBy('p.name')
    .limit(2000)
    .execute();
}
export type PointRow = Awaited<ReturnType<typeof findPoints>>[number];

/** Points (alias p) under the paths or in the districts. */
export function pointsWhere(paths: string[], districtIds: string[]): Where {
  const conds = [nodeInPaths('p.node_id', paths)];
  if (districtIds.length) conds.push(sql<SqlBool>`p.district_id IN (${sql.join(districtIds)})`);
  return sql<SqlBool>`(${sql.join(conds, sql` OR `)})`;
}

/** Whether a node already has a point of that name. */
export async function pointNamed(db: Executor, districtId: string, nodeId: string, name: string) {
  const r = await db
    .selectFrom('psych_points')
    .select('id')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!r;
}

/** The active counsellors of some points. */
export function findCounsellors(db: Executor, pointIds: string[]) {
  if (pointIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('psych_counsellors')
    .selectAll()
    .where('point_id', 'in', pointIds)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

/** Stores a point. */
export function insertPoint(db: Executor, row: Insertable<DB['psych_points']>) {
  return db.insertInto('psych_points').values(row).execute();
}

/** Stores counsellors. */
export function insertCounsellors(db: Executor, rows: Insertable<DB['psych_counsellors']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('psych_counsellors').values(rows).execute();
}

/** A counsellor with their point and its node's path. */
export function findCounsellor(db: Executor, id: string) {
  return db
    .selectFrom('psych_counsellors as c')
    .innerJoin('psych_points as p', (j) =>
      j.onRef('p.district_id', '=', 'c.district_id').onRef('p.id', '=', 'c.point_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('c')
    .select(['p.name as point_name', 'p.active as point_active', 'n.path'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/* ---------- bookings ---------- */

/** The live bookings of a counsellor overlapping [from, to). */
export function findTaken(db: Executor, districtId: string, counsellorId: string, from: Date, to: Date) {
  return db
    .selectFrom('psych_bookings')
    .select(sql<Date>`lower(slot)`.as('starts_at'))
    .where('district_id', '=', districtId)
    .where('counsellor_id', '=', counsellorId)
    .where('state', 'in', ['booked', 'done'])
    .where(sql<SqlBool>`slot && tstzrange(${from}, ${to})`)
    .execute();
}

/** Adds a booking (the exclusion constraint refuses an overlap for the counsellor: SQLSTATE 23P01). */
export function insertBooking(
  db: Executor,
  r: Omit<Insertable<DB['psych_bookings']>, 'slot'> & { start: Date; end: Date },
) {
  const { start, end, ...row } = r;
  return db
    .insertInto('psych_bookings')
    .values({ ...row, slot: sql`tstzrange(${start}, ${end}, '[)')` })
    .execute();
}

/** Bookings with their point's and counsellor's names and the counsellor's account. */
function bookingsWithNames(db: Executor) {
  return db
    .selectFrom('psych_bookings as b')
    .innerJoin('psych_counsellors as c', (j) =>
      j.onRef('c.district_id', '=', 'b.district_id').onRef('c.id', '=', 'b.counsellor_id'),
    )
    .innerJoin('psych_points as p', (j) =>
      j.onRef('p.district_id', '=', 'b.district_id').onRef('p.id', '=', 'b.point_id'),
    )
    .select([
      'b.district_id',
      'b.id',
      'b.user_id',
      'b.topic',
      'b.state',
      'b.minutes',
      'b.notes_enc',
      'b.version',
      sql<Date>`lower(b.slot)`.as('starts_at'),
      sql<Date>`upper(b.slot)`.as('ends_at'),
      'c.name as counsellor_name',
      'c.user_id as counsellor_user_id',
      'p.name as point_name',
    ]);
}

/** A resident's bookings, newest first. */
export function findBookingsOf(db: Executor, userId: string) {
  return bookingsWithNames(db)
    .where('b.user_id', '=', userId)
    .orderBy('starts_at', 'desc')
    .limit(200)
    .execute();
}

/** The bookings of the counsellor accounts' rows starting in [from, to). */
export function findBookingsFor(db: Executor, counsellorUserId: string, from: Date, to: Date) {
  return bookingsWithNames(db)
    .where('c.user_id', '=', counsellorUserId)
    .where(sql<SqlBool>`lower(b.slot) >= ${from} AND lower(b.slot) < ${to}`)
    .orderBy('starts_at')
    .limit(500)
    .execute();
}

/** A booking; locked when asked. */
export function findBooking(db: Executor, id: string, lock = false) {
  let q = bookingsWithNames(db).where('b.id', '=', id);
  if (lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}
export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

/** Changes a booking, checking the version. */
export function updateBooking(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['psych_bookings']>,
) {
  return updateVersioned(db, 'psych_bookings', { districtId, id, version }, set);
}

/* ---------- screening ---------- */

/** Screening campaigns under the scope held in [from, to), newest first. */
export function findScreenings(db: Executor, inScope: Where, from: string, to: string) {
  return db
    .selectFrom('psych_screenings as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select('n.name as node_name')
    .where(inScope)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<', to)
    .orderBy('s.held_on', 'desc')
    .limit(2000)
    .execute();
}

/** Stores a screening campaign. */
export function insertScreening(db: Executor, row: Insertable<DB['psych_screenings']>) {
  return db.insertInto('psych_screenings').values(row).execute();
}

/* ---------- patients ---------- */

/** Patients with their node's name and path. */
function patientsWithNode(db: Executor) {
  return db
    .selectFrom('psych_patients as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('p')
    .select(['n.name as node_name', 'n.path']);
}

/** Patients (alias p) under the paths or of the grid worker, and under underPath when given. */
export function patientsWhere(paths: string[], workerId: string | null, underPath?: string): Where {
  const conds = [nodeInPaths('p.node_id', paths)];
  if (workerId) conds.push(sql<SqlBool>`p.grid_worker_id = ${workerId}`);
  const any = sql<SqlBool>`(${sql.join(conds, sql` OR `)})`;
  return underPath ? sql<SqlBool>`${any} AND ${nodeInPaths('p.node_id', [underPath])}` : any;
}

/** Patients where applies (scope, or the grid worker's own), by node then registration. */
export function findPatients(db: Executor, where: Where) {
  return patientsWithNode(db).where(where).orderBy('n.path').orderBy('p.registered_on').limit(5000).execute();
}

/** A patient; locked when asked. */
export function findPatient(db: Executor, id: string, lock = false) {
  let q = patientsWithNode(db).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PatientRow = NonNullable<Awaited<ReturnType<typeof findPatient>>>;

/** Whether a district's register already holds an ID number (by its blind index). */
export async function patientIdTaken(db: Executor, districtId: string, idIndex: Buffer) {
  const r = await db
    .selectFrom('psych_patients')
    .select('id')
    .where('district_id', '=', districtId)
    .where('id_index', '=', idIndex)
    .executeTakeFirst();
  return !!r;
}

/** Stores patients. */
export function insertPatients(db: Executor, rows: Insertable<DB['psych_patients']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('psych_patients').values(rows).execute();
}

/** Changes a patient, checking the version. */
export function updatePatient(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['psych_patients']>,
) {
  return updateVersioned(db, 'psych_patients', { districtId, id, version }, set);
}

/** A patient's follow-ups, newest first. */
export function findFollowups(db: Executor, districtId: string, patientId: string) {
  return db
    .selectFrom('psych_followups')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('patient_id', '=', patientId)
    .orderBy('visited_on', 'desc')
    .limit(500)
    .execute();
}

/** Stores a follow-up. */
export function insertFollowup(db: Executor, row: Insertable<DB['psych_followups']>) {
  return db.insertInto('psych_followups').values(row).execute();
}

/* ---------- 服药补贴 ---------- */

/** Subsidy applications (where applies on p, the patient) with the patient's masks and node, newest first. */
export function findSubsidies(db: Executor, where: Where, state?: string) {
  let q = db
    .selectFrom('psych_subsidies as s')
    .innerJoin('psych_patients as p', (j) =>
      j.onRef('p.district_id', '=', 's.district_id').onRef('p.id', '=', 's.patient_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('s')
    .select([
      'p.name_mask',
      'p.huji',
      'p.grid_worker_id',
      'n.name as node_name',
      'n.path',
      sql<string[]>`coalesce((SELECT array_agg(m.month ORDER BY m.month) FROM psych_payments m
        WHERE m.district_id = s.district_id AND m.subsidy_id = s.id), '{}')`.as('paid_months'),
    ])
    .where(where);
  if (state) q = q.where('s.state', '=', state);
  return q.orderBy('s.applied_on', 'desc').limit(2000).execute();
}
export type SubsidyRow = Awaited<ReturnType<typeof findSubsidies>>[number];

/** One subsidy application (as findSubsidies), locked when asked. */
export async function findSubsidy(db: Executor, id: string, lock = false) {
  if (lock) await db.selectFrom('psych_subsidies').select('id').where('id', '=', id).forUpdate().execute();
  return (await findSubsidies(db, sql<SqlBool>`s.id = ${id}`))[0];
}

/** Stores an application. */
export function insertSubsidy(db: Executor, row: Insertable<DB['psych_subsidies']>) {
  return db.insertInto('psych_subsidies').values(row).execute();
}

/** Changes an application, checking the version. */
export function updateSubsidy(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['psych_subsidies']>,
) {
  return updateVersioned(db, 'psych_subsidies', { districtId, id, version }, set);
}

/** Records a month's payment; false when that month was already paid. */
export async function insertPayment(db: Executor, row: Insertable<DB['psych_payments']>) {
  const r = await db
    .insertInto('psych_payments')
    .values(row)
    .onConflict((c) => c.doNothing())
    .returning('month')
    .executeTakeFirst();
  return !!r;
}

/* ---------- figures ---------- */

/** The figures under some subtree roots (as a node condition on alias x) in [from, to). */
export async function findFigures(db: Executor, paths: string[], from: string, to: string) {
  const under = (alias: string) => nodeInPaths(`${alias}.node_id`, paths);
  const r = await sql<{
    minutes: number;
    sessions: number;
    screened: number;
    flagged: number;
    patients: number;
    followups: number;
    on_time: number;
    granted: number;
  }>`SELECT
      (SELECT coalesce(sum(b.minutes), 0)::int FROM psych_bookings b JOIN psych_points p
        ON p.district_id = b.district_id AND p.id = b.point_id
        WHERE ${under('p')} AND b.state = 'done' AND lower(b.slot) >= ${from}::date AND lower(b.slot) < ${to}::date) AS minutes,
      (SELECT count(*)::int FROM psych_bookings b JOIN psych_points p
        ON p.district_id = b.district_id AND p.id = b.point_id
        WHERE ${under('p')} AND b.state = 'done' AND lower(b.slot) >= ${from}::date AND lower(b.slot) < ${to}::date) AS sessions,
      (SELECT coalesce(sum(s.screened), 0)::int FROM psych_screenings s
        WHERE ${under('s')} AND s.held_on >= ${from}::date AND s.held_on < ${to}::date) AS screened,
      (SELECT coalesce(sum(s.flagged), 0)::int FROM psych_screenings s
        WHERE ${under('s')} AND s.held_on >= ${from}::date AND s.held_on < ${to}::date) AS flagged,
      (SELECT count(*)::int FROM psych_patients p WHERE ${under('p')}) AS patients,
      (SELECT count(*)::int FROM psych_followups f JOIN psych_patients p
        ON p.district_id = f.district_id AND p.id = f.patient_id
        WHERE ${under('p')} AND f.visited_on >= ${from}::date AND f.visited_on < ${to}::date) AS followups,
      (SELECT count(*)::int FROM psych_followups f JOIN psych_patients p
        ON p.district_id = f.district_id AND p.id = f.patient_id
        WHERE ${under('p')} AND f.on_time AND f.visited_on >= ${from}::date AND f.visited_on < ${to}::date) AS on_time,
      (SELECT count(*)::int FROM psych_subsidies s JOIN psych_patients p
        ON p.district_id = s.district_id AND p.id = s.patient_id
        WHERE ${under('p')} AND s.state = 'approved' AND s.decided_on >= ${from}::date AND s.decided_on < ${to}::date) AS granted`.execute(
    db,
  );
  return r.rows[0];
}

/** Screened and flagged per population group under the roots in [from, to). */
export function findScreeningByGroup(db: Executor, inScope: Where, from: string, to: string) {
  return db
    .selectFrom('psych_screenings as s')
    .select([
      's.population',
      sql<number>`sum(s.screened)::int`.as('screened'),
      sql<number>`sum(s.flagged)::int`.as('flagged'),
    ])
    .where(inScope)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<', to)
    .groupBy('s.population')
    .execute();
}

/** The subsidies (alias s) of one patient. */
export function subsidyOfPatient(districtId: string, patientId: string): Where {
  return sql<SqlBool>`s.district_id = ${districtId} AND s.patient_id = ${patientId}`;
}

/** Either condition. */
export function eitherWhere(a: Where, b: Where): Where {
  return sql<SqlBool>`(${a} OR ${b})`;
}

/** The blind indexes of a district's register already there. */
export async function findIdIndexes(db: Executor, districtId: string) {
  const rows = await db
    .selectFrom('psych_patients')
    .select('id_index')
    .where('district_id', '=', districtId)
    .execute();
  return new Set(rows.map((r) => r.id_index.toString('hex')));
}

/** Bookings of the counsellor account starting in [from, to) still to be held: the home to-do. */
export function findBookingsToHold(db: Executor, counsellorUserId: string, from: Date, to: Date) {
  return findBookingsFor(db, counsellorUserId, from, to).then((rows) =>
    rows.filter((r) => r.state === 'booked'),
  );
}
