/**
 * The enabled accounts holding some roles in a district, each with its display name and the paths of
 * those grants, for modules that let an officer pick people from a list (a contest's judges). No
 * permission check: callers decide.
 */
import type { Executor } from '../../platform/db/db.ts';

/** An account holding one of the roles in the district, with the paths of all its grants there. */
export interface RoleHolder {
  userId: string;
  username: string;
  displayName: string;
  paths: string[];
}

/** Enabled accounts with a grant of one of roles inside the district (with every grant they hold there), by name. */
export async function roleHoldersInDistrict(
  db: Executor,
  districtId: string,
  roles: string[],
): Promise<RoleHolder[]> {
  if (!roles.length) return [];
  const rows = await db
    .selectFrom('accounts_grants as g')
    .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
    .innerJoin('accounts_users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.username', 'u.display_name', 'n.path'])
    .where('g.district_id', '=', districtId)
    .where('g.user_id', 'in', (eb) =>
      eb
        .selectFrom('accounts_grants as r')
        .select('r.user_id')
        .where('r.district_id', '=', districtId)
        .where('r.role', 'in', roles),
    )
    .where('u.disabled', '=', false)
    .orderBy('u.display_name')
    .orderBy('u.username')
    .orderBy('n.path')
    .limit(5000)
    .execute();
  const out = new Map<string, RoleHolder>();
  for (const r of rows) {
    const h = out.get(r.id) ?? {
      userId: r.id,
      username: r.username,
      displayName: r.display_name || r.username,
      paths: [],
    };
    h.paths.push(r.path);
    out.set(r.id, h);
  }
  return [...out.values()];
}
