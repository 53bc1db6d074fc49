/**
 * SQL of the mediation module's own tables (org_nodes joined for names and paths). Cases are scoped
 * by `caseVisible`: officers by their subtree, mediators by the cases assigned to or received by them.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { isDistrict, nodeInPaths, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Where an actor reaches cases for one action. */
export interface CaseScope {
  userId: string;
  officer: string[];
  mediator: string[];
}

/** A case row (alias c) is inside the scope. */
export function caseVisible(s: CaseScope): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (s.officer.length) parts.push(nodeInPaths('c.node_id', s.officer));
  if (s.mediator.length)
    parts.push(
      sql<SqlBool>`(${nodeInPaths('c.node_id', s.mediator)} AND (c.mediator_user_id = ${s.userId} OR c.created_by = ${s.userId}))`,
    );
  if (!parts.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

// ---------- rooms ----------

/** Rooms on nodes under some roots (or the rooms a mediator sits in). */
export function listRooms(db: Executor, paths: string[], userId?: string) {
  return db
    .selectFrom('mediation_rooms as r')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'r.district_id').onRef('n.id', '=', 'r.node_id'),
    )
    .select([
      'r.district_id',
      'r.id',
      'r.node_id',
      'r.name',
      'r.kind',
      'r.address',
      'r.version',
      'n.path',
      'n.name as node_name',
    ])
    .where((eb) =>
      userId
        ? eb.or([
            nodeInPaths('r.node_id', paths),
            eb(
              'r.id',
              'in',
              eb.selectFrom('mediation_mediators as m').select('m.room_id').where('m.user_id', '=', userId),
            ),
          ])
        : nodeInPaths('r.node_id', paths),
    )
    .orderBy('n.path')
    .orderBy('r.name')
    .limit(2000)
    .execute();
}

/** One room with its node's path. */
export function findRoom(db: Executor, id: string) {
  return db
    .selectFrom('mediation_rooms as r')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'r.district_id').onRef('n.id', '=', 'r.node_id'),
    )
    .select([
      'r.district_id',
      'r.id',
      'r.node_id',
      'r.name',
      'r.kind',
      'r.address',
      'r.version',
      'n.path',
      'n.name as node_name',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type RoomRow = NonNullable<Awaited<ReturnType<typeof findRoom>>>;

/** Sets up a room; false when the name is taken on the node. */
export async function insertRoom(
  db: Executor,
  row: { district_id: string; id: string; node_id: string; name: string; kind: string; address: string },
) {
  const r = await db
    .insertInto('mediation_rooms')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'name']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows) === 1;
}

/** Mediators of some rooms. */
export function mediatorsOf(db: Executor, roomIds: string[]) {
  if (!roomIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mediation_mediators')
    .selectAll()
    .where('room_id', 'in', roomIds)
    .orderBy('name')
    .execute();
}

/** Seats a mediator in a room (idempotent). */
export async function insertMediator(
  db: Executor,
  row: { district_id: string; room_id: string; user_id: string; name: string },
) {
  await db
    .insertInto('mediation_mediators')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Whether a user sits in a room. */
export async function sitsIn(db: Executor, roomId: string, userId: string) {
  return !!(await db
    .selectFrom('mediation_mediators')
    .select('user_id')
    .where('room_id', '=', roomId)
    .where('user_id', '=', userId)
    .executeTakeFirst());
}

// ---------- steps ----------

/** The district's steps, in order. */
export function stepsOf(db: Executor, districtId: string) {
  return db
    .selectFrom('mediation_steps')
    .select(['code', 'name', 'hint'])
    .where('district_id', '=', districtId)
    .orderBy('sort')
    .execute();
}

/** Replaces the district's steps. */
export async function replaceSteps(
  db: Executor,
  districtId: string,
  steps: { code: string; name: string; hint: string }[],
) {
  await db.deleteFrom('mediation_steps').where('district_id', '=', districtId).execute();
  await db
    .insertInto('mediation_steps')
    .values(steps.map((s, i) => ({ district_id: districtId, ...s, sort: i })))
    .execute();
}

// ---------- cases ----------

/** The next case number of a district's year (gapless within the transaction). */
export async function nextSeq(db: Executor, districtId: string, year: number): Promise<number> {
  const r = await db
    .insertInto('mediation_counters')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`mediation_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

export type NewCase = {
  district_id: string;
  id: string;
  number: string;
  node_id: string;
  room_id: string | null;
  mediator_user_id: string | null;
  source: string;
  event_id: string | null;
  referred_by: string;
  category: string;
  title: string;
  summary: string;
  state: string;
  created_by: string;
};

/** Receives a case; false when the event was turned into a case already. */
export async function insertCase(db: Executor, row: NewCase) {
  const r = await db
    .insertInto('mediation_cases')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'event_id']).where('event_id', 'is not', null).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows) === 1;
}

const caseCols = [
  'c.district_id',
  'c.id',
  'c.number',
  'c.node_id',
  'c.room_id',
  'c.mediator_user_id',
  'c.source',
  'c.event_id',
  'c.referred_by',
  'c.category',
  'c.title',
  'c.summary',
  'c.state',
  'c.result',
  'c.step_code',
  'c.received_at',
  'c.concluded_at',
  'c.created_by',
  'c.version',
  'n.path',
  'n.name as node_name',
  'r.name as room_name',
  'r.kind as room_kind',
] as const;

function casesFrom(db: Executor) {
  return db
    .selectFrom('mediation_cases as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .leftJoin('mediation_rooms as r', (j) =>
      j.onRef('r.district_id', '=', 'c.district_id').onRef('r.id', '=', 'c.room_id'),
    );
}

/** One case inside the scope (or at all), optionally locked. */
export function findCase(db: Executor, id: string, s?: CaseScope, lock = false) {
  let q = casesFrom(db).select(caseCols).where('c.id', '=', id);
  if (s) q = q.where(caseVisible(s));
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** A page of cases in scope, newest first, with the total. */
export async function listCases(
  db: Executor,
  s: CaseScope,
  f: {
    under?: string;
    roomId?: string;
    state?: string;
    open?: boolean;
    q?: string;
    limit: number;
    offset: number;
  },
) {
  let q = casesFrom(db).where(caseVisible(s));
  if (f.under) q = q.where('n.path', 'like', `${f.under}%`);
  if (f.roomId) q = q.where('c.room_id', '=', f.roomId);
  if (f.state) q = q.where('c.state', '=', f.state);
  if (f.open) q = q.where('c.state', '!=', 'closed');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    q = q.where((eb) => eb.or([eb('c.title', 'like', like), eb('c.number', 'like', like)]));
  }
  const [items, total] = await Promise.all([
    q
      .select(caseCols)
      .orderBy('c.received_at', 'desc')
      .orderBy('c.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

/** Changes a case's state (and what goes with it), noting the step in its history. */
export async function moveCase(
  db: Executor,
  c: CaseRow,
  patch: {
    state: string;
    result?: string | null;
    room_id?: string | null;
    mediator_user_id?: string | null;
    step_code?: string | null;
  },
  step: { action: string; note: string; byUser: string },
) {
  const concluded = patch.state === 'closed';
  await db
    .updateTable('mediation_cases')
    .set({
      ...patch,
      version: sql`version + 1`,
      ...(concluded ? { concluded_at: sql`now()` } : {}),
    })
    .where('district_id', '=', c.district_id)
    .where('id', '=', c.id)
    .execute();
  await db
    .insertInto('mediation_history')
    .values({
      district_id: c.district_id,
      case_id: c.id,
      seq: sql`(SELECT coalesce(max(seq), 0) + 1 FROM mediation_history WHERE district_id = ${c.district_id} AND case_id = ${c.id})`,
      action: step.action,
      from_state: c.state,
      to_state: patch.state,
      note: step.note,
      by_user: step.byUser,
    })
    .execute();
}

/** A case's history. */
export function historyOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_history')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
}

// ---------- parties, hearings, agreements, referrals ----------

export type NewParty = {
  district_id: string;
  case_id: string;
  id: string;
  role: string;
  name_enc: Buffer;
  phone_enc: Buffer | null;
  phone_bidx: Buffer | null;
  id_enc: Buffer | null;
  id_bidx: Buffer | null;
};

/** Adds parties to a case. */
export async function insertParties(db: Executor, rows: NewParty[]) {
  if (rows.length) await db.insertInto('mediation_parties').values(rows).execute();
}

/** Parties of some cases. */
export function partiesOf(db: Executor, districtId: string, caseIds: string[]) {
  if (!caseIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mediation_parties')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', 'in', caseIds)
    .orderBy(sql`CASE role WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END`)
    .orderBy('id')
    .execute();
}

/** Records a hearing. */
export async function insertHearing(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    case_id: string;
    held_at: Date;
    place: string;
    step_code: string | null;
    attendees: string;
    minutes: string;
    created_by: string;
  },
) {
  await db.insertInto('mediation_hearings').values(row).execute();
}

/** Hearings of a case, in order. */
export function hearingsOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_hearings')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('held_at')
    .execute();
}

/** Writes (or rewrites) a case's agreement. */
export async function saveAgreement(
  db: Executor,
  row: {
    district_id: string;
    case_id: string;
    text: string;
    performance: string;
    signed_on: string;
    created_by: string;
  },
) {
  await db
    .insertInto('mediation_agreements')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'case_id']).doUpdateSet({
        text: row.text,
        performance: row.performance,
        signed_on: row.signed_on,
        created_by: row.created_by,
        created_at: sql`now()`,
      }),
    )
    .execute();
}

/** A case's agreement. */
export function agreementOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_agreements')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

/** Records a referral. */
export async function insertReferral(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    case_id: string;
    kind: string;
    to_name: string;
    note: string;
    created_by: string;
  },
) {
  await db.insertInto('mediation_referrals').values(row).execute();
}

/** Referrals of a case. */
export function referralsOf(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('mediation_referrals')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('referred_at')
    .execute();
}

/** Records the outcome of the open referral of a kind; false when there is none open. */
export async function referralOutcome(
  db: Executor,
  districtId: string,
  caseId: string,
  kind: string,
  outcome: string,
  note: string,
) {
  const r = await db
    .updateTable('mediation_referrals')
    .set({ outcome, outcome_note: note, outcome_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// ---------- figures ----------

/**
 * A node's figures for a period: received, concluded, settled, settled in people's rooms,
 * confirmations, 心访. Each count reads only its own rows (cases received in the period by
 * received_at, concluded by concluded_at, referrals by their date), each by an index on its date.
 */
export async function figures(db: Executor, under: SubtreeRoot, from: Date, to: Date) {
  // a district's referrals carry its tenant key; a smaller subtree's are found through their case
  const caseUnder = isDistrict(under)
    ? sql<SqlBool>`f.district_id = ${under.id}`
    : sql<SqlBool>`EXISTS (SELECT 1 FROM mediation_cases c2 WHERE c2.district_id = f.district_id AND c2.id = f.case_id AND ${rowUnder('c2', under)})`;
  const confirmed = sql<SqlBool>`f.kind = 'judicial_confirmation' AND f.outcome = 'confirmed' AND f.outcome_at >= ${from} AND f.outcome_at < ${to}`;
  const psychological = sql<SqlBool>`f.kind = 'psychological' AND f.referred_at >= ${from} AND f.referred_at < ${to}`;
  // three small statements at once
  const [received, concluded, referrals] = await Promise.all([
    db
      .selectFrom('mediation_cases as c')
      .where(rowUnder('c', under))
      .where('c.received_at', '>=', from)
      .where('c.received_at', '<', to)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('mediation_cases as c')
      .leftJoin('mediation_rooms as r', (j) =>
        j.onRef('r.district_id', '=', 'c.district_id').onRef('r.id', '=', 'c.room_id'),
      )
      .where(rowUnder('c', under))
      .where('c.concluded_at', '>=', from)
      .where('c.concluded_at', '<', to)
      .select([
        sql<number>`count(*)::int`.as('concluded'),
        sql<number>`count(*) FILTER (WHERE c.result = 'settled')::int`.as('settled'),
        sql<number>`count(*) FILTER (WHERE c.result = 'settled' AND r.kind = 'people')::int`.as(
          'settled_in_rooms',
        ),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('mediation_referrals as f')
      .where(sql<SqlBool>`(${confirmed} OR ${psychological}) AND ${caseUnder}`)
      .select([
        sql<number>`count(*) FILTER (WHERE ${confirmed})::int`.as('confirmed'),
        sql<number>`count(*) FILTER (WHERE ${psychological})::int`.as('psychological'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { received: received.n, ...concluded, ...referrals };
}

/** Per room under a node: cases concluded and settled in a period. */
export function roomFigures(db: Executor, under: SubtreeRoot, from: Date, to: Date) {
  return db
    .selectFrom('mediation_rooms as r')
    .leftJoin('mediation_cases as c', (j) =>
      j
        .onRef('c.district_id', '=', 'r.district_id')
        .onRef('c.room_id', '=', 'r.id')
        .on('c.concluded_at', '>=', from)
        .on('c.concluded_at', '<', to),
    )
    .where(rowUnder('r', under))
    .select([
      'r.id',
      'r.name',
      'r.kind',
      sql<number>`count(c.id)::int`.as('concluded'),
      sql<number>`count(c.id) FILTER (WHERE c.result = 'settled')::int`.as('settled'),
    ])
    .groupBy(['r.id', 'r.name', 'r.kind'])
    .orderBy('r.name')
    .execute();
}
