/** Rotation [004 Luohu]: the alerts a year ahead and at the limit, and the rotation plan. */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import {
  districtsOf,
  deptTypeOf,
  settingsOf,
  todayOf,
  visibleCadre,
  type AssessmentDeps,
  namesOf,
  unitsInScope,
  addAboutCadre,
} from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import { createCadresInScope } from './assessment.results.scope.ts';
import { rotationAlerts } from './assessment.rules.ts';

/** Builds the rotation verbs. */
export function createRotationService(deps: AssessmentDeps) {
  const { db, auditor } = deps;
  const cadresInScope = createCadresInScope(deps);

  return {
    /** Rotation alerts [004]: a year ahead and at the limit, with whether a plan exists. */
    async rotationAlerts(ctx: RequestContext, districtId: string) {
      const { actor, cadres, units } = await cadresInScope(ctx, districtId, 'assessment.manage');
      const settings = await settingsOf(db, districtId);
      const plans = await repo.findRotationPlans(
        db,
        districtId,
        nodeInScope('unit_node_id', actor, 'assessment.manage'),
      );
      const planned = new Set(
        plans.filter((p) => p.status === 'planned').map((p) => `${p.person_id}|${p.rule}`),
      );
      const today = todayOf(deps);
      return cadres
        .flatMap((c) =>
          rotationAlerts(
            { ...c, deptType: deptTypeOf(units.get(c.unitNodeId)) },
            today,
            settings.rotation,
          ).map((a) => ({
            personId: c.personId,
            name: c.name,
            unitNodeId: c.unitNodeId,
            unitName: units.get(c.unitNodeId)?.name ?? '',
            post: c.post,
            ...a,
            planned: planned.has(`${c.personId}|${a.rule}`),
          })),
        )
        .sort((a, b) => a.limitOn.localeCompare(b.limitOn));
    },

    /** The rotation plan in scope. */
    async rotationPlans(ctx: RequestContext, districtId: string) {
      const scope = unitsInScope(ctx, 'assessment.manage', districtId);
      const rows = await repo.findRotationPlans(db, districtId, scope);
      const names = await namesOf(deps, districtId, rows);
      return rows.map((r) => ({
        id: r.id,
        personId: r.person_id,
        name: names.get(r.person_id) ?? '',
        unitNodeId: r.unit_node_id,
        rule: r.rule,
        plannedOn: String(r.planned_on),
        target: r.target,
        status: r.status as 'planned',
        note: r.note,
      }));
    },

    /** Puts a cadre on the rotation plan. */
    async planRotation(
      ctx: RequestContext,
      b: { personId: string; rule: string; plannedOn: string; target: string; note: string },
    ) {
      requirePermission(ctx, 'assessment.manage');
      const { cadre } = await visibleCadre(deps, ctx, b.personId, 'assessment.manage');
      return addAboutCadre(
        deps,
        ctx,
        cadre,
        (trx, key) =>
          repo.insertRotationPlan(trx, {
            ...key,
            rule: b.rule,
            planned_on: b.plannedOn,
            target: b.target,
            note: b.note,
            created_by: ctx.actor!.userId,
          }),
        {
          action: 'assessment.rotation.plan',
          objectType: 'assessment_rotation_plan',
          detail: { personId: b.personId, rule: b.rule, plannedOn: b.plannedOn },
        },
      );
    },

    /** Marks a plan done or cancelled. */
    async setRotationPlan(ctx: RequestContext, id: string, status: 'planned' | 'done' | 'cancelled') {
      const actor = requirePermission(ctx, 'assessment.manage');
      return db.transaction().execute(async (trx) => {
        const r = await repo.updateRotationPlan(trx, districtsOf(actor, 'assessment.manage'), id, status);
        if (!r) throw new NotFoundError();
        const n = await deps.org.findNode(r.unit_node_id);
        if (!n || !can(actor, 'assessment.manage', n.path)) throw new NotFoundError();
        await auditor.append(trx, ctx, {
          action: 'assessment.rotation.update',
          objectType: 'assessment_rotation_plan',
          objectId: id,
          districtId: r.district_id,
          detail: { status },
        });
        return { id, status };
      });
    },
  };
}
