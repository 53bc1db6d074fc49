/** SQL of nomination quotas and member phone reveal (the culture module's own tables, org_nodes for paths). */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin, pathInPaths } from '../../platform/access/scope.ts';

/** The quotas of a year on the given nodes (a nomination's team node and its ancestors), locked, by path. */
export function quotasOn(db: Executor, districtId: string, nodeIds: string[], year: number, title: string) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('culture_nomination_quotas as q')
    .innerJoin('org_nodes as n', nodeJoin('q'))
    .select(['q.node_id', 'q.quota', 'n.path', 'n.name'])
    .where('q.district_id', '=', districtId)
    .where('q.node_id', 'in', nodeIds)
    .where('q.year', '=', year)
    .where('q.title', '=', title)
    .orderBy('n.path')
    .forUpdate('q')
    .execute();
}

/** Nominations of a year and title, not declined, of members whose team stands under a path. */
export async function nominationsUnder(
  db: Executor,
  districtId: string,
  path: string,
  year: number,
  title: string,
) {
  const r = await db
    .selectFrom('culture_nominations as x')
    .innerJoin('culture_members as m', (j) =>
      j.onRef('m.district_id', '=', 'x.district_id').onRef('m.id', '=', 'x.member_id'),
    )
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'm.district_id').onRef('t.id', '=', 'm.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(sql<number>`count(*)::int`.as('n'))
    .where('x.district_id', '=', districtId)
    .where('x.year', '=', year)
    .where('x.title', '=', title)
    .where('x.state', '<>', 'declined')
    .where(pathInPaths('n.path', [path]))
    .executeTakeFirstOrThrow();
  return r.n;
}

/** The quotas of a year on nodes under the paths, with the nominations they hold, by path. */
export function quotasUnder(db: Executor, paths: string[], year: number) {
  return db
    .selectFrom('culture_nomination_quotas as q')
    .innerJoin('org_nodes as n', nodeJoin('q'))
    .select([
      'q.node_id',
      'q.title',
      'q.quota',
      'n.name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM culture_nominations x
        JOIN culture_members m ON m.district_id = x.district_id AND m.id = x.member_id
        JOIN culture_teams t ON t.district_id = m.district_id AND t.id = m.team_id
        JOIN org_nodes tn ON tn.district_id = t.district_id AND tn.id = t.node_id
        WHERE x.district_id = q.district_id AND x.year = q.year AND x.title = q.title
          AND x.state <> 'declined' AND tn.path LIKE n.path || '%')`.as('used'),
    ])
    .where(pathInPaths('n.path', paths))
    .where('q.year', '=', year)
    .orderBy('n.path')
    .orderBy('q.title')
    .limit(2000)
    .execute();
}

/** Sets (or replaces) a node's quota for a year and title. */
export function saveQuota(
  db: Executor,
  row: { district_id: string; node_id: string; year: number; title: string; quota: number; set_by: string },
) {
  return db
    .insertInto('culture_nomination_quotas')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'node_id', 'year', 'title'])
        .doUpdateSet({ quota: row.quota, set_by: row.set_by, set_at: sql`now()` }),
    )
    .execute();
}

/** A member's encrypted phone with their team's node path. */
export function memberPhone(db: Executor, id: string) {
  return db
    .selectFrom('culture_members as m')
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'm.district_id').onRef('t.id', '=', 'm.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(['m.id', 'm.district_id', 'm.name', 'm.phone_enc', 'n.path'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}
