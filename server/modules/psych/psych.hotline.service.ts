/**
 * 心理援助热线 as counts (seed 003: 26,000+ visits and calls of students and parents): an officer records
 * a node's calls and visits of a month, and how many were students or parents; a month already there is
 * changed at the version read (a second writer gets a 409). Counts only: no caller is ever stored.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { checkUpdated, today, type PsychDeps } from './psych.core.ts';
import * as repo from './psych.hotline.repository.ts';
import type { hotlineBody, hotlineList } from './psych.schemas.ts';

/** Builds the hotline verbs. */
export function createHotlineService(deps: PsychDeps) {
  const { db, auditor } = deps;
  return {
    /** The months of a year under a node (or the reach), with the year's totals. */
    async hotline(
      ctx: RequestContext,
      q: { nodeId?: string; year?: number },
    ): Promise<z.infer<typeof hotlineList>> {
      const paths = await readRoots(db, ctx, 'psych.read', q.nodeId);
      const y = q.year ?? Number(today().slice(0, 4));
      const rows = await repo.findHotlineMonths(
        db,
        nodeInPaths('h.node_id', paths),
        `${y}-01`,
        `${y + 1}-01`,
      );
      const sum = (k: 'calls' | 'visits' | 'youth') => rows.reduce((a, r) => a + r[k], 0);
      return {
        items: rows.map((r) => ({
          id: r.id,
          nodeId: r.node_id,
          nodeName: r.node_name,
          month: r.month,
          calls: r.calls,
          visits: r.visits,
          youth: r.youth,
          version: r.version,
        })),
        totals: { calls: sum('calls'), visits: sum('visits'), youth: sum('youth') },
        can: { record: can(ctx.actor, 'psych.hotline') },
      };
    },

    /** Records a node's month (new), or changes it at the version read. */
    async recordHotline(ctx: RequestContext, b: z.infer<typeof hotlineBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'psych.hotline');
      if (b.month > today().slice(0, 7)) throw new InvalidError([{ field: 'month', key: 'psych.in_future' }]);
      if (b.youth > b.calls + b.visits) throw new InvalidError([{ field: 'youth', key: 'psych.youth_over' }]);
      const userId = ctx.actor!.userId;
      return db.transaction().execute(async (trx) => {
        const have = await repo.findHotlineMonth(trx, n.district_id, n.id, b.month);
        let id: string;
        if (have) {
          // a month already recorded is changed only by one who read it (its version)
          if (b.version === undefined) throw new ConflictError('psych.stale');
          checkUpdated(
            await repo.updateHotlineMonth(trx, n.district_id, have.id, b.version, {
              calls: b.calls,
              visits: b.visits,
              youth: b.youth,
              updated_by: userId,
            }),
          );
          id = have.id;
        } else {
          if (b.version !== undefined) throw new ConflictError('psych.stale');
          id = uuidv7();
          const added = await repo.insertHotlineMonth(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            month: b.month,
            calls: b.calls,
            visits: b.visits,
            youth: b.youth,
            updated_by: userId,
          });
          if (!added) throw new ConflictError('psych.stale');
        }
        await auditor.append(trx, ctx, {
          action: 'psych.hotline.record',
          objectType: 'psych_hotline_month',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, month: b.month, calls: b.calls, visits: b.visits, youth: b.youth },
        });
        return { id };
      });
    },
  };
}
