/**
 * Persons' full names by id in a district, for a module that keeps a named record the law expects
 * (the voters of an open, non-secret council vote, masked there unless the reader may reveal). No
 * permission check: callers decide who sees them.
 */
import type { Executor } from '../../platform/db/db.ts';

/** person id → full name, for the persons of the district among ids. */
export async function fullNamesOf(
  db: Executor,
  districtId: string,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows = await db
    .selectFrom('people_persons')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('id', 'in', [...new Set(personIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
