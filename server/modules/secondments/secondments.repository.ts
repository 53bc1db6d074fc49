/** SQL of the secondments module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Stores a batch and its streets. */
export async function insertBatch(
  db: Executor,
  row: Insertable<DB['secondments_batches']>,
  streets: { streetId: string; unit: string }[],
) {
  await db.insertInto('secondments_batches').values(row).execute();
  await db
    .insertInto('secondments_streets')
    .values(
      streets.map((s) => ({
        district_id: row.district_id,
        batch_id: row.id,
        street_id: s.streetId,
        unit: s.unit,
      })),
    )
    .execute();
}

const batchBase = (db: Executor) =>
  db
    .selectFrom('secondments_batches as b')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'b.district_id').onRef('n.id', '=', 'b.node_id'),
    )
    .selectAll('b')
    .select(['n.path', 'n.name as node_name']);

/** A batch with its node's path; locked when asked. */
export function findBatch(db: Executor, id: string, lock = false) {
  let q = batchBase(db).where('b.id', '=', id);
  if (lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}
export type BatchRow = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

/**
 * Batches overlapping a year, of nodes in scope (organisation department), or receiving a street in
 * scope (street office), or holding a person (the cadre).
 */
export function findBatches(
  db: Executor,
  q: { inScope?: Where; streetsIn?: Where; personId?: string; year?: number },
) {
  let s = batchBase(db).orderBy('b.starts_on', 'desc').orderBy('b.id').limit(1000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.streetsIn)
    s = s.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('secondments_streets as ss')
          .select('ss.street_id')
          .whereRef('ss.district_id', '=', 'b.district_id')
          .whereRef('ss.batch_id', '=', 'b.id')
          .where(q.streetsIn!),
      ),
    );
  if (q.personId)
    s = s.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('secondments_assignments as a')
          .select('a.id')
          .whereRef('a.district_id', '=', 'b.district_id')
          .whereRef('a.batch_id', '=', 'b.id')
          .where('a.person_id', '=', q.personId!),
      ),
    );
  if (q.year) s = s.where('b.starts_on', '<=', `${q.year}-12-31`).where('b.ends_on', '>=', `${q.year}-01-01`);
  return s.execute();
}

/** The streets of some batches with their names, paths, the latest progress and cadre counts. */
export function findStreets(db: Executor, batchIds: string[]) {
  if (!batchIds.length) return Promise.resolve([]);
  return db
    .selectFrom('secondments_streets as s')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 's.district_id').onRef('n.id', '=', 's.street_id'),
    )
    .select([
      's.batch_id',
      's.street_id',
      's.unit',
      'n.name as street_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM secondments_assignments a
        WHERE a.district_id = s.district_id AND a.batch_id = s.batch_id AND a.street_id = s.street_id)`.as(
        'cadres',
      ),
    ])
    .where('s.batch_id', 'in', batchIds)
    .orderBy('n.name')
    .execute();
}
export type StreetRow = Awaited<ReturnType<typeof findStreets>>[number];

/** The progress entries of some batches, oldest first. */
export function findProgress(db: Executor, batchIds: string[]) {
  if (!batchIds.length) return Promise.resolve([]);
  return db
    .selectFrom('secondments_progress')
    .select(['batch_id', 'street_id', 'recorded_on', 'target', 'done'])
    .where('batch_id', 'in', batchIds)
    .orderBy('recorded_on')
    .execute();
}

/** Records a street's target and completed volume on a day (the day's entry replaced). */
export function upsertProgress(db: Executor, row: Insertable<DB['secondments_progress']>) {
  return db
    .insertInto('secondments_progress')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'batch_id', 'street_id', 'recorded_on']).doUpdateSet({
        target: row.target,
        done: row.done,
        recorded_by: row.recorded_by,
        created_at: sql`now()`,
      }),
    )
    .execute();
}

/** Stores an assignment (nothing when the cadre is already in the batch). */
export function insertAssignment(db: Executor, row: Insertable<DB['secondments_assignments']>) {
  return db
    .insertInto('secondments_assignments')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'batch_id', 'person_id']).doNothing())
    .executeTakeFirst();
}

const assignmentBase = (db: Executor) =>
  db
    .selectFrom('secondments_assignments as a')
    .innerJoin('secondments_batches as b', (j) =>
      j.onRef('b.district_id', '=', 'a.district_id').onRef('b.id', '=', 'a.batch_id'),
    )
    .innerJoin('org_nodes as s', (j) =>
      j.onRef('s.district_id', '=', 'a.district_id').onRef('s.id', '=', 'a.street_id'),
    )
    .innerJoin('org_nodes as bn', (j) =>
      j.onRef('bn.district_id', '=', 'b.district_id').onRef('bn.id', '=', 'b.node_id'),
    )
    .selectAll('a')
    .select([
      'b.name as batch_name',
      'b.work_kind',
      'b.starts_on',
      'b.ends_on',
      's.name as street_name',
      's.path as street_path',
      'bn.path as batch_path',
      sql<number>`(SELECT count(*)::int FROM secondments_entries e
        WHERE e.district_id = a.district_id AND e.assignment_id = a.id AND e.kind = 'work')`.as(
        'work_entries',
      ),
      sql<
        string[]
      >`(SELECT coalesce(array_agg(e.on_date::text ORDER BY e.on_date), '{}') FROM secondments_entries e
        WHERE e.district_id = a.district_id AND e.assignment_id = a.id AND e.kind = 'weekly')`.as('weeks'),
    ]);

/** An assignment with its batch and street; locked when asked. */
export function findAssignment(db: Executor, id: string, lock = false) {
  let q = assignmentBase(db).where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}
export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

/** Assignments of some batches, streets in scope, persons, or ended in a day range. */
export function findAssignments(
  db: Executor,
  q: {
    batchIds?: string[];
    streetsIn?: Where;
    batchesIn?: Where;
    personIds?: string[];
    districtId?: string;
    endsFrom?: string;
    endsTo?: string;
    limit?: number;
  },
) {
  if (q.batchIds?.length === 0 || q.personIds?.length === 0) return Promise.resolve([]);
  let s = assignmentBase(db)
    .orderBy('b.starts_on', 'desc')
    .orderBy('a.person_name')
    .orderBy('a.id')
    .limit(q.limit ?? 5000);
  if (q.batchIds) s = s.where('a.batch_id', 'in', q.batchIds);
  if (q.streetsIn) s = s.where(q.streetsIn);
  if (q.batchesIn) s = s.where(q.batchesIn);
  if (q.personIds) s = s.where('a.person_id', 'in', q.personIds);
  if (q.districtId) s = s.where('a.district_id', '=', q.districtId);
  if (q.endsFrom) s = s.where('b.ends_on', '>=', q.endsFrom);
  if (q.endsTo) s = s.where('b.ends_on', '<=', q.endsTo);
  return s.execute();
}

/** Writes a rating, checking the version. */
export function updateAssignment(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['secondments_assignments']>,
) {
  return updateVersioned(db, 'secondments_assignments', { districtId, id, version }, set);
}

/** Stores a work entry or a weekly log (nothing when the week already has a log). */
export function insertEntry(db: Executor, row: Insertable<DB['secondments_entries']>) {
  return db
    .insertInto('secondments_entries')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** An assignment's entries, newest first. */
export function findEntries(db: Executor, districtId: string, assignmentId: string) {
  return db
    .selectFrom('secondments_entries')
    .select(['id', 'kind', 'on_date', 'what', 'households', 'cases', 'created_at'])
    .where('district_id', '=', districtId)
    .where('assignment_id', '=', assignmentId)
    .orderBy('on_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** Counts under a subtree of streets: seconded on a day, ended in a year and their ratings. */
export function figures(db: Executor, streetsIn: Where, today: string, year: number) {
  return db
    .selectFrom('secondments_assignments as a')
    .innerJoin('secondments_batches as b', (j) =>
      j.onRef('b.district_id', '=', 'a.district_id').onRef('b.id', '=', 'a.batch_id'),
    )
    .select([
      sql<number>`count(*) FILTER (WHERE b.starts_on <= ${today}::date AND b.ends_on >= ${today}::date)::int`.as(
        'now',
      ),
      sql<number>`count(*) FILTER (WHERE b.ends_on < ${today}::date AND extract(year FROM b.ends_on) = ${year})::int`.as(
        'completed',
      ),
      sql<number>`count(*) FILTER (WHERE extract(year FROM b.ends_on) = ${year} AND a.rating IS NOT NULL)::int`.as(
        'rated',
      ),
      sql<number>`count(*) FILTER (WHERE extract(year FROM b.ends_on) = ${year} AND a.rating = 'excellent')::int`.as(
        'excellent',
      ),
    ])
    .where(streetsIn)
    .executeTakeFirstOrThrow();
}

/** The latest target and completed volume of each street of batches overlapping a year, under a subtree. */
export function latestProgress(db: Executor, streetsIn: Where, year: number) {
  return db
    .selectFrom('secondments_progress as p')
    .innerJoin('secondments_batches as b', (j) =>
      j.onRef('b.district_id', '=', 'p.district_id').onRef('b.id', '=', 'p.batch_id'),
    )
    .distinctOn(['p.batch_id', 'p.street_id'])
    .select(['p.batch_id', 'p.street_id', 'p.target', 'p.done'])
    .where(streetsIn)
    .where('b.starts_on', '<=', `${year}-12-31`)
    .where('b.ends_on', '>=', `${year}-01-01`)
    .orderBy('p.batch_id')
    .orderBy('p.street_id')
    .orderBy('p.recorded_on', 'desc')
    .execute();
}

/* 专项考察 */

/** Stores a special assessment and its cadres. */
export async function insertSpecial(
  db: Executor,
  row: Insertable<DB['secondments_specials']>,
  cadres: Insertable<DB['secondments_special_cadres']>[],
) {
  await db.insertInto('secondments_specials').values(row).execute();
  if (cadres.length) await db.insertInto('secondments_special_cadres').values(cadres).execute();
}

const specialBase = (db: Executor) =>
  db
    .selectFrom('secondments_specials as x')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'x.district_id').onRef('n.id', '=', 'x.node_id'),
    )
    .selectAll('x')
    .select(['n.path', 'n.name as node_name']);

/** A special assessment with its node's path. */
export function findSpecial(db: Executor, id: string) {
  return specialBase(db).where('x.id', '=', id).executeTakeFirst();
}

/** Special assessments of nodes in scope, newest first. */
export function findSpecials(db: Executor, inScope: Where) {
  return specialBase(db).where(inScope).orderBy('x.starts_on', 'desc').limit(1000).execute();
}

/** The cadres of some special assessments (or of some persons), with the assessment's topic and period. */
export function findSpecialCadres(
  db: Executor,
  q: { specialIds?: string[]; districtId?: string; personId?: string },
) {
  if (q.specialIds?.length === 0) return Promise.resolve([]);
  let s = db
    .selectFrom('secondments_special_cadres as c')
    .innerJoin('secondments_specials as x', (j) =>
      j.onRef('x.district_id', '=', 'c.district_id').onRef('x.id', '=', 'c.special_id'),
    )
    .selectAll('c')
    .select(['x.topic', 'x.starts_on', 'x.ends_on'])
    .orderBy('x.starts_on', 'desc')
    .orderBy('c.person_name');
  if (q.specialIds) s = s.where('c.special_id', 'in', q.specialIds);
  if (q.districtId) s = s.where('c.district_id', '=', q.districtId);
  if (q.personId) s = s.where('c.person_id', '=', q.personId);
  return s.execute();
}

/** One cadre of a special assessment, locked. */
export function findSpecialCadre(db: Executor, districtId: string, specialId: string, personId: string) {
  return db
    .selectFrom('secondments_special_cadres')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('special_id', '=', specialId)
    .where('person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes a special assessment's ratings of a cadre, checking the version. */
export function updateSpecialCadre(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['secondments_special_cadres']>,
) {
  return updateVersioned(db, 'secondments_special_cadres', { districtId, id, version }, set);
}

/** Names and paths of some nodes (units of cadres, streets named in an import). */
export function findNodes(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name', 'path', 'level']).where('id', 'in', ids).execute();
}
