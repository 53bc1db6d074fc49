/**
 * The problem lifecycle's last two steps (Haichuang, seed 001: 发现 → 生成 → 整改 → 评估 → 预防):
 * after an event is closed or resolved, its evaluation 评估 (was it fixed, did residents agree);
 * and prevention items 预防: a recurring problem at a place, or of a category under a node, made an
 * item with an owner and a review date, reviewed until it is closed.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, nodeInScope } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import type { EventsCore } from './events.core.ts';
import * as repo from './events.repository.ts';
import * as lifecycleRepo from './events.lifecycle.repository.ts';
import { CATEGORY_NAMES, EVALUABLE_STATES, type EventCategory, type EventState } from './events.rules.ts';
import type {
  evaluationBody,
  EventView,
  preventionBody,
  preventionView,
  reviewBody,
} from './events.schemas.ts';

/** Builds the evaluation and prevention use cases. */
export function createLifecycle(deps: { core: EventsCore; auditor: Auditor }) {
  const { core, auditor } = deps;
  const { db, tree } = core;

  function itemOut(
    ctx: RequestContext,
    r: Awaited<ReturnType<typeof lifecycleRepo.preventionItem>> & object,
    nodeName: string,
    path: string,
  ): z.infer<typeof preventionView> {
    return {
      id: r.id,
      nodeId: r.node_id,
      nodeName,
      kind: r.kind as 'place' | 'category',
      category: r.category as EventCategory,
      title: r.title,
      measures: r.measures,
      address: r.address,
      position: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      sourceEventId: r.source_event_id,
      ownerName: r.owner_name,
      ownerUserId: r.owner_user_id,
      reviewOn: r.review_on,
      state: r.state as 'open' | 'reviewed' | 'closed',
      reviewNote: r.review_note,
      version: r.version,
      canReview: can(ctx.actor, 'events.evaluate', path) || r.owner_user_id === ctx.actor?.userId,
    };
  }

  const lifecycle = {
    /** Records whether a closed or resolved event's problem was fixed and residents agreed (once). */
    async evaluate(
      ctx: RequestContext,
      id: string,
      input: z.infer<typeof evaluationBody>,
    ): Promise<EventView> {
      const actor = requirePermission(ctx, 'events.evaluate');
      await db.transaction().execute(async (trx) => {
        const { r, p } = await core.visibleEvent(ctx, trx, id, true);
        if (
          !can(actor, 'events.evaluate', p.handling?.path ?? '\u0000') &&
          !can(actor, 'events.evaluate', p.node?.path ?? '\u0000')
        )
          throw new NotFoundError();
        if (!EVALUABLE_STATES.includes(r.state as EventState))
          throw new ConflictError('events.not_evaluable');
        const ok = await lifecycleRepo.insertEvaluation(trx, {
          district_id: r.district_id,
          event_id: id,
          fixed: input.fixed,
          residents_agree: input.residentsAgree,
          note: input.note,
          by_user_id: actor.userId,
          by_name: actor.displayName,
        });
        if (!ok) throw new ConflictError('events.already_evaluated');
        await auditor.append(trx, ctx, {
          action: 'events.evaluate',
          objectType: 'event',
          objectId: id,
          districtId: r.district_id,
          detail: input,
        });
      });
      return core.viewOne(ctx, db, id);
    },

    /** Opens a prevention item at a node in the actor's scope (from a recurring event, or by hand). */
    async createPrevention(
      ctx: RequestContext,
      input: z.infer<typeof preventionBody>,
    ): Promise<z.infer<typeof preventionView>> {
      const actor = requirePermission(ctx, 'events.evaluate');
      let nodeId = input.nodeId;
      let source: repo.EventRow | undefined;
      if (input.sourceEventId) {
        const { r } = await core.visibleEvent(ctx, db, input.sourceEventId);
        source = r;
        nodeId ??= r.node_id;
      }
      if (!nodeId) throw new InvalidError([{ field: 'nodeId', key: 'events.bad_node' }]);
      const n = await tree.findNode(nodeId);
      if (!n || !can(actor, 'events.evaluate', n.path)) throw new NotFoundError();
      // the item keeps its source event, which is its district's: an officer over two districts
      // cannot file one district's problem under the other
      if (source && source.district_id !== n.districtId)
        throw new InvalidError([{ field: 'nodeId', key: 'events.prevention_other_district' }]);
      const row: lifecycleRepo.PreventionRow = {
        district_id: n.districtId,
        id: uuidv7(),
        node_id: n.id,
        kind: input.kind,
        category: input.category,
        title: input.title,
        measures: input.measures,
        lat: input.kind === 'place' ? (source?.lat ?? null) : null,
        lng: input.kind === 'place' ? (source?.lng ?? null) : null,
        address: input.kind === 'place' ? (source?.address ?? '') : '',
        source_event_id: source?.id ?? null,
        owner_user_id: input.ownerUserId ?? (input.ownerName ? null : actor.userId),
        owner_name: input.ownerName || actor.displayName,
        review_on: input.reviewOn,
        created_by: actor.userId,
      };
      await db.transaction().execute(async (trx) => {
        await lifecycleRepo.insertPrevention(trx, row);
        await auditor.append(trx, ctx, {
          action: 'events.prevention.create',
          objectType: 'event_prevention',
          objectId: row.id,
          districtId: n.districtId,
          detail: { kind: row.kind, category: row.category, nodeId: n.id, reviewOn: row.review_on },
        });
      });
      return itemOut(ctx, (await lifecycleRepo.preventionItem(db, row.id))!, n.name, n.path);
    },

    /** Prevention items in the actor's scope (optionally under a node, in a state), soonest review first. */
    async prevention(
      ctx: RequestContext,
      q: { nodeId?: string; state?: string },
    ): Promise<z.infer<typeof preventionView>[]> {
      const actor = requirePermission(ctx, 'events.read');
      let inSubtree = nodeInScope('x.node_id', actor, 'events.read');
      if (q.nodeId) {
        const n = await tree.findNode(q.nodeId);
        if (!n || !can(actor, 'events.read', n.path)) throw new NotFoundError();
        inSubtree = nodeInPaths('x.node_id', [n.path]);
      }
      const rows = await lifecycleRepo.preventionItems(db, inSubtree, q.state, 500);
      const nodes = await tree.findNodes(rows.map((r) => r.node_id));
      return rows.map((r) =>
        itemOut(ctx, r, nodes.get(r.node_id)?.name ?? '', nodes.get(r.node_id)?.path ?? ''),
      );
    },

    /** The prevention items as the list shows them, as .xlsx (officers who keep them). */
    async exportPrevention(ctx: RequestContext, q: { nodeId?: string; state?: string }) {
      requirePermission(ctx, 'events.evaluate');
      const items = (await lifecycle.prevention(ctx, q)).filter((x) => x.canReview);
      const state = { open: '待复查', reviewed: '已复查', closed: '已关闭' } as const;
      const buf = await writeWorkbook([
        {
          name: t(ctx.lang, 'events.sheet.prevention'),
          columns: [
            { key: 'node', header: '节点', width: 16 },
            { key: 'kind', header: '类型', width: 8 },
            { key: 'category', header: '事件类别', width: 12 },
            { key: 'title', header: '预防事项', width: 30 },
            { key: 'measures', header: '措施', width: 40 },
            { key: 'address', header: '地点', width: 24 },
            { key: 'owner', header: '责任人', width: 12 },
            { key: 'reviewOn', header: '复查日期', width: 12 },
            { key: 'state', header: '状态', width: 8 },
            { key: 'note', header: '复查情况', width: 30 },
          ],
          rows: items.map((x) => ({
            node: x.nodeName,
            kind: x.kind === 'place' ? '同一地点' : '同一类别',
            category: CATEGORY_NAMES[x.category]?.zh ?? x.category,
            title: x.title,
            measures: x.measures,
            address: x.address,
            owner: x.ownerName,
            reviewOn: x.reviewOn,
            state: state[x.state],
            note: x.reviewNote,
          })),
        },
      ]);
      await auditor.record(ctx, {
        action: 'events.prevention.export',
        objectType: 'event_prevention',
        objectId: q.nodeId ?? null,
        districtId: ctx.actor?.grants[0]?.districtId ?? null,
        detail: { ...q, rows: items.length },
      });
      return buf;
    },

    /** Records a review of a prevention item: its state, a note and the next review date. */
    async reviewPrevention(
      ctx: RequestContext,
      id: string,
      input: z.infer<typeof reviewBody>,
    ): Promise<z.infer<typeof preventionView>> {
      const actor = requirePermission(ctx, 'events.read');
      return db.transaction().execute(async (trx) => {
        const r = await lifecycleRepo.preventionItem(trx, id, true);
        const n = r ? await tree.findNode(r.node_id) : undefined;
        if (!r || !n || !can(actor, 'events.read', n.path)) throw new NotFoundError();
        if (!can(actor, 'events.evaluate', n.path) && r.owner_user_id !== actor.userId)
          throw new NotFoundError();
        if (r.version !== input.version) throw new ConflictError('error.stale');
        await lifecycleRepo.reviewPrevention(trx, {
          district_id: r.district_id,
          id,
          state: input.state,
          review_note: input.note,
          review_on: input.nextReviewOn ?? r.review_on,
          version: r.version,
        });
        await auditor.append(trx, ctx, {
          action: 'events.prevention.review',
          objectType: 'event_prevention',
          objectId: id,
          districtId: r.district_id,
          detail: input,
        });
        return itemOut(ctx, (await lifecycleRepo.preventionItem(trx, id))!, n.name, n.path);
      });
    },
  };
  return lifecycle;
}
