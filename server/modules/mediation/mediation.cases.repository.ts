/** SQL of cases: numbers, intake, the case list, state moves and history. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { type CaseScope, caseVisible } from './mediation.scope.repository.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
import { likeEscape } from '../../platform/db/like.ts';

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
    .innerJoin('org_nodes as n', nodeJoin('c'))
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
    const like = `%${likeEscape(f.q)}%`;
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
