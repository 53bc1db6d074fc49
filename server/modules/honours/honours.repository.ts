/** SQL of the honours module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** A district's awards. */
export function findAwards(db: Executor, districtId: string) {
  return db
    .selectFrom('honours_awards')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('created_at')
    .execute();
}

/** One award. */
export function findAward(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('honours_awards')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Stores an award (nothing when the name is taken). */
export function insertAward(db: Executor, row: Insertable<DB['honours_awards']>) {
  return db
    .insertInto('honours_awards')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'name']).doNothing())
    .executeTakeFirst();
}

/** Stores a nomination. */
export function insertNomination(db: Executor, row: Insertable<DB['honours_nominations']>) {
  return db.insertInto('honours_nominations').values(row).execute();
}

const base = (db: Executor) =>
  db
    .selectFrom('honours_nominations as h')
    .innerJoin('honours_awards as a', (j) =>
      j.onRef('a.district_id', '=', 'h.district_id').onRef('a.id', '=', 'h.award_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'h.district_id').onRef('n.id', '=', 'h.node_id'),
    )
    .selectAll('h')
    .select(['a.name as award_name', 'n.name as node_name', 'n.path']);

/** A nomination with its award and node; locked when asked. */
export function findNomination(db: Executor, id: string, lock = false) {
  let q = base(db).where('h.id', '=', id);
  if (lock) q = q.forUpdate('h');
  return q.executeTakeFirst();
}
export type NominationRow = NonNullable<Awaited<ReturnType<typeof findNomination>>>;

/** Nominations in scope, or by one nominator, of a year and states. */
export function findNominations(
  db: Executor,
  q: { inScope?: Where; by?: string; year?: number; states?: string[]; limit?: number },
) {
  let s = base(db)
    .orderBy('h.created_at', 'desc')
    .limit(q.limit ?? 5000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.by) s = s.where('h.nominated_by', '=', q.by);
  if (q.year) s = s.where('h.year', '=', q.year);
  if (q.states) s = s.where('h.state', 'in', q.states);
  return s.execute();
}

/** Writes a nomination's review or publication, checking the version. */
export function updateNomination(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['honours_nominations']>,
) {
  return updateVersioned(db, 'honours_nominations', { districtId, id, version }, set);
}

/** Counts of nominations and published honours under a subtree in a year. */
export function figures(db: Executor, inScope: Where, year: number) {
  return db
    .selectFrom('honours_nominations as h')
    .select([
      sql<number>`count(*)::int`.as('nominations'),
      sql<number>`count(*) FILTER (WHERE h.state = 'published')::int`.as('awarded'),
    ])
    .where(inScope)
    .where('h.year', '=', year)
    .executeTakeFirstOrThrow();
}

/** Nominations in scope of these nominees (a repeated import finds its rows there). */
export function nominationsOf(db: Executor, inScope: Where, names: string[]) {
  if (!names.length) return Promise.resolve([]);
  return db
    .selectFrom('honours_nominations as h')
    .select(['h.award_id', 'h.node_id', 'h.year', 'h.category', 'h.nominee_name'])
    .where(inScope)
    .where('h.nominee_name', 'in', names)
    .execute();
}
