/**
 * 三联三领 (seed 001): the register of links (street leaders, departments and serving party members
 * each linked to a community), each link's items (hard problems, projects, examples) and their
 * progress through the item state machine.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type LinkageCore, type LinkageDeps } from './linkage.core.ts';
import * as repo from './linkage.repository.ts';
import {
  actionsFrom,
  ITEM_KIND_OF,
  ITEM_MOVES,
  itemOverdue,
  nextState,
  progressAfter,
  type ItemState,
  type LinkKind,
} from './linkage.rules.ts';
import type { itemBody, itemMoveBody, itemView, linkBody, linkView } from './linkage.schemas.ts';

/** Builds the link-register verbs. */
export function createLinksService(deps: LinkageDeps & { core: LinkageCore }) {
  const { db, auditor, core } = deps;

  /**
   * The linker reaches their own link wherever it is: a department's officer or a street leader is
   * linked to a community outside their own subtree, and the link is what puts them there.
   */
  const isLinker = (ctx: RequestContext, l: { linker_user_id: string | null }) =>
    !!ctx.actor && l.linker_user_id === ctx.actor.userId && can(ctx.actor, 'linkage.progress');

  const linkOut = (ctx: RequestContext, l: repo.LinkRow & { items?: number; done?: number }) =>
    ({
      id: l.id,
      nodeId: l.node_id,
      nodeName: l.node_name,
      kind: l.kind as LinkKind,
      linkerName: l.linker_name,
      linkerUnit: l.linker_unit,
      startedOn: l.started_on,
      endedOn: l.ended_on,
      items: l.items ?? 0,
      done: l.done ?? 0,
      can: {
        manage: can(ctx.actor, 'linkage.manage', l.path),
        addItem: !l.ended_on && (can(ctx.actor, 'linkage.manage', l.path) || isLinker(ctx, l)),
      },
    }) satisfies z.infer<typeof linkView>;

  /** May the actor report on this item: the linker themself, or whoever keeps the register there. */
  const mayReport = (ctx: RequestContext, i: repo.ItemRow) =>
    can(ctx.actor, 'linkage.manage', i.path) || isLinker(ctx, i);

  const itemOut = (
    ctx: RequestContext,
    i: repo.ItemRow,
    today = shanghaiDay(),
  ): z.infer<typeof itemView> => ({
    id: i.id,
    linkId: i.link_id,
    nodeName: i.node_name,
    kind: i.kind as LinkKind,
    itemKind: ITEM_KIND_OF[i.kind as LinkKind],
    linkerName: i.linker_name,
    title: i.title,
    detail: i.detail,
    state: i.state as ItemState,
    progress: i.progress,
    dueOn: i.due_on,
    note: i.note,
    overdue: itemOverdue(i.state as ItemState, i.due_on, today),
    version: i.version,
    actions: mayReport(ctx, i) ? actionsFrom(ITEM_MOVES, i.state as ItemState) : [],
  });

  /** A link visible to the actor (in scope, or their own). */
  async function visibleLink(
    ctx: RequestContext,
    id: string,
    action = 'linkage.read',
    exec: Executor = db,
    lock = false,
  ) {
    requirePermission(ctx, action === 'linkage.read' ? 'linkage.read' : action);
    const l = await repo.findLink(exec, id, lock);
    if (!l || !(can(ctx.actor, action, l.path) || (action === 'linkage.read' && isLinker(ctx, l))))
      throw new NotFoundError();
    return l;
  }

  return {
    /** The links under a node (or the whole scope), of one kind or all. */
    async listLinks(ctx: RequestContext, q: { nodeId?: string; kind?: LinkKind }) {
      const paths = await core.roots(ctx, 'linkage.read', q.nodeId);
      // one's own links too (a department's officer linked to a community outside their subtree)
      const mine = !q.nodeId && can(ctx.actor, 'linkage.progress') ? ctx.actor!.userId : undefined;
      const rows = await repo.findLinks(db, nodeInPaths('l.node_id', paths), q.kind, 500, mine);
      return rows.map((l) => linkOut(ctx, l));
    },

    /** Registers a link of a leader, department or party member to a community. */
    async createLink(ctx: RequestContext, b: z.infer<typeof linkBody>) {
      return db.transaction().execute(async (trx) => {
        const n = await core.nodeFor(ctx, b.nodeId, 'linkage.manage', trx);
        if (n.level !== 'community')
          throw new InvalidError([{ field: 'nodeId', key: 'linkage.not_community' }]);
        const id = uuidv7();
        await repo.insertLink(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          kind: b.kind,
          linker_name: b.linkerName,
          linker_unit: b.linkerUnit ?? '',
          linker_user_id: b.linkerUserId ?? null,
          started_on: b.startedOn,
        });
        await auditor.append(trx, ctx, {
          action: 'linkage.link.create',
          objectType: 'linkage_link',
          objectId: id,
          districtId: n.district_id,
          detail: { kind: b.kind, node: n.name },
        });
        return { id };
      });
    },

    /** A link with its items. */
    async getLink(ctx: RequestContext, id: string) {
      const l = await visibleLink(ctx, id);
      const items = await repo.findItems(db, { linkIds: [l.id] });
      const today = shanghaiDay();
      return {
        ...linkOut(ctx, l),
        itemCount: items.length,
        items: items.map((i) => itemOut(ctx, i, today)),
      };
    },

    /** Ends a link (the leader moved on); its items stay on record. */
    async endLink(ctx: RequestContext, id: string, endedOn: string) {
      return db.transaction().execute(async (trx) => {
        const l = await visibleLink(ctx, id, 'linkage.manage');
        if (l.ended_on) throw new ConflictError('linkage.wrong_state');
        await repo.endLink(trx, l.district_id, l.id, endedOn);
        await auditor.append(trx, ctx, {
          action: 'linkage.link.end',
          objectType: 'linkage_link',
          objectId: l.id,
          districtId: l.district_id,
        });
        return { ok: true as const };
      });
    },

    /** Adds an item to a link: a hard problem to lead, a project, an example to set. */
    async addItem(ctx: RequestContext, linkId: string, b: z.infer<typeof itemBody>) {
      return db.transaction().execute(async (trx) => {
        const l = await visibleLink(ctx, linkId, 'linkage.read', trx, true);
        if (!can(ctx.actor, 'linkage.manage', l.path) && !isLinker(ctx, l))
          throw new ForbiddenError('linkage.not_your_link');
        if (l.ended_on) throw new ConflictError('linkage.ended_link');
        const id = uuidv7();
        await repo.insertItem(trx, {
          district_id: l.district_id,
          id,
          link_id: l.id,
          node_id: l.node_id,
          title: b.title,
          detail: b.detail ?? '',
          state: 'planned',
          due_on: b.dueOn ?? null,
        });
        await auditor.append(trx, ctx, {
          action: 'linkage.item.create',
          objectType: 'linkage_item',
          objectId: id,
          districtId: l.district_id,
          detail: { link: l.id, title: b.title },
        });
        if (l.linker_user_id && l.linker_user_id !== ctx.actor?.userId)
          await deps.notify.send(trx, [
            {
              districtId: l.district_id,
              userId: l.linker_user_id,
              kind: 'linkage.item',
              title: `联系事项《${b.title}》已计划`,
              titleKey: 'linkage.notice.item',
              titleParams: { title: b.title, state: { $t: 'linkage.state.planned' } },
              link: `/linkage/links/${l.id}`,
              objectType: 'linkage_item',
              objectId: id,
            },
          ]);
        return { id };
      });
    },

    /** Moves an item (start, progress, complete, drop, reopen); the linker or the register's keeper. */
    async moveItem(ctx: RequestContext, id: string, b: z.infer<typeof itemMoveBody>) {
      return db.transaction().execute(async (trx) => {
        requirePermission(ctx, 'linkage.read');
        const i = await repo.findItem(trx, id, true);
        if (!i || !(can(ctx.actor, 'linkage.read', i.path) || isLinker(ctx, i))) throw new NotFoundError();
        if (!mayReport(ctx, i)) throw new ForbiddenError('linkage.not_your_link');
        if (i.version !== b.version) throw new ConflictError('linkage.stale');
        const to = nextState(ITEM_MOVES, i.state as ItemState, b.action);
        if (!to) throw new ConflictError('linkage.wrong_state');
        const progress = progressAfter(b.action, i.progress, b.progress);
        checkUpdated(
          await repo.updateItem(trx, i.district_id, i.id, i.version, {
            state: to,
            progress,
            note: b.note ?? i.note,
            done_at: to === 'done' ? new Date() : null,
          }),
        );
        await auditor.append(trx, ctx, {
          action: `linkage.item.${b.action}`,
          objectType: 'linkage_item',
          objectId: i.id,
          districtId: i.district_id,
          detail: { from: i.state, to, progress },
        });
        if (i.linker_user_id && i.linker_user_id !== ctx.actor?.userId && to !== i.state)
          await deps.notify.send(trx, [
            {
              districtId: i.district_id,
              userId: i.linker_user_id,
              kind: 'linkage.item',
              title: `联系事项《${i.title}》状态更新`,
              titleKey: 'linkage.notice.item',
              titleParams: { title: i.title, state: { $t: `linkage.state.${to}` } },
              link: `/linkage/links/${i.link_id}`,
              objectType: 'linkage_item',
              objectId: i.id,
            },
          ]);
        const after = await repo.findItem(trx, id);
        return itemOut(ctx, after!);
      });
    },

    /** Items of the actor's own links still to finish (the linker's to-do). */
    myOpenItems: (userId: string) => repo.findOpenItemsOfLinker(db, userId),
  };
}
