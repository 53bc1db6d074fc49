/** The cadres of a district whose units are in the actor's scope (results and rotation both list them). */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { requireDistrict, unitsOf, type AssessmentDeps } from './assessment.context.ts';

/** Builds cadresInScope over deps. */
export function createCadresInScope(deps: AssessmentDeps) {
  /** The cadres of a district whose units are in the actor's scope, with their unit rows. */
  async function cadresInScope(ctx: RequestContext, districtId: string, action: string) {
    const actor = requirePermission(ctx, action);
    requireDistrict(actor, action, districtId);
    const all = await deps.cadres.cadresOf(districtId);
    const units = await unitsOf(deps, districtId, [...new Set(all.map((c) => c.unitNodeId))]);
    const allowed = new Set<string>();
    // an officer of the whole district sees every unit; others are checked unit by unit
    const district = await deps.org.findNode(districtId);
    const whole = !!district && can(actor, action, district.path);
    for (const u of units.keys()) {
      const n = whole ? null : await deps.org.findNode(u);
      if (whole || (n && can(actor, action, n.path))) allowed.add(u);
    }
    return { actor, cadres: all.filter((c) => allowed.has(c.unitNodeId)), units };
  }
  return cadresInScope;
}
