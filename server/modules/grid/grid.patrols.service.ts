/** Civilisation patrols 文明巡查: logging a walk (offline-safe) and the patrols under a node with the events raised on them. */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import type { GridEvents, GridTree } from './grid.ports.ts';
import { iso, nextGridNumber } from './grid.records.ts';
import { shanghaiDay } from '../../platform/time.ts';
import * as repo from './grid.repository.ts';
import type { GridScope } from './grid.scope.ts';
import type { createPatrolBody, patrolView } from './grid.schemas.ts';

/** Builds the patrol use cases. */
export function createPatrolsService(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<GridTree, 'findNode' | 'nodesByIds'>;
  scope: Pick<GridScope, 'nodeIn' | 'range'>;
  events: Pick<GridEvents, 'idsByPatrol'>;
}) {
  const { db, auditor, tree, scope, events } = deps;

  /** Patrols as shown, latest first, with the events raised on each. */
  async function views(ids: string[]): Promise<z.infer<typeof patrolView>[]> {
    const rows = await repo.patrolsByIds(db, ids);
    if (!rows.length) return [];
    const names = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n.name]));
    const evs = await events.idsByPatrol(ids);
    return rows.map((p) => ({
      id: p.id,
      number: p.number,
      nodeId: p.node_id,
      nodeName: names.get(p.node_id) ?? '',
      userName: p.user_name,
      startedAt: iso(p.started_at)!,
      endedAt: iso(p.ended_at)!,
      note: p.note,
      eventIds: evs.get(p.id) ?? [],
    }));
  }

  /** Logs a patrol walked at a node (client id; a replay stores it once). */
  async function logPatrol(ctx: RequestContext, input: z.output<typeof createPatrolBody>, key?: string) {
    const actor = requirePermission(ctx, 'grid.patrol');
    if (input.endedAt < input.startedAt)
      throw new InvalidError([{ field: 'endedAt', key: 'grid.bad_track' }]);
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.patrol:${key}` : undefined, payload: input },
        async () => {
          const existing = (await repo.patrolOwners(trx, [input.id]))[0];
          if (existing) {
            if (existing.user_id !== actor.userId) throw new ConflictError('grid.id_taken');
            return { id: input.id };
          }
          const node = await scope.nodeIn(actor, 'grid.patrol', input.nodeId);
          const startedAt = new Date(input.startedAt);
          const number = await nextGridNumber(trx, tree, node.districtId, 'patrol', shanghaiDay(startedAt));
          await repo.insertPatrol(trx, {
            district_id: node.districtId,
            id: input.id,
            node_id: node.id,
            user_id: actor.userId,
            user_name: actor.displayName,
            started_at: startedAt,
            ended_at: new Date(input.endedAt),
            track: JSON.stringify(input.track),
            note: input.note,
            number,
          });
          await auditor.append(trx, ctx, {
            action: 'grid.patrol',
            objectType: 'grid_patrol',
            objectId: input.id,
            districtId: node.districtId,
            detail: { nodeId: node.id },
          });
          return { id: input.id };
        },
      );
    });
    return (await views([input.id]))[0];
  }

  return {
    logPatrol,

    /** Patrols under a node started within a period (days, Asia/Shanghai), latest first. */
    async patrols(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const n = await scope.range(ctx, q.nodeId);
      const from = q.from ? new Date(q.from + 'T00:00:00+08:00') : undefined;
      const to = q.to ? new Date(Date.parse(q.to + 'T00:00:00+08:00') + 86400_000) : undefined;
      return views(await repo.patrolIdsUnder(db, n.districtId, n.path, from, to, 500));
    },
  };
}
