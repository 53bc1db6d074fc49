/** SQL of 结对联系: pairs, contacts, help requests and make-up study, and org_nodes for scope. */
import { sql } from 'kysely';
import { nodeInPaths, nodeJoin, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

// ---------- pairs ----------

const pairColumns = [
  'p.district_id',
  'p.id',
  'p.member_id',
  'p.node_id',
  'p.contact_person_id',
  'p.status',
  'p.started_on',
  'p.ended_on',
  'p.end_reason',
  'p.end_note',
  'p.note',
  'p.created_at',
  'm.person_id as member_person_id',
  'm.party_org_id',
  'm.destination',
  'm.work',
  'm.status as member_status',
  'n.path',
  'n.name as node_name',
] as const;

/** A month's contacts of a pair as two flags (this month, the month before) and its last contact. */
function contactFlags(month: { from: string; prevFrom: string; to: string }) {
  const has = (from: string, to: string) =>
    sql<boolean>`EXISTS (SELECT 1 FROM partymembers_contacts c WHERE c.district_id = p.district_id
      AND c.pair_id = p.id AND c.contacted_on >= ${from}::date AND c.contacted_on < ${to}::date)`;
  return [
    has(month.from, month.to).as('contacted_this'),
    has(month.prevFrom, month.from).as('contacted_prev'),
    sql<
      string | null
    >`(SELECT to_char(max(c.contacted_on), 'YYYY-MM-DD') FROM partymembers_contacts c WHERE c.district_id = p.district_id AND c.pair_id = p.id)`.as(
      'last_contact',
    ),
  ];
}
/** The month 'YYYY-MM' a pair is judged in, as the date bounds contactFlags reads. */
export type MonthBounds = { from: string; prevFrom: string; to: string };

function pairsFrom(db: Executor) {
  return db
    .selectFrom('partymembers_pairs as p')
    .innerJoin('partymembers_members as m', (j) =>
      j.onRef('m.district_id', '=', 'p.district_id').onRef('m.id', '=', 'p.member_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('p'));
}

/** A pair by id with its member and node (optionally locked). */
export function findPair(db: Executor, id: string, month: MonthBounds, lock = false) {
  let q = pairsFrom(db).select(pairColumns).select(contactFlags(month)).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PairRow = NonNullable<Awaited<ReturnType<typeof findPair>>>;

/** Filters of the pairs list: a subtree, or one contact person's own pairs. */
export interface PairFilter {
  paths: string[];
  contactPersonId?: string;
  memberId?: string;
  status?: 'active' | 'ended';
  limit: number;
  offset: number;
}

/** Pairs inside the subtrees (or one contact person's), active first, by node and start. */
export function listPairs(db: Executor, f: PairFilter, month: MonthBounds) {
  let q = pairsFrom(db)
    .select(pairColumns)
    .select(contactFlags(month))
    .select(sql<number>`count(*) over ()`.as('total'));
  q = f.contactPersonId
    ? q.where('p.contact_person_id', '=', f.contactPersonId)
    : q.where(nodeInPaths('p.node_id', f.paths));
  if (f.memberId) q = q.where('p.member_id', '=', f.memberId);
  if (f.status) q = q.where('p.status', '=', f.status);
  return q
    .orderBy('p.status')
    .orderBy('n.path')
    .orderBy('p.started_on', 'desc')
    .orderBy('p.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

/** A member's active pair, locked (re-pairing ends it). */
export function activePairOf(db: Executor, districtId: string, memberId: string) {
  return db
    .selectFrom('partymembers_pairs')
    .select(['id', 'contact_person_id'])
    .where('district_id', '=', districtId)
    .where('member_id', '=', memberId)
    .where('status', '=', 'active')
    .forUpdate()
    .executeTakeFirst();
}

/** Starts a pair. */
export async function insertPair(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    member_id: string;
    node_id: string;
    contact_person_id: string;
    started_on: string;
    note: string;
    created_by: string;
  },
) {
  await db.insertInto('partymembers_pairs').values(row).execute();
}

/** Ends a pair on a day (with why, when ended on purpose rather than by re-pairing). */
export async function endPair(
  db: Executor,
  districtId: string,
  id: string,
  endedOn: string,
  why?: { reason: 'returned' | 'transferred' | 'other'; note: string },
) {
  await db
    .updateTable('partymembers_pairs')
    .set({
      status: 'ended',
      ended_on: endedOn,
      ...(why ? { end_reason: why.reason, end_note: why.note } : {}),
    })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .execute();
}

/** Active outflowing members under the subtrees with no active pair (the ones to pair). */
export function unpairedMembers(db: Executor, paths: string[], limit = 500) {
  return db
    .selectFrom('partymembers_members as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .select([
      'm.district_id',
      'm.id',
      'm.person_id',
      'm.party_org_id',
      'm.destination',
      'm.work',
      'm.left_on',
      'n.path',
      'n.name as node_name',
    ])
    .where(nodeInPaths('m.node_id', paths))
    .where('m.direction', '=', 'out')
    .where('m.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('partymembers_pairs as p')
            .select('p.id')
            .whereRef('p.district_id', '=', 'm.district_id')
            .whereRef('p.member_id', '=', 'm.id')
            .where('p.status', '=', 'active'),
        ),
      ),
    )
    .orderBy('n.path')
    .orderBy('m.created_at')
    .limit(limit)
    .execute();
}

/** Active outflowing members of persons under the subtrees, by person id (the bulk pairing's rows). */
export async function outflowByPersons(
  db: Executor,
  districtId: string,
  personIds: string[],
  paths: string[],
) {
  if (!personIds.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('partymembers_members as m')
    .select(['m.id', 'm.person_id'])
    .where('m.district_id', '=', districtId)
    .where('m.person_id', 'in', personIds)
    .where('m.direction', '=', 'out')
    .where('m.status', '=', 'active')
    .where(nodeInPaths('m.node_id', paths))
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.id]));
}

/** Active pairs of members, member id → contact person id. */
export async function activeContacts(db: Executor, districtId: string, memberIds: string[]) {
  if (!memberIds.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('partymembers_pairs')
    .select(['member_id', 'contact_person_id'])
    .where('district_id', '=', districtId)
    .where('member_id', 'in', memberIds)
    .where('status', '=', 'active')
    .execute();
  return new Map(rows.map((r) => [r.member_id, r.contact_person_id]));
}

/** The path of the community or village a node is in (its own path when it is above one). */
export async function communityPath(db: Executor, path: string) {
  const ids = path.split('/').filter(Boolean);
  const n = await db
    .selectFrom('org_nodes')
    .select('path')
    .where('id', 'in', ids)
    .where('level', 'in', ['community', 'village'])
    .executeTakeFirst();
  return n?.path ?? path;
}

/** Persons among personIds who are themselves away (an active outflow record). */
export async function awayPersons(db: Executor, districtId: string, personIds: string[]) {
  if (!personIds.length) return new Set<string>();
  const rows = await db
    .selectFrom('partymembers_members')
    .select('person_id')
    .where('district_id', '=', districtId)
    .where('person_id', 'in', personIds)
    .where('direction', '=', 'out')
    .where('status', '=', 'active')
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

/** Active pairs under the subtrees with no contact this month, newest pairs first (the home's entries). */
export function pairsWithoutContact(db: Executor, paths: string[], month: MonthBounds, limit: number) {
  return pairsFrom(db)
    .select(pairColumns)
    .select(contactFlags(month))
    .where(nodeInPaths('p.node_id', paths))
    .where('p.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('partymembers_contacts as c')
            .select('c.id')
            .whereRef('c.district_id', '=', 'p.district_id')
            .whereRef('c.pair_id', '=', 'p.id')
            .where('c.contacted_on', '>=', month.from)
            .where('c.contacted_on', '<', month.to),
        ),
      ),
    )
    .orderBy('p.started_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(limit)
    .execute();
}

// ---------- contacts ----------

/** Records a contact. */
export async function insertContact(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    pair_id: string;
    member_id: string;
    contacted_on: string;
    channel: string;
    needs: string;
    study: string;
    created_by: string;
  },
) {
  await db.insertInto('partymembers_contacts').values(row).execute();
}

/** A member's contacts since a day (every pair's, history kept), newest first. */
export function contactsOf(db: Executor, districtId: string, memberId: string, since: string) {
  return db
    .selectFrom('partymembers_contacts')
    .select(['id', 'pair_id', 'contacted_on', 'channel', 'needs', 'study', 'created_at'])
    .where('district_id', '=', districtId)
    .where('member_id', '=', memberId)
    .where('contacted_on', '>=', since)
    .orderBy('contacted_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

// ---------- help requests ----------

/** Raises a help request. */
export async function insertHelp(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    pair_id: string;
    contact_id: string;
    member_id: string;
    node_id: string;
    need: string;
  },
) {
  await db.insertInto('partymembers_help').values(row).execute();
}

const helpColumns = [
  'h.district_id',
  'h.id',
  'h.pair_id',
  'h.member_id',
  'h.node_id',
  'h.need',
  'h.status',
  'h.helped_note',
  'h.helped_at',
  'h.version',
  'h.created_at',
  'm.person_id',
  'n.path',
  'n.name as node_name',
] as const;

function helpFrom(db: Executor) {
  return db
    .selectFrom('partymembers_help as h')
    .innerJoin('partymembers_members as m', (j) =>
      j.onRef('m.district_id', '=', 'h.district_id').onRef('m.id', '=', 'h.member_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('h'));
}

/** A help request with its node (optionally locked). */
export function findHelp(db: Executor, id: string, lock = false) {
  let q = helpFrom(db).select(helpColumns).where('h.id', '=', id);
  if (lock) q = q.forUpdate('h');
  return q.executeTakeFirst();
}

/** Help requests under the subtrees (or of one member), open first, newest first. */
export function listHelp(
  db: Executor,
  f: { paths: string[]; status?: 'open' | 'helped'; member?: { districtId: string; id: string } },
) {
  let q = helpFrom(db).select(helpColumns);
  q = f.member
    ? q.where('h.district_id', '=', f.member.districtId).where('h.member_id', '=', f.member.id)
    : q.where(nodeInPaths('h.node_id', f.paths));
  if (f.status) q = q.where('h.status', '=', f.status);
  return q.orderBy('h.status', 'desc').orderBy('h.created_at', 'desc').limit(500).execute();
}

/** Marks a help request helped if its version is still the one read; false otherwise. */
export async function markHelped(
  db: Executor,
  key: { district_id: string; id: string; version: number },
  set: { helped_note: string; helped_by: string },
) {
  const r = await db
    .updateTable('partymembers_help')
    .set({ ...set, status: 'helped', helped_at: new Date(), version: key.version + 1 })
    .where('district_id', '=', key.district_id)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------- make-up study 送学补课 ----------

/** Records a study item done (the same item of a month once); true when it was new. */
export async function insertStudy(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    member_id: string;
    month: string;
    item: string;
    done_on: string;
    created_by: string;
  },
) {
  const r = await db
    .insertInto('partymembers_study')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'member_id', 'month', 'item']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** A member's study items since a month, newest first. */
export function studyOf(db: Executor, districtId: string, memberId: string, sinceMonth: string) {
  return db
    .selectFrom('partymembers_study')
    .select(['id', 'month', 'item', 'done_on'])
    .where('district_id', '=', districtId)
    .where('member_id', '=', memberId)
    .where('month', '>=', sinceMonth)
    .orderBy('month', 'desc')
    .orderBy('done_on', 'desc')
    .limit(500)
    .execute();
}

// ---------- figures ----------

/**
 * Under the roots: active outflowing members, how many have an active pair, how many active pairs
 * had a contact in [from, to), and the open help requests.
 */
export async function pairingFigures(db: Executor, roots: SubtreeRoot[], range: MonthBounds) {
  const [members, pairs, help] = await Promise.all([
    db
      .selectFrom('partymembers_members as m')
      .select([
        sql<number>`count(*)::int`.as('out'),
        sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM partymembers_pairs p
          WHERE p.district_id = m.district_id AND p.member_id = m.id AND p.status = 'active'))::int`.as(
          'paired',
        ),
      ])
      .where(rowUnder('m', roots))
      .where('m.direction', '=', 'out')
      .where('m.status', '=', 'active')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('partymembers_pairs as p')
      .select([
        sql<number>`count(*)::int`.as('active'),
        sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM partymembers_contacts c
          WHERE c.district_id = p.district_id AND c.pair_id = p.id
            AND c.contacted_on >= ${range.from}::date AND c.contacted_on < ${range.to}::date))::int`.as(
          'contacted',
        ),
        // red: no contact this month nor the month before, for a pair that stood then
        sql<number>`count(*) FILTER (WHERE p.started_on < ${range.from}::date AND NOT EXISTS (
          SELECT 1 FROM partymembers_contacts c WHERE c.district_id = p.district_id AND c.pair_id = p.id
            AND c.contacted_on >= ${range.prevFrom}::date AND c.contacted_on < ${range.to}::date))::int`.as(
          'red',
        ),
      ])
      .where(rowUnder('p', roots))
      .where('p.status', '=', 'active')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('partymembers_help as h')
      .select(sql<number>`count(*)::int`.as('open'))
      .where(rowUnder('h', roots))
      .where('h.status', '=', 'open')
      .executeTakeFirstOrThrow(),
  ]);
  return { out: members.out, paired: members.paired, ...pairs, open: help.open };
}
