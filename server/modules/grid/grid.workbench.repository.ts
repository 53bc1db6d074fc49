/** SQL of the home page's figures: unvisited records, open imports and housing counts. */
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

/** How many records under some subtrees were never visited (nobody has checked them on the spot). */
export async function unvisitedRecordCount(db: Executor, paths: string[]) {
  if (!paths.length) return 0;
  const r = await db
    .selectFrom('grid_records')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where('last_visited_at', 'is', null)
    .where(nodeInPaths('node_id', paths))
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

/** A user's imports previewed (or cut short) and not yet committed, since a time. */
export function openImportsOf(db: Executor, userId: string, since: Date) {
  return db
    .selectFrom('grid_imports')
    .select(['id', 'kind', 'total', 'valid', 'status', 'created_at'])
    .where('user_id', '=', userId)
    .where('status', '!=', 'committed')
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Housing records under a subtree, and how many of them were visited within a period. */
export async function housingCounts(
  db: Executor,
  districtId: string,
  path: string,
  from: string,
  to: string,
) {
  const r = await db
    .selectFrom('grid_records as r')
    .select([
      (eb) => eb.fn.countAll<number>().as('registered'),
      (eb) =>
        eb.fn
          .count<number>('r.id')
          .filterWhere((w) =>
            w.exists(
              w
                .selectFrom('grid_visits as v')
                .select('v.id')
                .whereRef('v.district_id', '=', 'r.district_id')
                .whereRef('v.record_id', '=', 'r.id')
                .where('v.day', '>=', from)
                .where('v.day', '<=', to),
            ),
          )
          .as('visited'),
    ])
    .where('r.district_id', '=', districtId)
    .where('r.kind', '=', 'housing')
    .where(nodeInPaths('r.node_id', [path]))
    .executeTakeFirstOrThrow();
  return { registered: Number(r.registered), visited: Number(r.visited) };
}
