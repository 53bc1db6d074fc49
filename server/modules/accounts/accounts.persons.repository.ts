/**
 * The accounts standing for some persons of a district (not disabled), for modules that must tell a
 * person something (a seconded cadre, a paired party member): user id by person id. No permission check: callers decide.
 */
import type { Executor } from '../../platform/db/db.ts';

/** person id → the account's user id (the first account when a person has several). */
export async function userIdsOfPersons(
  db: Executor,
  districtId: string,
  personIds: string[],
): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows = await db
    .selectFrom('accounts_users')
    .select(['id', 'person_id'])
    .where('person_id', 'in', personIds)
    .where('home_district_id', '=', districtId)
    .where('disabled', '=', false)
    .orderBy('created_at')
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) if (r.person_id && !out.has(r.person_id)) out.set(r.person_id, r.id);
  return out;
}
