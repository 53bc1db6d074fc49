/**
 * 天大的小事 (seed 001 鄞州: 百名党员“找问题、抓需求、求破解”…协同完成社区党委每年确定的10件民生实事):
 * party members and residents report small problems; the community officer merges, declines or
 * selects them, at most ten a year per community (a counted row locked by every selection), and
 * assigns partners with a target day; the partners report progress and completion, earn points,
 * and the reporter is told at each step. Progress is public on the community's page.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import type { Executor } from '../../platform/db/db.ts';
import * as repo from './partners.repository.ts';
import type { PartnersDeps } from './partners.register.service.ts';
import {
  canSelectAnother,
  isOverdue,
  MATTERS_PER_YEAR,
  needActions,
  needMove,
  POINTS_PER_MATTER,
  REASON_ACTIONS,
  starsFor,
  type NeedState,
  type PartnerKind,
} from './partners.rules.ts';
import type { assignBody, needBody, needView, progressBody, screenBody } from './partners.schemas.ts';

const MATTER_STATES: NeedState[] = ['selected', 'in_progress', 'done'];

/** Builds the needs and 民生实事 service. */
export function createNeedsService(deps: PartnersDeps) {
  const { db, auditor } = deps;

  /** Needs as the actor sees them, with their partners and progress reports. */
  async function views(
    exec: Executor,
    ctx: RequestContext,
    rows: repo.NeedRow[],
  ): Promise<z.infer<typeof needView>[]> {
    const ids = rows.map((r) => r.id);
    const [assigned, updates, mine] = await Promise.all([
      repo.assignmentsOf(exec, ids),
      repo.updatesOf(exec, ids),
      ctx.actor ? repo.partnerIdsOf(exec, ctx.actor.userId) : Promise.resolve([]),
    ]);
    const today = shanghaiDay();
    return rows.map((d) => {
      const partners = assigned.filter((a) => a.need_id === d.id);
      const screen = can(ctx.actor, 'partners.manage', d.path);
      const partner =
        can(ctx.actor, 'partners.serve', d.path) && partners.some((p) => mine.includes(p.partner_id));
      const targetDate = d.target_date ? String(d.target_date).slice(0, 10) : null;
      return {
        id: d.id,
        nodeId: d.node_id,
        nodeName: d.node_name,
        title: d.title,
        detail: d.detail,
        reporterKind: d.reporter_kind as 'party_member' | 'resident' | 'officer',
        mine: d.reported_by === ctx.actor?.userId,
        state: d.state as NeedState,
        screenNote: d.screen_note,
        mergedInto: d.merged_into,
        year: d.year,
        targetDate,
        progress: d.progress,
        overdue: isOverdue({ state: d.state as NeedState, targetDate }, today),
        partners: partners.map((p) => ({ id: p.partner_id, name: p.name })),
        updates: updates
          .filter((u) => u.need_id === d.id)
          .map((u) => ({
            at: u.created_at.toISOString(),
            progress: u.progress,
            note: u.note,
            partnerName: u.partner_name,
          })),
        createdAt: d.created_at.toISOString(),
        version: d.version,
        actions: needActions(d.state as NeedState, { screen, partner }),
        canAssign: screen && (d.state === 'selected' || d.state === 'in_progress'),
      };
    });
  }

  const one = async (exec: Executor, ctx: RequestContext, id: string) =>
    (await views(exec, ctx, [(await repo.findNeed(exec, id))!]))[0];

  /** Tells the reporter what became of their report (not when they moved it themselves). */
  const tell = (trx: Executor, ctx: RequestContext, d: repo.NeedRow, what: string, params: object) =>
    d.reported_by === ctx.actor!.userId
      ? Promise.resolve()
      : deps.notify.send(trx, [
          {
            districtId: d.district_id,
            userId: d.reported_by,
            kind: `partners.${what}`,
            title: `您反映的“${d.title}”有新进展`,
            titleKey: `partners.notice.${what}`,
            titleParams: { title: d.title, ...params },
            link: '/partners/needs',
            objectType: 'partners_need',
            objectId: d.id,
          },
        ]);

  /** The needs a list shows the actor: all in the officer's scope, else public matters and one's own. */
  async function list(
    ctx: RequestContext,
    q: { nodeId?: string; year?: number; state?: NeedState; mine?: '0' | '1'; assigned?: '0' | '1' },
  ) {
    const actor = requirePermission(ctx, 'partners.read');
    const roots = await readRoots(db, ctx, 'partners.read', q.nodeId);
    const states = q.state ? [q.state] : undefined;
    const inScope = nodeInPaths('d.node_id', roots);
    let rows: repo.NeedRow[];
    if (q.mine === '1') rows = await repo.findNeeds(db, { by: actor.userId, year: q.year, states });
    else if (q.assigned === '1')
      rows = await repo.findNeeds(db, {
        partnerIds: await repo.partnerIdsOf(db, actor.userId),
        year: q.year,
        states,
      });
    else {
      const all = await repo.findNeeds(db, { inScope, year: q.year, states });
      rows = all.filter(
        (d) =>
          MATTER_STATES.includes(d.state as NeedState) ||
          d.reported_by === actor.userId ||
          can(actor, 'partners.manage', d.path) ||
          can(actor, 'partners.export', d.path),
      );
    }
    return views(db, ctx, rows);
  }

  return {
    list,

    /** A party member or resident reports a small problem in their community (idempotent for phones). */
    async report(ctx: RequestContext, b: z.infer<typeof needBody>, key?: string) {
      const actor = requirePermission(ctx, 'partners.report');
      const n = await nodeFor(db, ctx, b.nodeId, 'partners.report');
      if (n.level !== 'community')
        throw new InvalidError([{ field: 'nodeId', key: 'partners.not_community' }]);
      const kind = actor.grants.some((g) => g.role === 'party_member' && n.path.startsWith(g.path))
        ? 'party_member'
        : 'resident';
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertNeed(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            title: b.title,
            detail: b.detail,
            reported_by: actor.userId,
            reporter_kind: kind,
            state: 'reported',
          });
          await auditor.append(trx, ctx, {
            action: 'partners.need.report',
            objectType: 'partners_need',
            objectId: id,
            districtId: n.district_id,
          });
          return { id };
        });
        return result;
      });
    },

    /**
     * The officer merges, declines or selects a reported need (at most ten matters a year), or takes
     * a selection back (withdraw: a reason; the need is reported again, its partners unassigned, and
     * the year's count goes down under the count's row lock, so another may be selected).
     */
    async screen(ctx: RequestContext, id: string, b: z.infer<typeof screenBody>) {
      return db.transaction().execute(async (trx) => {
        const d = await rowFor(ctx, 'partners.manage', () => repo.findNeed(trx, id, true));
        if (d.version !== b.version) throw new ConflictError('partners.stale');
        const to = needMove(d.state as NeedState, b.action);
        if (!to) throw new ConflictError('partners.wrong_state');
        const set: Parameters<typeof repo.updateNeed>[4] = { state: to, screen_note: b.note ?? '' };
        if (REASON_ACTIONS.includes(b.action) && !b.note)
          throw new InvalidError([{ field: 'note', key: 'partners.note_required' }]);
        let unassigned: string[] = [];
        if (b.action === 'withdraw') {
          Object.assign(set, { year: null, selected_at: null, target_date: null, progress: 0 });
          if (d.year !== null)
            await repo.uncountSelection(trx, { districtId: d.district_id, nodeId: d.node_id, year: d.year });
          unassigned = (await repo.assignmentsOf(trx, [d.id])).map((a) => a.name);
          await repo.deleteAssignments(trx, d.district_id, d.id);
        }
        if (b.action === 'merge') {
          const target = b.mergeInto ? await repo.findNeed(trx, b.mergeInto) : undefined;
          if (
            !target ||
            target.id === d.id ||
            target.node_id !== d.node_id ||
            ['merged', 'declined', 'done'].includes(target.state)
          )
            throw new InvalidError([{ field: 'mergeInto', key: 'partners.merge_target' }]);
          set.merged_into = target.id;
        }
        const year = b.year ?? shanghaiThisYear();
        if (b.action === 'select') {
          const counted = await repo.countSelection(
            trx,
            { districtId: d.district_id, nodeId: d.node_id, year },
            MATTERS_PER_YEAR,
          );
          if (!counted || !canSelectAnother(counted.selected - 1))
            throw new InvalidError([
              { field: 'year', key: 'partners.cap_reached', params: { max: MATTERS_PER_YEAR } },
            ]);
          Object.assign(set, { year, selected_at: new Date(), target_date: b.targetDate ?? null });
        }
        const r = await repo.updateNeed(trx, d.district_id, d.id, d.version, set);
        if (r.numUpdatedRows === 0n) throw new ConflictError('partners.stale');
        await auditor.append(trx, ctx, {
          action: `partners.need.${b.action}`,
          objectType: 'partners_need',
          objectId: d.id,
          districtId: d.district_id,
          detail: {
            from: d.state,
            to,
            ...(b.action === 'select' ? { year } : {}),
            ...(b.action === 'withdraw' ? { year: d.year, reason: b.note, partners: unassigned } : {}),
          },
        });
        const what = { merge: 'merged', decline: 'declined', select: 'selected', withdraw: 'withdrawn' }[
          b.action
        ];
        await tell(trx, ctx, d, what, { year: b.action === 'withdraw' ? d.year : year, note: b.note ?? '' });
        return one(trx, ctx, id);
      });
    },

    /** The officer assigns partners of the community to a 民生实事; their accounts are told. */
    async assign(ctx: RequestContext, id: string, b: z.infer<typeof assignBody>) {
      return db.transaction().execute(async (trx) => {
        const d = await rowFor(ctx, 'partners.manage', () => repo.findNeed(trx, id, true));
        if (d.version !== b.version) throw new ConflictError('partners.stale');
        if (d.state !== 'selected' && d.state !== 'in_progress')
          throw new ConflictError('partners.assign_state');
        const partners = await repo.findPartners(trx, {
          ids: [...new Set(b.partnerIds)],
          states: ['active'],
          year: d.year ?? shanghaiThisYear(),
        });
        if (partners.length !== new Set(b.partnerIds).size || partners.some((p) => p.node_id !== d.node_id))
          throw new InvalidError([{ field: 'partnerIds', key: 'partners.partner_inactive' }]);
        const before = new Set((await repo.assignmentsOf(trx, [d.id])).map((a) => a.partner_id));
        await repo.insertAssignments(
          trx,
          d.district_id,
          d.id,
          partners.map((p) => p.id),
        );
        const r = await repo.updateNeed(trx, d.district_id, d.id, d.version, {
          target_date: b.targetDate ?? d.target_date,
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('partners.stale');
        await auditor.append(trx, ctx, {
          action: 'partners.need.assign',
          objectType: 'partners_need',
          objectId: d.id,
          districtId: d.district_id,
          detail: { partners: partners.map((p) => p.name), targetDate: b.targetDate ?? null },
        });
        const fresh = partners.filter((p) => !before.has(p.id));
        const members = await repo.membersOf(
          trx,
          fresh.map((p) => p.id),
        );
        await deps.notify.send(
          trx,
          members.map((m) => ({
            districtId: m.district_id,
            userId: m.user_id,
            kind: 'partners.assigned',
            title: `民生实事“${d.title}”已指派给${fresh.find((p) => p.id === m.partner_id)!.name}`,
            titleKey: 'partners.notice.assigned',
            titleParams: { title: d.title, partner: fresh.find((p) => p.id === m.partner_id)!.name },
            link: '/partners/needs',
            objectType: 'partners_need',
            objectId: d.id,
          })),
        );
        return one(trx, ctx, id);
      });
    },

    /** A partner assigned (or the officer) reports progress or completion; completion earns points. */
    async progress(ctx: RequestContext, id: string, b: z.infer<typeof progressBody>) {
      const actor = ctx.actor;
      if (!can(actor, 'partners.manage') && !can(actor, 'partners.serve')) throw new ForbiddenError();
      return db.transaction().execute(async (trx) => {
        const d = await repo.findNeed(trx, id, true);
        if (!d || !can(actor, 'partners.read', d.path)) throw new NotFoundError();
        const assigned = await repo.assignmentsOf(trx, [d.id]);
        let partnerId: string | null = null;
        if (!can(actor, 'partners.manage', d.path)) {
          const mine = await repo.partnerIdsOf(trx, actor!.userId);
          const a = assigned.find((x) => mine.includes(x.partner_id));
          if (!a || !can(actor, 'partners.serve', d.path)) throw new ForbiddenError('partners.not_assigned');
          partnerId = a.partner_id;
        }
        if (d.version !== b.version) throw new ConflictError('partners.stale');
        const to = needMove(d.state as NeedState, b.action);
        if (!to) throw new ConflictError('partners.wrong_state');
        const done = to === 'done';
        const progress = done ? 100 : b.progress;
        const r = await repo.updateNeed(trx, d.district_id, d.id, d.version, {
          state: to,
          progress,
          ...(done ? { done_at: new Date() } : {}),
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('partners.stale');
        await repo.insertUpdate(trx, {
          district_id: d.district_id,
          id: uuidv7(),
          need_id: d.id,
          partner_id: partnerId,
          by_user: actor!.userId,
          progress,
          note: b.note,
        });
        if (done)
          await repo.insertPoints(
            trx,
            assigned.map((a) => ({
              district_id: d.district_id,
              partner_id: a.partner_id,
              need_id: d.id,
              year: d.year ?? shanghaiThisYear(),
              points: POINTS_PER_MATTER,
            })),
          );
        await auditor.append(trx, ctx, {
          action: `partners.need.${b.action}`,
          objectType: 'partners_need',
          objectId: d.id,
          districtId: d.district_id,
          detail: { from: d.state, to, progress },
        });
        if (done) await tell(trx, ctx, d, 'done', {});
        return one(trx, ctx, id);
      });
    },

    /** The year's 民生实事 of a community for anyone (no login): titles, partners, progress. */
    async publicBoard(nodeId: string, year = shanghaiThisYear()) {
      const n = await repo.findNode(db, nodeId);
      if (!n || n.level !== 'community') throw new NotFoundError();
      const rows = await repo.findNeeds(db, {
        inScope: nodeInPaths('d.node_id', [n.path]),
        year,
        states: MATTER_STATES,
      });
      const anon = { actor: null, ip: '', userAgent: '', lang: 'zh-CN' as const };
      const list = await views(db, anon, rows);
      const partners = await repo.findPartners(db, {
        inScope: nodeInPaths('p.node_id', [n.path]),
        states: ['active'],
        year,
      });
      return {
        nodeId: n.id,
        nodeName: n.name,
        year,
        max: MATTERS_PER_YEAR,
        matters: list.map((m) => ({
          id: m.id,
          title: m.title,
          state: m.state,
          progress: m.progress,
          targetDate: m.targetDate,
          partners: m.partners.map((p) => p.name),
          updates: m.updates,
        })),
        partners: partners
          .map((p) => ({
            name: p.name,
            kind: p.kind as PartnerKind,
            stars: starsFor(p.points),
            points: p.points,
          }))
          .sort((a, b) => b.points - a.points),
      };
    },

    /** The officers' scope for to-dos (exposed for the workbench). */
    scope: (ctx: RequestContext) => scopePaths(ctx.actor, 'partners.manage'),
  };
}
