/** SQL of the figures and the public pages: topics by stage, overdue topics, communities found by name. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from '../../platform/db/like.ts';
import { ideaCount, topicColumns, topicsFrom } from './council.repository.ts';

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

/** The names of a node's (n) parents, top first. */
function parentNames() {
  return sql<string[]>`ARRAY(SELECT p.name FROM org_nodes p
        WHERE p.id = ANY(string_to_array(trim(both '/' from n.path), '/')::uuid[]) AND p.id <> n.id
        ORDER BY p.depth)`.as('parents');
}

/** Communities whose name matches, with their parents' names (public sign-up and pages). */
export function searchCommunities(db: Executor, q: string, limit: number) {
  const like = '%' + likeEscape(q) + '%';
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.name', 'n.district_id', parentNames()])
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
    .select(['n.id', 'n.name', 'n.district_id', 'n.path', 'n.level', parentNames()])
    .where('n.id', '=', id)
    .executeTakeFirst();
}
