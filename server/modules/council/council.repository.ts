/** SQL of the council module: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { Stage } from './council.rules.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

// ---------- bodies and members ----------

/** A council by id with its node's path and name. */
export function findBody(db: Executor, id: string) {
  return db
    .selectFrom('council_bodies as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .select([
      'b.district_id',
      'b.id',
      'b.node_id',
      'b.kind',
      'b.name',
      'n.path',
      'n.name as node_name',
      'n.level',
    ])
    .where('b.id', '=', id)
    .executeTakeFirst();
}
export type BodyRow = NonNullable<Awaited<ReturnType<typeof findBody>>>;

/** The council of a kind on a node, if made. */
export function findBodyOfNode(db: Executor, districtId: string, nodeId: string, kind: string) {
  return db
    .selectFrom('council_bodies as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .select([
      'b.district_id',
      'b.id',
      'b.node_id',
      'b.kind',
      'b.name',
      'n.path',
      'n.name as node_name',
      'n.level',
    ])
    .where('b.district_id', '=', districtId)
    .where('b.node_id', '=', nodeId)
    .where('b.kind', '=', kind)
    .executeTakeFirst();
}

/** Makes the council of a kind on a node unless it exists. */
export async function insertBody(
  trx: Executor,
  b: { districtId: string; id: string; nodeId: string; kind: string; name: string },
) {
  await trx
    .insertInto('council_bodies')
    .values({ district_id: b.districtId, id: b.id, node_id: b.nodeId, kind: b.kind, name: b.name })
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'kind']).doNothing())
    .execute();
}

/** Councils on nodes inside the scope expression. */
export function findBodies(db: Executor, inScope: Expression<SqlBool>, nodeId?: string) {
  let q = db
    .selectFrom('council_bodies as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .select([
      'b.district_id',
      'b.id',
      'b.node_id',
      'b.kind',
      'b.name',
      'n.path',
      'n.name as node_name',
      'n.level',
    ])
    .where(inScope);
  if (nodeId) q = q.where('b.node_id', '=', nodeId);
  return q.orderBy('n.path').orderBy('b.kind', 'desc').limit(200).execute();
}

/** A council's present members, in joining order. */
export function findMembers(db: Executor, districtId: string, bodyId: string) {
  return db
    .selectFrom('council_members')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('left_at', 'is', null)
    .orderBy('seq')
    .execute();
}

/** Adds (or brings back) a member; its number is the next in the council. */
export async function upsertMember(
  trx: Executor,
  m: {
    districtId: string;
    bodyId: string;
    personId: string;
    role: string;
    alias: string;
    guardianId: string | null;
  },
) {
  const { rows } = await sql<{ seq: number; alias: string }>`
    INSERT INTO council_members (district_id, body_id, person_id, role, alias, seq, guardian_id)
    SELECT ${m.districtId}::uuid, ${m.bodyId}::uuid, ${m.personId}::uuid, ${m.role},
      replace(${m.alias}, '{n}', (coalesce(max(seq), 0) + 1)::text), coalesce(max(seq), 0) + 1, ${m.guardianId}::uuid
    FROM council_members WHERE district_id = ${m.districtId}::uuid AND body_id = ${m.bodyId}::uuid
    ON CONFLICT (district_id, body_id, person_id)
      DO UPDATE SET role = excluded.role, left_at = NULL, guardian_id = excluded.guardian_id
    RETURNING seq, alias`.execute(trx);
  return rows[0];
}

/** A member leaves: true when they were a member. */
export async function endMember(trx: Executor, districtId: string, bodyId: string, personId: string) {
  const r = await trx
    .updateTable('council_members')
    .set({ left_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Present members among these persons (any council of the district when bodyId is null). */
export function membersAmong(db: Executor, districtId: string, bodyId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('council_members')
    .select(['person_id', 'role', 'alias', 'guardian_id'])
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('person_id', 'in', personIds)
    .where('left_at', 'is', null)
    .execute();
}

/** How many present members of these roles a council has. */
export async function countMembers(
  db: Executor,
  districtId: string,
  bodyId: string,
  roles: readonly string[],
) {
  const r = await db
    .selectFrom('council_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('role', 'in', roles)
    .where('left_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r.n;
}

// ---------- topics ----------

const topicColumns = [
  't.district_id',
  't.id',
  't.body_id',
  't.node_id',
  't.title',
  't.description',
  't.category',
  't.stage',
  't.stage_since',
  't.stage_due_at',
  't.author_user_id',
  't.author_person_id',
  't.author_label',
  't.supports',
  't.vote_id',
  't.vote_audience',
  't.decline_reason',
  't.outcome',
  't.decided_at',
  't.progress',
  't.resolution_note',
  't.resolved_at',
  't.hidden_at',
  't.hidden_reason',
  't.news_at',
  't.created_at',
  't.version',
  'n.path',
  'n.name as node_name',
  'b.kind as body_kind',
] as const;
const ideaCount = sql<number>`(SELECT count(*)::int FROM council_ideas i
  WHERE i.district_id = t.district_id AND i.topic_id = t.id AND i.hidden_at IS NULL)`.as('idea_count');

function topicsFrom(db: Executor) {
  return db
    .selectFrom('council_topics as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .innerJoin('council_bodies as b', (j) =>
      j.onRef('b.district_id', '=', 't.district_id').onRef('b.id', '=', 't.body_id'),
    );
}

/** A topic by id with its node and council kind (locked for a change when asked). */
export function findTopic(db: Executor, id: string, lock = false) {
  let q = topicsFrom(db)
    .select([...topicColumns, ideaCount])
    .where('t.id', '=', id);
  if (lock) q = q.forUpdate(['t']);
  return q.executeTakeFirst();
}
export type TopicRow = NonNullable<Awaited<ReturnType<typeof findTopic>>>;

/** The topic a vote decides, locked (for the tally's hook). */
export function findTopicByVote(db: Executor, districtId: string, voteId: string) {
  return topicsFrom(db)
    .select([...topicColumns, ideaCount])
    .where('t.district_id', '=', districtId)
    .where('t.vote_id', '=', voteId)
    .forUpdate(['t'])
    .executeTakeFirst();
}

/** Topics matching filters inside the scope, newest news first, with the total. */
export async function findTopics(
  db: Executor,
  f: {
    inScope: Expression<SqlBool>;
    /** Hidden topics are listed only for these (moderators); an author always sees their own. */
    showHidden: boolean;
    userId: string | null;
    nodeId?: string;
    bodyId?: string;
    kind?: string;
    stage?: Stage;
    stages?: readonly Stage[];
    q?: string;
    mine?: boolean;
    createdFrom?: Date;
    createdTo?: Date;
    limit: number;
    offset: number;
  },
) {
  let q = topicsFrom(db).where(f.inScope);
  if (!f.showHidden)
    q = q.where((eb) =>
      eb.or([eb('t.hidden_at', 'is', null), ...(f.userId ? [eb('t.author_user_id', '=', f.userId)] : [])]),
    );
  if (f.nodeId) q = q.where('t.node_id', '=', f.nodeId);
  if (f.bodyId) q = q.where('t.body_id', '=', f.bodyId);
  if (f.kind) q = q.where('b.kind', '=', f.kind);
  if (f.stage) q = q.where('t.stage', '=', f.stage);
  if (f.stages) q = q.where('t.stage', 'in', [...f.stages]);
  if (f.q) q = q.where('t.title', 'ilike', '%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%');
  if (f.mine && f.userId) q = q.where('t.author_user_id', '=', f.userId);
  if (f.createdFrom) q = q.where('t.created_at', '>=', f.createdFrom);
  if (f.createdTo) q = q.where('t.created_at', '<', f.createdTo);
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select([...topicColumns, ideaCount])
    .orderBy('t.news_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total, rows };
}

/** Inserts a topic. */
export async function insertTopic(
  trx: Executor,
  t: {
    districtId: string;
    id: string;
    bodyId: string;
    nodeId: string;
    title: string;
    description: string;
    category: string;
    dueAt: Date | null;
    authorUserId: string;
    authorPersonId: string | null;
    authorLabel: string;
  },
) {
  await trx
    .insertInto('council_topics')
    .values({
      district_id: t.districtId,
      id: t.id,
      body_id: t.bodyId,
      node_id: t.nodeId,
      title: t.title,
      description: t.description,
      category: t.category,
      stage: 'raise',
      stage_due_at: t.dueAt,
      author_user_id: t.authorUserId,
      author_person_id: t.authorPersonId,
      author_label: t.authorLabel,
    })
    .execute();
}

/** Moves a topic to a stage (and whatever else the transition sets), as news for its followers. */
export async function updateTopic(
  trx: Executor,
  districtId: string,
  id: string,
  set: {
    stage?: Stage;
    stage_due_at?: Date | null;
    vote_id?: string;
    vote_audience?: string;
    decline_reason?: string | null;
    outcome?: 'adopted' | 'not_adopted';
    decided_at?: Date;
    progress?: number;
    resolution_note?: string;
    resolved_at?: Date;
  },
  news = true,
) {
  await trx
    .updateTable('council_topics')
    .set({
      ...set,
      ...(set.stage ? { stage_since: sql`now()` } : {}),
      ...(news ? { news_at: sql`now()` } : {}),
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Sets a topic's step deadline if its version is still the one given: false otherwise. */
export async function setDeadline(
  trx: Executor,
  districtId: string,
  id: string,
  dueAt: Date,
  version: number,
) {
  const r = await trx
    .updateTable('council_topics')
    .set({ stage_due_at: dueAt, updated_at: sql`now()`, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Hides (with a reason) or shows again a topic, idea or comment: false when there is none. */
export async function setHidden(
  trx: Executor,
  table: 'council_topics' | 'council_ideas' | 'council_comments',
  districtId: string,
  id: string,
  reason: string | null,
) {
  const r = await trx
    .updateTable(table)
    .set({ hidden_at: reason === null ? null : sql`now()`, hidden_reason: reason })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------- supports, ideas, comments ----------

/** Records a support (附议) once per supporter and counts it on its target: true when new. */
export async function addSupport(
  trx: Executor,
  s: {
    districtId: string;
    targetId: string;
    supporterId: string;
    byUserId: string;
    table: 'council_topics' | 'council_ideas';
  },
) {
  const r = await trx
    .insertInto('council_supports')
    .values({
      district_id: s.districtId,
      target_id: s.targetId,
      supporter_id: s.supporterId,
      by_user_id: s.byUserId,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
  await trx
    .updateTable(s.table)
    .set({ supports: sql`supports + 1` })
    .where('district_id', '=', s.districtId)
    .where('id', '=', s.targetId)
    .execute();
  return true;
}

/** Which of these targets any of these supporters has supported. */
export async function supportedAmong(
  db: Executor,
  districtId: string,
  targetIds: readonly string[],
  supporterIds: readonly string[],
) {
  if (targetIds.length === 0 || supporterIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('council_supports')
    .select('target_id')
    .where('district_id', '=', districtId)
    .where('target_id', 'in', targetIds)
    .where('supporter_id', 'in', supporterIds)
    .execute();
  return new Set(rows.map((r) => r.target_id));
}

/** Inserts an idea. */
export async function insertIdea(
  trx: Executor,
  i: {
    districtId: string;
    id: string;
    topicId: string;
    userId: string;
    personId: string | null;
    label: string;
    text: string;
  },
) {
  await trx
    .insertInto('council_ideas')
    .values({
      district_id: i.districtId,
      id: i.id,
      topic_id: i.topicId,
      author_user_id: i.userId,
      author_person_id: i.personId,
      author_label: i.label,
      text: i.text,
    })
    .execute();
}

/** An idea with its topic id. */
export function findIdea(db: Executor, id: string) {
  return db.selectFrom('council_ideas').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A topic's ideas, most supported first. */
export function findIdeas(db: Executor, districtId: string, topicId: string) {
  return db
    .selectFrom('council_ideas')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('topic_id', '=', topicId)
    .orderBy('supports', 'desc')
    .orderBy('created_at')
    .execute();
}

/** Inserts a comment. */
export async function insertComment(
  trx: Executor,
  c: {
    districtId: string;
    id: string;
    topicId: string;
    stage: Stage;
    userId: string;
    personId: string | null;
    label: string;
    text: string;
  },
) {
  await trx
    .insertInto('council_comments')
    .values({
      district_id: c.districtId,
      id: c.id,
      topic_id: c.topicId,
      stage: c.stage,
      author_user_id: c.userId,
      author_person_id: c.personId,
      author_label: c.label,
      text: c.text,
    })
    .execute();
}

/** A comment with its topic id. */
export function findComment(db: Executor, id: string) {
  return db.selectFrom('council_comments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A topic's comments in order. */
export function findComments(db: Executor, districtId: string, topicId: string) {
  return db
    .selectFrom('council_comments')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('topic_id', '=', topicId)
    .orderBy('created_at')
    .execute();
}

/** Recent ideas and comments in the scope (for moderators). */
export async function findRecentPosts(db: Executor, inScope: Expression<SqlBool>, limit: number) {
  const { rows } = await sql<{
    target: 'idea' | 'comment';
    id: string;
    topic_id: string;
    topic_title: string;
    author_label: string;
    text: string;
    hidden_at: Date | null;
    hidden_reason: string | null;
    created_at: Date;
  }>`
    SELECT x.* FROM (
      SELECT 'idea' AS target, i.id, i.topic_id, t.title AS topic_title, i.author_label, i.text, i.hidden_at,
        i.hidden_reason, i.created_at, t.node_id
      FROM council_ideas i JOIN council_topics t ON t.district_id = i.district_id AND t.id = i.topic_id
      UNION ALL
      SELECT 'comment', c.id, c.topic_id, t.title, c.author_label, c.text, c.hidden_at, c.hidden_reason, c.created_at,
        t.node_id
      FROM council_comments c JOIN council_topics t ON t.district_id = c.district_id AND t.id = c.topic_id
    ) x
    WHERE ${inScope}
    ORDER BY x.created_at DESC LIMIT ${limit}`.execute(db);
  return rows;
}

// ---------- drafts ----------

/** How many visible ideas and drafts of each kind a topic has (the facts of its transitions). */
export async function topicFacts(db: Executor, districtId: string, topicId: string) {
  const r = await db
    .selectFrom('council_topics as t')
    .select([
      sql<number>`(SELECT count(*)::int FROM council_ideas i WHERE i.district_id = t.district_id
        AND i.topic_id = t.id AND i.hidden_at IS NULL)`.as('ideas'),
      sql<number>`(SELECT coalesce(max(version), 0)::int FROM council_drafts d WHERE d.district_id = t.district_id
        AND d.topic_id = t.id AND d.kind = 'plan')`.as('plan'),
      sql<number>`(SELECT coalesce(max(version), 0)::int FROM council_drafts d WHERE d.district_id = t.district_id
        AND d.topic_id = t.id AND d.kind = 'convention')`.as('convention'),
    ])
    .where('t.district_id', '=', districtId)
    .where('t.id', '=', topicId)
    .executeTakeFirstOrThrow();
  return r;
}

/** Inserts a draft version. */
export async function insertDraft(
  trx: Executor,
  d: {
    districtId: string;
    id: string;
    topicId: string;
    kind: 'plan' | 'convention';
    version: number;
    text: string;
    note: string;
    userId: string;
    label: string;
  },
) {
  await trx
    .insertInto('council_drafts')
    .values({
      district_id: d.districtId,
      id: d.id,
      topic_id: d.topicId,
      kind: d.kind,
      version: d.version,
      text: d.text,
      note: d.note,
      author_user_id: d.userId,
      author_label: d.label,
    })
    .execute();
}

/** Every draft of a topic, by kind and version. */
export function findDrafts(db: Executor, districtId: string, topicId: string) {
  return db
    .selectFrom('council_drafts')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('topic_id', '=', topicId)
    .orderBy('kind')
    .orderBy('version')
    .execute();
}

/** The latest plan and convention texts of topics (public pages). */
export async function latestDrafts(db: Executor, districtId: string, topicIds: readonly string[]) {
  if (topicIds.length === 0) return [];
  return db
    .selectFrom('council_drafts')
    .distinctOn(['topic_id', 'kind'])
    .select(['topic_id', 'kind', 'text'])
    .where('district_id', '=', districtId)
    .where('topic_id', 'in', topicIds)
    .orderBy('topic_id')
    .orderBy('kind')
    .orderBy('version', 'desc')
    .execute();
}

// ---------- follows and progress ----------

/** Follows a topic (or stops): following marks what is there now as seen. */
export async function setFollow(
  trx: Executor,
  districtId: string,
  topicId: string,
  userId: string,
  follow: boolean,
) {
  if (follow)
    await trx
      .insertInto('council_follows')
      .values({ district_id: districtId, topic_id: topicId, user_id: userId })
      .onConflict((oc) => oc.columns(['district_id', 'topic_id', 'user_id']).doNothing())
      .execute();
  else
    await trx
      .deleteFrom('council_follows')
      .where('district_id', '=', districtId)
      .where('topic_id', '=', topicId)
      .where('user_id', '=', userId)
      .execute();
}

/** Marks a followed topic seen now. */
export async function markSeen(db: Executor, districtId: string, topicId: string, userId: string) {
  await db
    .updateTable('council_follows')
    .set({ seen_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('topic_id', '=', topicId)
    .where('user_id', '=', userId)
    .execute();
}

/** Which of these topics the account follows. */
export async function followingAmong(db: Executor, userId: string, topicIds: readonly string[]) {
  if (topicIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('council_follows')
    .select('topic_id')
    .where('user_id', '=', userId)
    .where('topic_id', 'in', topicIds)
    .execute();
  return new Set(rows.map((r) => r.topic_id));
}

/** The accounts following a topic, but one. */
export async function followersOf(db: Executor, districtId: string, topicId: string, except: string | null) {
  const rows = await db
    .selectFrom('council_follows')
    .select('user_id')
    .where('district_id', '=', districtId)
    .where('topic_id', '=', topicId)
    .execute();
  return rows.map((r) => r.user_id).filter((u) => u !== except);
}

/** Followed topics with news the account has not seen. */
export function findFollowedWithNews(db: Executor, userId: string, limit: number) {
  return db
    .selectFrom('council_follows as f')
    .innerJoin('council_topics as t', (j) =>
      j.onRef('t.district_id', '=', 'f.district_id').onRef('t.id', '=', 'f.topic_id'),
    )
    .select(['t.id', 't.title', 't.stage', 't.news_at'])
    .where('f.user_id', '=', userId)
    .whereRef('t.news_at', '>', 'f.seen_at')
    .where('t.hidden_at', 'is', null)
    .orderBy('t.news_at', 'desc')
    .limit(limit)
    .execute();
}

/** Inserts an implementation note. */
export async function insertProgress(
  trx: Executor,
  p: {
    districtId: string;
    id: string;
    topicId: string;
    text: string;
    percent: number;
    userId: string;
    label: string;
  },
) {
  await trx
    .insertInto('council_progress')
    .values({
      district_id: p.districtId,
      id: p.id,
      topic_id: p.topicId,
      text: p.text,
      percent: p.percent,
      author_user_id: p.userId,
      author_label: p.label,
    })
    .execute();
}

/** A topic's implementation notes in order. */
export function findProgress(db: Executor, districtId: string, topicId: string) {
  return db
    .selectFrom('council_progress')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('topic_id', '=', topicId)
    .orderBy('created_at')
    .execute();
}

// ---------- meetings ----------

const meetingColumns = [
  'm.district_id',
  'm.id',
  'm.body_id',
  'm.node_id',
  'm.title',
  'm.starts_at',
  'm.place',
  'm.agenda',
  'm.topic_ids',
  'm.status',
  'm.minutes',
  'm.attendees',
  'm.held_at',
  'm.cancel_reason',
  'm.version',
  'n.path',
  'n.name as node_name',
  'b.name as body_name',
  'b.kind as body_kind',
] as const;

function meetingsFrom(db: Executor) {
  return db
    .selectFrom('council_meetings as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .innerJoin('council_bodies as b', (j) =>
      j.onRef('b.district_id', '=', 'm.district_id').onRef('b.id', '=', 'm.body_id'),
    );
}

/** A meeting by id (locked when asked). */
export function findMeeting(db: Executor, id: string, lock = false) {
  let q = meetingsFrom(db).select(meetingColumns).where('m.id', '=', id);
  if (lock) q = q.forUpdate(['m']);
  return q.executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** Meetings inside the scope, latest first, with the total. */
export async function findMeetings(
  db: Executor,
  f: {
    inScope: Expression<SqlBool>;
    nodeId?: string;
    bodyId?: string;
    status?: string;
    topicId?: string;
    from?: Date;
    to?: Date;
    limit: number;
    offset: number;
  },
) {
  let q = meetingsFrom(db).where(f.inScope);
  if (f.nodeId) q = q.where('m.node_id', '=', f.nodeId);
  if (f.bodyId) q = q.where('m.body_id', '=', f.bodyId);
  if (f.status) q = q.where('m.status', '=', f.status);
  if (f.topicId) q = q.where(sql<boolean>`${f.topicId}::uuid = ANY(m.topic_ids)`);
  if (f.from) q = q.where('m.starts_at', '>=', f.from);
  if (f.to) q = q.where('m.starts_at', '<', f.to);
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select(meetingColumns)
    .orderBy('m.starts_at', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total, rows };
}

/** Inserts a meeting. */
export async function insertMeeting(
  trx: Executor,
  m: {
    districtId: string;
    id: string;
    bodyId: string;
    nodeId: string;
    title: string;
    startsAt: Date;
    place: string;
    agenda: string;
    topicIds: string[];
    createdBy: string;
  },
) {
  await trx
    .insertInto('council_meetings')
    .values({
      district_id: m.districtId,
      id: m.id,
      body_id: m.bodyId,
      node_id: m.nodeId,
      title: m.title,
      starts_at: m.startsAt,
      place: m.place,
      agenda: m.agenda,
      topic_ids: m.topicIds,
      created_by: m.createdBy,
    })
    .execute();
}

/** Changes a meeting if its version is still the one given: false otherwise. */
export async function updateMeeting(
  trx: Executor,
  districtId: string,
  id: string,
  version: number,
  set: {
    title?: string;
    starts_at?: Date;
    place?: string;
    agenda?: string;
    topic_ids?: string[];
    status?: string;
    minutes?: string;
    attendees?: number;
    held_at?: Date;
    cancel_reason?: string;
  },
) {
  const r = await trx
    .updateTable('council_meetings')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Replaces a meeting's attendance list. */
export async function replaceAttendance(
  trx: Executor,
  districtId: string,
  meetingId: string,
  rows: { personId: string | null; label: string; role: string }[],
) {
  await trx
    .deleteFrom('council_attendance')
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .execute();
  if (rows.length)
    await trx
      .insertInto('council_attendance')
      .values(
        rows.map((r, i) => ({
          district_id: districtId,
          meeting_id: meetingId,
          seq: i + 1,
          person_id: r.personId,
          label: r.label,
          role: r.role,
        })),
      )
      .execute();
}

/** A meeting's attendance list. */
export function findAttendance(db: Executor, districtId: string, meetingId: string) {
  return db
    .selectFrom('council_attendance')
    .select(['label', 'role'])
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .execute();
}

/** Stores a meeting photo. */
export async function insertPhoto(
  trx: Executor,
  p: {
    districtId: string;
    id: string;
    meetingId: string;
    mime: string;
    width: number;
    height: number;
    bytes: Buffer;
    by: string;
  },
) {
  await trx
    .insertInto('council_photos')
    .values({
      district_id: p.districtId,
      id: p.id,
      meeting_id: p.meetingId,
      mime: p.mime,
      width: p.width,
      height: p.height,
      bytes: p.bytes,
      created_by: p.by,
    })
    .execute();
}

/** A meeting's photos (without their bytes). */
export function findPhotos(db: Executor, districtId: string, meetingId: string) {
  return db
    .selectFrom('council_photos')
    .select(['id', 'width', 'height'])
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
}

/** A photo with its bytes and its meeting. */
export function findPhoto(db: Executor, id: string) {
  return db.selectFrom('council_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Titles of topics by id. */
export function findTopicTitles(db: Executor, districtId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('council_topics')
    .select(['id', 'title', 'node_id'])
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}

// ---------- figures ----------

/** The council's figures under a subtree in a period (Futian's 187 meetings, 346 proposals, 254 resolved). */
export async function figures(db: Executor, paths: string[], from: Date, to: Date) {
  const t = await db
    .selectFrom('council_topics as t')
    .where(nodeInPaths('t.node_id', paths))
    .where('t.hidden_at', 'is', null)
    .select([
      sql<number>`count(*) FILTER (WHERE t.created_at >= ${from} AND t.created_at < ${to})::int`.as(
        'proposals',
      ),
      sql<number>`count(*) FILTER (WHERE t.resolved_at >= ${from} AND t.resolved_at < ${to})::int`.as(
        'resolved',
      ),
      sql<number>`count(*) FILTER (WHERE t.decided_at >= ${from} AND t.decided_at < ${to})::int`.as(
        'decided',
      ),
      sql<number>`count(*) FILTER (WHERE t.decided_at >= ${from} AND t.decided_at < ${to}
        AND t.outcome = 'adopted')::int`.as('adopted'),
    ])
    .executeTakeFirstOrThrow();
  const m = await db
    .selectFrom('council_meetings as m')
    .where(nodeInPaths('m.node_id', paths))
    .where('m.status', '=', 'held')
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to)
    .select((eb) => eb.fn.countAll<number>().as('meetings'))
    .executeTakeFirstOrThrow();
  return { meetings: m.meetings, ...t };
}

/** A council's own counts: topics raised, meetings held, topics resolved (all time). */
export async function bodyFigures(db: Executor, districtId: string, bodyId: string) {
  const r = await db
    .selectFrom('council_bodies as b')
    .select([
      sql<number>`(SELECT count(*)::int FROM council_topics t WHERE t.district_id = b.district_id
        AND t.body_id = b.id AND t.hidden_at IS NULL)`.as('topics'),
      sql<number>`(SELECT count(*)::int FROM council_meetings m WHERE m.district_id = b.district_id
        AND m.body_id = b.id AND m.status = 'held')`.as('meetings'),
      sql<number>`(SELECT count(*)::int FROM council_topics t WHERE t.district_id = b.district_id
        AND t.body_id = b.id AND t.stage = 'resolved')`.as('resolved'),
    ])
    .where('b.district_id', '=', districtId)
    .where('b.id', '=', bodyId)
    .executeTakeFirstOrThrow();
  return r;
}

/** Topics past their step's deadline inside the scope. */
export function findOverdue(db: Executor, inScope: Expression<SqlBool>, limit: number) {
  return topicsFrom(db)
    .select([...topicColumns, ideaCount])
    .where(inScope)
    .where('t.stage', 'in', ['raise', 'ideas', 'plan', 'floor', 'convention'])
    .where('t.stage_due_at', '<', sql<Date>`now()`)
    .where('t.hidden_at', 'is', null)
    .orderBy('t.stage_due_at')
    .limit(limit)
    .execute();
}

// ---------- public pages ----------

/** Communities whose name matches, with their parents' names (public sign-up and pages). */
export function searchCommunities(db: Executor, q: string, limit: number) {
  const like = '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  return db
    .selectFrom('org_nodes as n')
    .select([
      'n.id',
      'n.name',
      'n.district_id',
      sql<string[]>`ARRAY(SELECT p.name FROM org_nodes p
        WHERE p.id = ANY(string_to_array(trim(both '/' from n.path), '/')::uuid[]) AND p.id <> n.id
        ORDER BY p.depth)`.as('parents'),
    ])
    .where('n.level', '=', 'community')
    .where((eb) => eb.or([eb('n.name', 'like', like), eb('n.name_initials', 'like', q.toLowerCase() + '%')]))
    .orderBy('n.name')
    .limit(limit)
    .execute();
}

/** A node with its parents' names, for a public page. */
export function findNodeWithParents(db: Executor, id: string) {
  return db
    .selectFrom('org_nodes as n')
    .select([
      'n.id',
      'n.name',
      'n.district_id',
      'n.path',
      'n.level',
      sql<string[]>`ARRAY(SELECT p.name FROM org_nodes p
        WHERE p.id = ANY(string_to_array(trim(both '/' from n.path), '/')::uuid[]) AND p.id <> n.id
        ORDER BY p.depth)`.as('parents'),
    ])
    .where('n.id', '=', id)
    .executeTakeFirst();
}
