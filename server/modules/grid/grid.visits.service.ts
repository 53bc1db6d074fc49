/** Visit cycles and visits: the rules at a node, the worker's due list, recording a visit (offline-safe), visits under a node. */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { dueItemOf, type Cycles } from './grid.cycles.ts';
import type { GridDirectory } from './grid.directory.ts';
import { historyRow, iso, nextGridNumber, shownLabel, type RecordKit } from './grid.records.ts';
import type { GridTree } from './grid.ports.ts';
import * as recordsRepo from './grid.records.repository.ts';
import * as visitsRepo from './grid.visits.repository.ts';
import { dueStatus, pickInterval, type VISIT_RESULTS } from './grid.rules.ts';
import { inReach, type GridScope } from './grid.scope.ts';
import type { createVisitBody, dueList, visitRuleBody, visitView } from './grid.schemas.ts';

/** Builds the visit use cases. */
export function createVisitsService(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<GridTree, 'findNode'>;
  scope: Pick<GridScope, 'reach' | 'nodeIn' | 'range'>;
  directory: Pick<GridDirectory, 'assignedPaths'>;
  records: RecordKit;
  cycles: Cycles;
}) {
  const { db, auditor, tree, scope, directory, records, cycles } = deps;

  /** Visits as shown, latest first. */
  async function views(ids: string[]): Promise<z.infer<typeof visitView>[]> {
    const vs = await visitsRepo.visitsByIds(db, ids);
    return vs.map((v) => ({
      id: v.id,
      number: v.number,
      recordId: v.record_id,
      label: shownLabel(v.kind, v.label),
      nodeId: v.node_id,
      userId: v.user_id,
      userName: v.user_name,
      asCadre: v.as_cadre,
      visitedAt: iso(v.visited_at)!,
      position: v.lat !== null && v.lng !== null ? { lat: v.lat, lng: v.lng } : null,
      result: v.result as (typeof VISIT_RESULTS)[number],
      note: v.note,
      verifiedCount: v.verified_count,
      changedCount: v.changed_count,
    }));
  }

  /**
   * Records a visit with the records it verified or corrected. The client names the visit (UUIDv7),
   * so a phone's replay, with or without its Idempotency-Key, stores it once.
   */
  async function recordVisit(ctx: RequestContext, input: z.output<typeof createVisitBody>, key?: string) {
    const actor = requirePermission(ctx, 'grid.visit');
    const id = await db.transaction().execute(async (trx) => {
      const { result } = await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.visit:${key}` : undefined, payload: input },
        async () => {
          const existing = await visitsRepo.visitOwner(trx, input.id);
          if (existing) {
            if (existing.user_id !== actor.userId) throw new ConflictError('grid.id_taken');
            return { id: input.id };
          }
          const paths = await scope.reach(actor, 'grid.visit');
          const rec = await records.load(trx, input.recordId);
          if (!rec || !inReach(paths, rec.node.path)) throw new NotFoundError();
          const visitedAt = new Date(input.visitedAt);
          const day = shanghaiDay(visitedAt);
          const cadrePaths = await directory.assignedPaths(actor.userId, day, 'cadre');
          const workerPaths = await directory.assignedPaths(actor.userId, day, 'worker');
          const asCadre = inReach(cadrePaths, rec.node.path) && !inReach(workerPaths, rec.node.path);
          let changed = 0;
          const changes = [...input.verified].sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
          for (const c of changes) {
            const r = await records.load(trx, c.recordId, undefined, true);
            if (!r || !inReach(paths, r.node.path)) throw new NotFoundError();
            if (r.version !== c.version) throw await records.stale(r);
            if (c.attrs && Object.keys(c.attrs).length) {
              await records.change(trx, actor, r, c.attrs, input.id);
              changed++;
            } else
              await recordsRepo.insertHistory(trx, [
                historyRow(actor, r.district_id, r.id, 'verify', null, r.attrs, input.id),
              ]);
          }
          const number = await nextGridNumber(trx, tree, rec.district_id, 'visit', day);
          await visitsRepo.insertVisit(trx, {
            district_id: rec.district_id,
            id: input.id,
            record_id: rec.id,
            node_id: rec.node_id,
            user_id: actor.userId,
            user_name: actor.displayName,
            as_cadre: asCadre,
            visited_at: visitedAt,
            day,
            number,
            lat: input.position?.lat ?? null,
            lng: input.position?.lng ?? null,
            result: input.result,
            note: input.note,
            verified_count: changes.length,
            changed_count: changed,
          });
          await recordsRepo.touchLastVisited(trx, rec.district_id, rec.id, visitedAt);
          await auditor.append(trx, ctx, {
            action: 'grid.visit',
            objectType: 'grid_record',
            objectId: rec.id,
            districtId: rec.district_id,
            detail: { visitId: input.id, result: input.result, verified: changes.length, changed, asCadre },
          });
          return { id: input.id };
        },
      );
      return result.id;
    });
    return (await views([id]))[0];
  }

  return {
    recordVisit,

    /** The visit rules applying at a node: its own, its ancestors' (inherited) and its descendants'. */
    async visitRules(ctx: RequestContext, nodeId: string) {
      const n = await scope.range(ctx, nodeId);
      return (await cycles.rules(n.districtId))
        .filter((r) => n.path.startsWith(r.path) || r.path.startsWith(n.path))
        .map((r) => ({
          id: r.id,
          nodeId: r.nodeId,
          nodeName: r.nodeName,
          category: r.category,
          intervalDays: r.intervalDays,
          inherited: r.nodeId !== n.id,
        }));
    },

    /** Sets the cycle of a category at a node (its subtree follows unless a deeper rule says otherwise). */
    async setVisitRule(ctx: RequestContext, input: z.infer<typeof visitRuleBody>) {
      const actor = requirePermission(ctx, 'grid.manage');
      const n = await scope.nodeIn(actor, 'grid.manage', input.nodeId);
      return db.transaction().execute(async (trx) => {
        const id = await visitsRepo.upsertVisitRule(trx, {
          district_id: n.districtId,
          id: uuidv7(),
          node_id: n.id,
          category: input.category,
          interval_days: input.intervalDays,
        });
        await auditor.append(trx, ctx, {
          action: 'grid.visit_rule',
          objectType: 'grid_visit_rule',
          objectId: id,
          districtId: n.districtId,
          detail: input,
        });
        return { id };
      });
    },

    /** The actor's due list for a day: due today, overdue, and done today. */
    async dueList(ctx: RequestContext, date?: string): Promise<z.infer<typeof dueList>> {
      const actor = requirePermission(ctx, 'grid.visit');
      const today = date ?? shanghaiDay();
      const paths = await directory.assignedPaths(actor.userId, today, ['worker', 'cadre']);
      const recs = await cycles.records(paths, today, 20000);
      const rules = recs.length ? await cycles.rules(recs[0].district_id) : [];
      const out: z.infer<typeof dueList> = { asOf: today, today: [], overdue: [], done: [] };
      const mine = recs.length ? await visitsRepo.visitsOfUserOn(db, actor.userId, today) : [];
      const doneBy = new Map(mine.map((v) => [v.record_id, v]));
      for (const r of recs) {
        const interval = pickInterval(rules, r.path, r.visit_category as never);
        const s = dueStatus(r.last_day, r.created_day, interval, today);
        const item = dueItemOf(r, interval, s.dueOn);
        const v = doneBy.get(r.id);
        if (v)
          out.done.push({ ...item, visitId: v.id, visitNumber: v.number, visitedAt: iso(v.visited_at)! });
        else if (s.status === 'today') out.today.push(item);
        else if (s.status === 'overdue') out.overdue.push(item);
      }
      out.overdue.sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
      return out;
    },

    /** Visits under a node within a period, latest first. */
    async visits(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const n = await scope.range(ctx, q.nodeId);
      return views(await visitsRepo.visitIdsUnder(db, n.districtId, n.path, q.from, q.to, 1000));
    },
  };
}
