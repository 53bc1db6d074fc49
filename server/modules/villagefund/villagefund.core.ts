/**
 * What every family of fund verbs shares: a project or pool in the actor's scope (404 outside),
 * the subtree roots to read, notices to the people on a node, and a project as lists show it.
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { importPlaces } from '../../platform/sheets/index.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './villagefund.repository.ts';
import * as poolsRepo from './villagefund.pools.repository.ts';
import type { ProjectRow } from './villagefund.repository.ts';
import type { Category, Feasibility, Stage } from './villagefund.rules.ts';

/** What the fund's services are built from. */
export interface VillagefundDeps {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  notify: Pick<NotifyService, 'send'>;
}

export type VillagefundCore = ReturnType<typeof createVillagefundCore>;

/** Builds the shared part of the fund's services. */
export function createVillagefundCore(deps: VillagefundDeps) {
  const { db } = deps;

  /** A project the actor may act on with action (locked in a transaction when lock). */
  async function visibleProject(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    return rowFor(ctx, action, () => repo.findProject(exec, id, lock));
  }

  /** A pool the actor may act on with action. */
  async function visiblePool(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    return rowFor(ctx, action, () => poolsRepo.findPool(exec, id, lock));
  }

  /** A node the actor may act on with action. */
  async function visibleNode(ctx: RequestContext, id: string, action: string) {
    return nodeFor(db, ctx, id, action);
  }

  /** The villages (communities) under a pool's node the actor manages, for an import to name. */
  function villagesUnder(ctx: RequestContext, pool: { path: string }) {
    return importPlaces(db, nodeInPaths('n.id', [pool.path]), ['community']).then((rows) =>
      rows.filter((r) => can(ctx.actor, 'villagefund.manage', r.path)),
    );
  }

  /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
  function roots(ctx: RequestContext, action: string, nodeId?: string) {
    return readRoots(db, ctx, action, nodeId);
  }

  /** Tells the accounts on a node (the village, or the pool's managers) of news, inside the change's transaction. */
  async function tellNode(
    trx: Executor,
    n: {
      districtId: string;
      nodeId: string;
      kind: string;
      titleKey: string;
      title: string;
      params: Record<string, unknown>;
      projectId: string;
    },
  ) {
    await deps.notify.send(trx, [
      {
        districtId: n.districtId,
        nodeId: n.nodeId,
        kind: n.kind,
        title: n.title,
        titleKey: n.titleKey,
        titleParams: n.params,
        link: `/villagefund/projects/${n.projectId}`,
        objectType: 'villagefund_project',
        objectId: n.projectId,
      },
    ]);
  }

  /** A project as lists show it. */
  function summary(p: ProjectRow & { paid_fen?: number | null }) {
    const f = p.feasibility as Feasibility | null;
    return {
      id: p.id,
      nodeId: p.node_id,
      nodeName: p.node_name,
      poolId: p.pool_id,
      poolName: p.pool_name,
      title: p.title,
      category: p.category as Category,
      stage: p.stage as Stage,
      investmentFen: Number(p.investment_fen),
      paidFen: Number(p.paid_fen ?? 0),
      riskGrade: f?.riskGrade ?? null,
      appliedAt: p.applied_at.toISOString(),
    };
  }

  return { visibleProject, visiblePool, visibleNode, villagesUnder, roots, tellNode, summary };
}
