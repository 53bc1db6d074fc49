/** SQL of what is said on a topic: supports, ideas, comments, drafts, follows and progress. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { Stage } from './council.rules.ts';

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
