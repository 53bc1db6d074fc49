/**
 * SQL of council topics 议题, which every family reads, and the node lookup for scope checks. Only council's
 * own tables and org_nodes for paths and names.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { Stage } from './council.rules.ts';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';
import { likeEscape } from '../../platform/db/like.ts';

export const topicColumns = [
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

export const ideaCount = sql<number>`(SELECT count(*)::int FROM council_ideas i
  WHERE i.district_id = t.district_id AND i.topic_id = t.id AND i.hidden_at IS NULL)`.as('idea_count');

export function topicsFrom(db: Executor) {
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
  if (f.q) q = q.where('t.title', 'ilike', '%' + likeEscape(f.q) + '%');
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
