/**
 * SQL of the support around social organisations: instructors, their assignments and visits,
 * talents and trainings, bases, settlements and the four-link records. Own tables, and org_nodes
 * for names and paths (scope).
 */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/**
 * True when assignment `a` (running on day) covers organisation orgId: sent to it, or sent to a
 * base it is settled in on that day.
 */
function covers(a: string, orgId: RawBuilder<unknown>, day: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${a}.starts_on`)} <= ${day}::date AND ${sql.ref(`${a}.ends_on`)} >= ${day}::date
    AND (${sql.ref(`${a}.org_id`)} = ${orgId} OR EXISTS (
      SELECT 1 FROM socialorgs_settlements s WHERE s.district_id = ${sql.ref(`${a}.district_id`)}
        AND s.base_id = ${sql.ref(`${a}.base_id`)} AND s.org_id = ${orgId}
        AND s.starts_on <= ${day}::date AND s.ends_on >= ${day}::date)))`;
}

// ---- instructors ------------------------------------------------------------------------------

function instructorSelect(db: Executor, day: string, quarterStart: string) {
  return db
    .selectFrom('socialorgs_instructors as i')
    .innerJoin('org_nodes as n', nodeJoin('i'))
    .select([
      'i.district_id',
      'i.id',
      'i.node_id',
      'n.name as node_name',
      'n.path',
      'i.name',
      'i.unit',
      'i.phone',
      sql<string[]>`COALESCE((SELECT array_agg(COALESCE(b.name, o.name) ORDER BY a.starts_on)
        FROM socialorgs_assignments a
        LEFT JOIN socialorgs_bases b ON b.district_id = a.district_id AND b.id = a.base_id
        LEFT JOIN socialorgs_orgs o ON o.district_id = a.district_id AND o.id = a.org_id
        WHERE a.district_id = i.district_id AND a.instructor_id = i.id
          AND a.starts_on <= ${day}::date AND a.ends_on >= ${day}::date), '{}')`.as('posted_to'),
      sql<number>`(SELECT count(*)::int FROM socialorgs_visits v WHERE v.district_id = i.district_id
        AND v.instructor_id = i.id AND v.visited_on >= ${quarterStart}::date)`.as('visits_quarter'),
      sql<string | null>`(SELECT max(v.visited_on)::text FROM socialorgs_visits v
        WHERE v.district_id = i.district_id AND v.instructor_id = i.id)`.as('last_visit_on'),
    ]);
}
export type InstructorRow = Awaited<ReturnType<typeof findInstructors>>[number];

/** Instructors sent from nodes in scope, by name. */
export function findInstructors(
  db: Executor,
  inScope: Expression<SqlBool>,
  day: string,
  quarterStart: string,
) {
  return instructorSelect(db, day, quarterStart).where(inScope).orderBy('i.name').orderBy('i.id').execute();
}

/** One instructor with the node's path. */
export function findInstructor(db: Executor, id: string, day: string, quarterStart: string) {
  return instructorSelect(db, day, quarterStart).where('i.id', '=', id).executeTakeFirst();
}

/** Adds instructors to the roster. */
export async function insertInstructors(
  trx: Executor,
  rows: { district_id: string; id: string; node_id: string; name: string; unit: string; phone: string }[],
) {
  if (rows.length) await trx.insertInto('socialorgs_instructors').values(rows).execute();
}

/** Names already on the roster of a node (import skips them). */
export async function instructorNamesOn(db: Executor, districtId: string, nodeId: string) {
  const rows = await db
    .selectFrom('socialorgs_instructors')
    .select('name')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .execute();
  return new Set(rows.map((r) => r.name));
}

/** Sends an instructor to a base or an organisation for a term. */
export async function insertAssignment(
  trx: Executor,
  a: {
    district_id: string;
    id: string;
    instructor_id: string;
    base_id: string | null;
    org_id: string | null;
    starts_on: string;
    ends_on: string;
    created_by: string;
  },
) {
  await trx.insertInto('socialorgs_assignments').values(a).execute();
}

/** An instructor's assignments with the base's or organisation's name, latest first. */
export function assignmentsOf(db: Executor, districtId: string, instructorId: string) {
  return db
    .selectFrom('socialorgs_assignments as a')
    .leftJoin('socialorgs_bases as b', (j) =>
      j.onRef('b.district_id', '=', 'a.district_id').onRef('b.id', '=', 'a.base_id'),
    )
    .leftJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 'a.district_id').onRef('o.id', '=', 'a.org_id'),
    )
    .select([
      'a.id',
      'a.base_id',
      'a.org_id',
      'a.starts_on',
      'a.ends_on',
      'b.name as base_name',
      'o.name as org_name',
    ])
    .where('a.district_id', '=', districtId)
    .where('a.instructor_id', '=', instructorId)
    .orderBy('a.starts_on', 'desc')
    .orderBy('a.id')
    .execute();
}

/** The organisations an instructor has in charge on a day (sent to them, or to their base). */
export function orgsInCharge(db: Executor, districtId: string, instructorId: string, day: string) {
  return db
    .selectFrom('socialorgs_orgs as o')
    .select(['o.id', 'o.name'])
    .where('o.district_id', '=', districtId)
    .where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM socialorgs_assignments a WHERE a.district_id = o.district_id
        AND a.instructor_id = ${instructorId} AND ${covers('a', sql`o.id`, day)})`,
    )
    .orderBy('o.name')
    .execute();
}

/** Records a guidance visit. */
export async function insertVisit(
  trx: Executor,
  v: {
    district_id: string;
    id: string;
    instructor_id: string;
    org_id: string;
    visited_on: string;
    topic: string;
    outcome: string;
    created_by: string;
  },
) {
  await trx.insertInto('socialorgs_visits').values(v).execute();
}

/** An instructor's visits, latest first. */
export function visitsOf(db: Executor, districtId: string, instructorId: string) {
  return db
    .selectFrom('socialorgs_visits as v')
    .innerJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 'v.district_id').onRef('o.id', '=', 'v.org_id'),
    )
    .select(['v.id', 'v.org_id', 'o.name as org_name', 'v.visited_on', 'v.topic', 'v.outcome'])
    .where('v.district_id', '=', districtId)
    .where('v.instructor_id', '=', instructorId)
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.id', 'desc')
    .limit(500)
    .execute();
}

/** Organisations on nodes in scope with the instructors covering each on a day. */
export function coverage(db: Executor, inScope: Expression<SqlBool>, day: string) {
  return db
    .selectFrom('socialorgs_orgs as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .select([
      'o.id',
      'o.name',
      'n.name as node_name',
      sql<string[]>`COALESCE((SELECT array_agg(DISTINCT i.name) FROM socialorgs_assignments a
        JOIN socialorgs_instructors i ON i.district_id = a.district_id AND i.id = a.instructor_id
        WHERE a.district_id = o.district_id AND ${covers('a', sql`o.id`, day)}), '{}')`.as('instructors'),
    ])
    .where(inScope)
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

/** Visits to organisations on nodes in scope since a day, per quarter. */
export function visitsPerQuarter(db: Executor, inScope: Expression<SqlBool>, from: string) {
  return db
    .selectFrom('socialorgs_visits as v')
    .innerJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 'v.district_id').onRef('o.id', '=', 'v.org_id'),
    )
    .select([
      sql<string>`to_char(v.visited_on, 'YYYY') || '-Q' || to_char(v.visited_on, 'Q')`.as('quarter'),
      sql<number>`count(*)::int`.as('visits'),
    ])
    .where(inScope)
    .where('v.visited_on', '>=', from)
    .groupBy(sql`1`)
    .execute();
}

/** Instructors from nodes in scope with a running assignment and no visit since a day. */
export function instructorsWithoutVisit(
  db: Executor,
  inScope: Expression<SqlBool>,
  day: string,
  since: string,
) {
  return db
    .selectFrom('socialorgs_instructors as i')
    .innerJoin('org_nodes as n', nodeJoin('i'))
    .select(['i.id', 'i.name', 'n.name as node_name'])
    .where(inScope)
    .where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM socialorgs_assignments a WHERE a.district_id = i.district_id
        AND a.instructor_id = i.id AND a.starts_on <= ${day}::date AND a.ends_on >= ${day}::date)`,
    )
    .where(
      sql<SqlBool>`NOT EXISTS (SELECT 1 FROM socialorgs_visits v WHERE v.district_id = i.district_id
        AND v.instructor_id = i.id AND v.visited_on >= ${since}::date)`,
    )
    .orderBy('i.name')
    .execute();
}

/** The staff accounts of organisations (those told of an instructor sent to them). */
export function staffOfOrgs(db: Executor, districtId: string, orgIds: readonly string[]) {
  if (orgIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('socialorgs_staff')
    .select(['user_id', 'org_id'])
    .where('district_id', '=', districtId)
    .where('org_id', 'in', orgIds)
    .execute();
}

// ---- organisations and bases as targets --------------------------------------------------------

/** An organisation with its node's path. */
export function findOrgPlace(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('socialorgs_orgs as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .select(['o.district_id', 'o.id', 'o.name', 'n.path'])
    .where('o.district_id', '=', districtId)
    .where('o.id', '=', id)
    .executeTakeFirst();
}

/** Organisations on nodes in scope (names for the forms). */
export function orgsUnder(db: Executor, inScope: Expression<SqlBool>, districtId?: string) {
  let q = db.selectFrom('socialorgs_orgs as o').select(['o.id', 'o.name']).where(inScope);
  if (districtId) q = q.where('o.district_id', '=', districtId);
  return q.orderBy('o.name').limit(2000).execute();
}

/** Bases on nodes in scope (names for the forms). */
export function basesUnder(db: Executor, inScope: Expression<SqlBool>) {
  return db
    .selectFrom('socialorgs_bases as b')
    .select(['b.id', 'b.name'])
    .where(inScope)
    .orderBy('b.name')
    .execute();
}

// ---- talents ------------------------------------------------------------------------------------

/** Talents on nodes in scope with their organisation and trainings. */
export function findTalents(db: Executor, inScope: Expression<SqlBool>, f: { kind?: string }) {
  let q = db
    .selectFrom('socialorgs_talents as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .leftJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 't.district_id').onRef('o.id', '=', 't.org_id'),
    )
    .select([
      't.district_id',
      't.id',
      't.node_id',
      'n.name as node_name',
      't.name',
      't.kind',
      't.cert_level',
      't.cert_no',
      'o.name as org_name',
      't.phone',
      sql<{ trainedOn: string; course: string; hours: number }[]>`COALESCE((SELECT json_agg(json_build_object(
          'trainedOn', r.trained_on, 'course', r.course, 'hours', r.hours) ORDER BY r.trained_on DESC)
        FROM socialorgs_trainings r WHERE r.district_id = t.district_id AND r.talent_id = t.id), '[]'::json)`.as(
        'trainings',
      ),
    ])
    .where(inScope);
  if (f.kind) q = q.where('t.kind', '=', f.kind);
  return q.orderBy('n.name').orderBy('t.name').orderBy('t.id').limit(5000).execute();
}

/** A talent with its node's path. */
export function findTalent(db: Executor, id: string) {
  return db
    .selectFrom('socialorgs_talents as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(['t.district_id', 't.id', 't.name', 'n.path'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Adds talents to the register. */
export async function insertTalents(
  trx: Executor,
  rows: {
    district_id: string;
    id: string;
    node_id: string;
    name: string;
    kind: string;
    cert_level: string | null;
    cert_no: string;
    org_id: string | null;
    phone: string;
  }[],
) {
  if (rows.length) await trx.insertInto('socialorgs_talents').values(rows).execute();
}

/** Records a training. */
export async function insertTraining(
  trx: Executor,
  r: {
    district_id: string;
    id: string;
    talent_id: string;
    trained_on: string;
    course: string;
    hours: number;
  },
) {
  await trx.insertInto('socialorgs_trainings').values(r).execute();
}

/** Per street under the roots: talents by kind. */
export function talentsPerStreet(db: Executor, streetsInScope: Expression<SqlBool>) {
  return db
    .selectFrom('org_nodes as s')
    .leftJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 's.district_id').on(sql<SqlBool>`n.path LIKE s.path || '%'`),
    )
    .leftJoin('socialorgs_talents as t', (j) =>
      j.onRef('t.district_id', '=', 'n.district_id').onRef('t.node_id', '=', 'n.id'),
    )
    .select([
      's.id',
      's.name',
      sql<number>`count(t.id) FILTER (WHERE t.kind = 'leader')::int`.as('leaders'),
      sql<number>`count(t.id) FILTER (WHERE t.kind = 'worker')::int`.as('workers'),
      sql<number>`count(t.id) FILTER (WHERE t.kind = 'certified')::int`.as('certified'),
    ])
    .where('s.level', '=', 'street')
    .where(streetsInScope)
    .groupBy(['s.id', 's.name', 's.sort'])
    .orderBy('s.sort')
    .orderBy('s.name')
    .execute();
}

// ---- bases, settlements, four links ----------------------------------------------------------

function baseSelect(db: Executor, day: string, from: string, to: string) {
  const linkCount = (l: string) =>
    sql<number>`(SELECT count(*)::int FROM socialorgs_links k WHERE k.district_id = b.district_id
      AND k.base_id = b.id AND k.link = ${l} AND k.held_on >= ${from}::date AND k.held_on < ${to}::date)`;
  return db
    .selectFrom('socialorgs_bases as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .select([
      'b.district_id',
      'b.id',
      'b.node_id',
      'n.name as node_name',
      'n.path',
      'b.name',
      'b.kind',
      'b.address',
      sql<number>`(SELECT count(*)::int FROM socialorgs_settlements s WHERE s.district_id = b.district_id
        AND s.base_id = b.id AND s.starts_on <= ${day}::date AND s.ends_on >= ${day}::date)`.as('settled'),
      linkCount('build').as('build'),
      linkCount('mediate').as('mediate'),
      linkCount('manage').as('manage'),
      linkCount('serve').as('serve'),
    ]);
}
export type BaseRow = NonNullable<Awaited<ReturnType<typeof findBase>>>;

/** Bases on nodes in scope, with the settled count today and the year's link records. */
export function findBases(db: Executor, inScope: Expression<SqlBool>, day: string, from: string, to: string) {
  return baseSelect(db, day, from, to).where(inScope).orderBy('b.name').execute();
}

/** One base. */
export function findBase(db: Executor, id: string, day: string, from: string, to: string) {
  return baseSelect(db, day, from, to).where('b.id', '=', id).executeTakeFirst();
}

/** Registers a base (false when the district has one of that name). */
export async function insertBase(
  trx: Executor,
  b: { district_id: string; id: string; node_id: string; name: string; kind: string; address: string },
) {
  const r = await trx
    .insertInto('socialorgs_bases')
    .values(b)
    .onConflict((oc) => oc.columns(['district_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Settles an organisation in a base for a term (a new term replaces the old one). */
export async function upsertSettlement(
  trx: Executor,
  s: { district_id: string; base_id: string; org_id: string; starts_on: string; ends_on: string },
) {
  await trx
    .insertInto('socialorgs_settlements')
    .values(s)
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'base_id', 'org_id'])
        .doUpdateSet({ starts_on: s.starts_on, ends_on: s.ends_on }),
    )
    .execute();
}

/** A base's settlements, ending soonest first. */
export function settlementsOf(db: Executor, districtId: string, baseId: string) {
  return db
    .selectFrom('socialorgs_settlements as s')
    .innerJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 's.district_id').onRef('o.id', '=', 's.org_id'),
    )
    .select(['s.org_id', 'o.name as org_name', 's.starts_on', 's.ends_on'])
    .where('s.district_id', '=', districtId)
    .where('s.base_id', '=', baseId)
    .orderBy('s.ends_on')
    .orderBy('o.name')
    .execute();
}

/** Organisations settled in a base on a day. */
export function settledOrgIds(db: Executor, districtId: string, baseId: string, day: string) {
  return db
    .selectFrom('socialorgs_settlements')
    .select('org_id')
    .where('district_id', '=', districtId)
    .where('base_id', '=', baseId)
    .where('starts_on', '<=', day)
    .where('ends_on', '>=', day)
    .execute();
}

/** Settlements in bases on nodes in scope ending between two days (inclusive). */
export function settlementsEnding(db: Executor, inScope: Expression<SqlBool>, from: string, to: string) {
  return db
    .selectFrom('socialorgs_settlements as s')
    .innerJoin('socialorgs_bases as b', (j) =>
      j.onRef('b.district_id', '=', 's.district_id').onRef('b.id', '=', 's.base_id'),
    )
    .innerJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 's.district_id').onRef('o.id', '=', 's.org_id'),
    )
    .select(['b.id as base_id', 'b.name as base_name', 'o.name as org_name', 's.ends_on'])
    .where(inScope)
    .where('s.ends_on', '>=', from)
    .where('s.ends_on', '<=', to)
    .orderBy('s.ends_on')
    .execute();
}

/** The instructors sent to a base on a day. */
export function instructorsOfBase(db: Executor, districtId: string, baseId: string, day: string) {
  return db
    .selectFrom('socialorgs_assignments as a')
    .innerJoin('socialorgs_instructors as i', (j) =>
      j.onRef('i.district_id', '=', 'a.district_id').onRef('i.id', '=', 'a.instructor_id'),
    )
    .select('i.name')
    .distinct()
    .where('a.district_id', '=', districtId)
    .where('a.base_id', '=', baseId)
    .where('a.starts_on', '<=', day)
    .where('a.ends_on', '>=', day)
    .orderBy('i.name')
    .execute();
}

/** Records a four-link activity with the organisations taking part. */
export async function insertLink(
  trx: Executor,
  k: {
    district_id: string;
    id: string;
    base_id: string;
    link: string;
    held_on: string;
    title: string;
    summary: string;
    created_by: string;
  },
  orgIds: readonly string[],
) {
  await trx.insertInto('socialorgs_links').values(k).execute();
  await trx
    .insertInto('socialorgs_link_orgs')
    .values(orgIds.map((org_id) => ({ district_id: k.district_id, link_id: k.id, org_id })))
    .execute();
}

/** A base's four-link records with the organisations' names, latest first. */
export function linksOf(db: Executor, districtId: string, baseId: string) {
  return db
    .selectFrom('socialorgs_links as k')
    .select([
      'k.id',
      'k.link',
      'k.held_on',
      'k.title',
      'k.summary',
      sql<string[]>`COALESCE((SELECT array_agg(o.name ORDER BY o.name) FROM socialorgs_link_orgs lo
        JOIN socialorgs_orgs o ON o.district_id = lo.district_id AND o.id = lo.org_id
        WHERE lo.district_id = k.district_id AND lo.link_id = k.id), '{}')`.as('orgs'),
    ])
    .where('k.district_id', '=', districtId)
    .where('k.base_id', '=', baseId)
    .orderBy('k.held_on', 'desc')
    .orderBy('k.id', 'desc')
    .limit(500)
    .execute();
}

// ---- figures ------------------------------------------------------------------------------------

/** A subtree's figures: instructors on duty, organisations covered, visits, talents, link records. */
export function figuresUnder(
  db: Executor,
  inScope: (col: string) => Expression<SqlBool>,
  day: string,
  from: string,
  to: string,
) {
  return db
    .selectNoFrom([
      sql<number>`(SELECT count(DISTINCT a.instructor_id)::int FROM socialorgs_assignments a
        JOIN socialorgs_instructors i ON i.district_id = a.district_id AND i.id = a.instructor_id
        WHERE ${inScope('i.node_id')} AND a.starts_on <= ${day}::date AND a.ends_on >= ${day}::date)`.as(
        'on_duty',
      ),
      sql<number>`(SELECT count(*)::int FROM socialorgs_orgs o WHERE ${inScope('o.node_id')})`.as('orgs'),
      sql<number>`(SELECT count(*)::int FROM socialorgs_orgs o WHERE ${inScope('o.node_id')} AND EXISTS (
        SELECT 1 FROM socialorgs_assignments a WHERE a.district_id = o.district_id AND ${covers('a', sql`o.id`, day)}))`.as(
        'covered',
      ),
      sql<number>`(SELECT count(*)::int FROM socialorgs_visits v JOIN socialorgs_orgs o
        ON o.district_id = v.district_id AND o.id = v.org_id
        WHERE ${inScope('o.node_id')} AND v.visited_on >= ${from}::date AND v.visited_on < ${to}::date)`.as(
        'visits',
      ),
      sql<number>`(SELECT count(*)::int FROM socialorgs_talents t WHERE ${inScope('t.node_id')})`.as(
        'talents',
      ),
      sql<number>`(SELECT count(*)::int FROM socialorgs_talents t WHERE ${inScope('t.node_id')}
        AND t.kind = 'certified')`.as('certified'),
      sql<{ link: string; n: number }[]>`COALESCE((SELECT json_agg(x) FROM (SELECT k.link, count(*)::int AS n
        FROM socialorgs_links k JOIN socialorgs_bases b ON b.district_id = k.district_id AND b.id = k.base_id
        WHERE ${inScope('b.node_id')} AND k.held_on >= ${from}::date AND k.held_on < ${to}::date
        GROUP BY k.link) x), '[]'::json)`.as('links'),
    ])
    .executeTakeFirstOrThrow();
}
