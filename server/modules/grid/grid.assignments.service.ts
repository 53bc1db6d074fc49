/** Who serves which grid: listing, assigning (worker, cadre 我当网格员) and ending assignments, and a user's own. */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { GridTree, LoadActor } from './grid.ports.ts';
import * as gridsRepo from './grid.grids.repository.ts';
import type { AssignmentKind } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { assignmentBody, assignmentView } from './grid.schemas.ts';

type AssignmentRow = Awaited<ReturnType<typeof gridsRepo.assignmentsUnder>>[number];

/** Builds the assignment use cases. */
export function createAssignmentsService(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<GridTree, 'findNode' | 'nodesByIds'>;
  scope: Pick<GridScope, 'nodeIn' | 'range'>;
  loadActor: LoadActor;
}) {
  const { db, auditor, tree, scope } = deps;

  /** An assignment as shown, with its node's name. */
  const view = (r: AssignmentRow, node: { name: string }) => ({
    id: r.id,
    userId: r.user_id,
    userName: maskName(r.user_name),
    nodeId: r.node_id,
    nodeName: node.name,
    kind: r.kind as AssignmentKind,
    from: r.from_day,
    to: r.to_day,
  });

  /** Assignments as shown, with their nodes' names, in tree order then latest first. */
  async function views(rows: AssignmentRow[]): Promise<z.infer<typeof assignmentView>[]> {
    const nodes = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n]));
    return rows
      .filter((r) => nodes.has(r.node_id))
      .map((r) => ({ ...view(r, nodes.get(r.node_id)!), path: nodes.get(r.node_id)!.path }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.from < b.from ? 1 : -1))
      .map(({ path: _p, ...v }) => v);
  }

  return {
    /** Assignments on a node's subtree. */
    async assignments(ctx: RequestContext, nodeId: string) {
      const n = await scope.range(ctx, nodeId);
      return views(await gridsRepo.assignmentsUnder(db, [n.path], 5000));
    },

    /** Assigns a worker or a cadre serving as one (for a period) to a grid or micro-grid. */
    async assign(ctx: RequestContext, input: z.output<typeof assignmentBody>) {
      const actor = requirePermission(ctx, 'grid.manage');
      const who = await deps.loadActor(input.userId);
      if (!who) throw new InvalidError([{ field: 'userId', key: 'grid.user_unknown' }]);
      const n = await scope.nodeIn(actor, 'grid.manage', input.nodeId);
      if (!['grid', 'micro_grid'].includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'grid.not_grid' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await gridsRepo.insertAssignment(trx, {
          district_id: n.districtId,
          id,
          user_id: input.userId,
          user_name: who.displayName,
          node_id: n.id,
          kind: input.kind,
          from_day: input.from,
          to_day: input.to ?? null,
        });
        await auditor.append(trx, ctx, {
          action: 'grid.assign',
          objectType: 'grid_assignment',
          objectId: id,
          districtId: n.districtId,
          detail: input,
        });
        return { id };
      });
    },

    /** Ends an assignment today (or on its first day, if it has not begun). */
    async endAssignment(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'grid.manage');
      return db.transaction().execute(async (trx) => {
        const a = await gridsRepo.assignmentForUpdate(trx, id);
        const node = a ? await tree.findNode(a.node_id) : null;
        if (!a || !node || !can(actor, 'grid.manage', node.path)) throw new NotFoundError();
        const today = shanghaiDay();
        await gridsRepo.endAssignment(trx, a.district_id, id, today < a.from_day ? a.from_day : today);
        await auditor.append(trx, ctx, {
          action: 'grid.unassign',
          objectType: 'grid_assignment',
          objectId: id,
          districtId: a.district_id,
        });
        return { ok: true };
      });
    },

    /** The actor's assignments that have not ended (the phone's home). */
    async myAssignments(ctx: RequestContext) {
      if (!ctx.actor) throw new NotFoundError();
      const rows = await gridsRepo.assignmentsOfUser(db, ctx.actor.userId, shanghaiDay());
      const nodes = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n]));
      return rows.filter((r) => nodes.has(r.node_id)).map((r) => view(r, nodes.get(r.node_id)!));
    },
  };
}
