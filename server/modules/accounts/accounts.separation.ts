/**
 * Three-role separation 三员分立 as pure rules, with no Node-only import so the web client shows the
 * same rules on the grant screen (accounts.rules.ts re-exports them).
 */
import { SECURITY_ROLES, type Role } from '../../platform/access/access.ts';

/** Why a role cannot be added to an account's roles ('accounts.<problem>'), or null when it can. */
export type SeparationProblem = 'three_roles' | 'security_with_business';

/**
 * Three-role separation 三员分立: no account holds two of the system, security and audit
 * administrator roles, and an account holding one of them holds no business role at all (the
 * system administrator cannot make itself an officer and reveal IDs; the security administrator
 * cannot make an officer a security administrator). Re-granting a role already held on another
 * node is not a problem.
 */
export function separationProblem(held: Role[], adding: Role): SeparationProblem | null {
  const security = (r: Role) => SECURITY_ROLES.includes(r);
  if (security(adding)) {
    if (held.some((r) => security(r) && r !== adding)) return 'three_roles';
    if (held.some((r) => !security(r))) return 'security_with_business';
  } else if (held.some(security)) return 'security_with_business';
  return null;
}

/** The first separation problem of a whole set of roles (e.g. an account made with its grants). */
export function rolesProblem(roles: Role[]): SeparationProblem | null {
  for (let i = 0; i < roles.length; i++) {
    const p = separationProblem(roles.slice(0, i), roles[i]);
    if (p) return p;
  }
  return null;
}
