/**
 * 共治合伙人 (seed 000 福民社区): the register of a community's partners. A social organisation's or
 * property company's account applies for its organisation (and acts for it from then on), or the
 * community officer enters a partner; the officer approves, declines, suspends. Each partner says
 * what it offers and earns 红利: points for each 民生实事 it helps complete, and a yearly star level.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './partners.repository.ts';
import { partnerActions, partnerMove, starsFor, type PartnerState } from './partners.rules.ts';
import type { partnerBody, partnerReviewBody, partnerView } from './partners.schemas.ts';

export interface PartnersDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
}

/** Sets up a partner in a community (the one create path of the form, the application and the import). */
export async function setUpPartner(
  deps: PartnersDeps,
  trx: Executor,
  ctx: RequestContext,
  n: { id: string; district_id: string },
  b: z.infer<typeof partnerBody>,
  how: 'apply' | 'enter' | 'import',
): Promise<string | null> {
  const id = uuidv7();
  const applied = how === 'apply';
  const r = await repo.insertPartner(trx, {
    district_id: n.district_id,
    id,
    node_id: n.id,
    name: b.name,
    kind: b.kind,
    contact: b.contact,
    offers: b.offers,
    offer_note: b.offerNote,
    offer_value_yuan: b.offerValueYuan,
    state: applied ? 'applied' : 'active',
    applied_by: applied ? ctx.actor!.userId : null,
    reviewed_by: applied ? null : ctx.actor!.userId,
    reviewed_at: applied ? null : new Date(),
  });
  if (!r.numInsertedOrUpdatedRows) return null;
  if (applied) await repo.addMember(trx, n.district_id, id, ctx.actor!.userId);
  await deps.auditor.append(trx, ctx, {
    action: `partners.${how}`,
    objectType: 'partners_partner',
    objectId: id,
    districtId: n.district_id,
    detail: { name: b.name, kind: b.kind },
  });
  if (applied)
    await deps.notify.send(trx, [
      {
        districtId: n.district_id,
        nodeId: n.id,
        kind: 'partners.applied',
        title: `新的共治合伙人申请：${b.name}`,
        titleKey: 'partners.notice.applied',
        titleParams: { name: b.name },
        link: '/partners',
        objectType: 'partners_partner',
        objectId: id,
      },
    ]);
  return id;
}

/** Builds the partners register. */
export function createRegisterService(deps: PartnersDeps) {
  const { db, auditor } = deps;

  const out = (ctx: RequestContext, p: repo.PartnerRow, mine: Set<string>): z.infer<typeof partnerView> => ({
    id: p.id,
    nodeId: p.node_id,
    nodeName: p.node_name,
    name: p.name,
    kind: p.kind as z.infer<typeof partnerView>['kind'],
    contact: can(ctx.actor, 'partners.manage', p.path) || mine.has(p.id) ? p.contact : '',
    offers: p.offers as z.infer<typeof partnerView>['offers'],
    offerNote: p.offer_note,
    offerValueYuan: p.offer_value_yuan,
    state: p.state as PartnerState,
    reviewNote: p.review_note,
    points: p.points,
    stars: starsFor(p.points),
    matters: p.matters,
    mine: mine.has(p.id),
    version: p.version,
    actions: can(ctx.actor, 'partners.manage', p.path) ? partnerActions(p.state as PartnerState) : [],
  });

  /** A community node the actor may act on, or 422. */
  async function community(ctx: RequestContext, nodeId: string, action: string) {
    const n = await nodeFor(db, ctx, nodeId, action);
    if (n.level !== 'community') throw new InvalidError([{ field: 'nodeId', key: 'partners.not_community' }]);
    return n;
  }

  async function create(ctx: RequestContext, b: z.infer<typeof partnerBody>, how: 'apply' | 'enter') {
    const n = await community(ctx, b.nodeId, how === 'apply' ? 'partners.apply' : 'partners.manage');
    return db.transaction().execute(async (trx) => {
      const id = await setUpPartner(deps, trx, ctx, n, b, how);
      if (!id) throw new InvalidError([{ field: 'name', key: 'partners.duplicate_name' }]);
      return { id };
    });
  }

  return {
    /** An organisation's account applies to be a partner of its community. */
    apply: (ctx: RequestContext, b: z.infer<typeof partnerBody>) => create(ctx, b, 'apply'),
    /** The community officer enters a partner (active at once). */
    enter: (ctx: RequestContext, b: z.infer<typeof partnerBody>) => create(ctx, b, 'enter'),

    /** Partners in scope: all for the officers; active ones and one's own for everyone else. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number; state?: PartnerState }) {
      const actor = requirePermission(ctx, 'partners.read');
      const roots = await readRoots(db, ctx, 'partners.read', q.nodeId);
      const mine = new Set(await repo.partnerIdsOf(db, actor.userId));
      const rows = await repo.findPartners(db, {
        inScope: nodeInPaths('p.node_id', roots),
        states: q.state ? [q.state] : undefined,
        year: q.year ?? shanghaiThisYear(),
      });
      const officer = (path: string) =>
        can(actor, 'partners.manage', path) || can(actor, 'partners.export', path);
      return rows
        .filter((p) => p.state === 'active' || mine.has(p.id) || officer(p.path))
        .map((p) => out(ctx, p, mine));
    },

    /** The officer approves, declines, suspends or reinstates a partner; its accounts are told. */
    async review(ctx: RequestContext, id: string, b: z.infer<typeof partnerReviewBody>) {
      const year = shanghaiThisYear();
      return db.transaction().execute(async (trx) => {
        const p = await rowFor(ctx, 'partners.manage', () => repo.findPartner(trx, id, year, true));
        if (p.version !== b.version) throw new ConflictError('partners.stale');
        const to = partnerMove(p.state as PartnerState, b.action);
        if (!to) throw new ConflictError('partners.wrong_state');
        if ((b.action === 'decline' || b.action === 'suspend') && !b.note)
          throw new InvalidError([{ field: 'note', key: 'partners.note_required' }]);
        const r = await repo.updatePartner(trx, p.district_id, p.id, p.version, {
          state: to,
          review_note: b.note ?? p.review_note,
          reviewed_by: ctx.actor!.userId,
          reviewed_at: new Date(),
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('partners.stale');
        await auditor.append(trx, ctx, {
          action: `partners.${b.action}`,
          objectType: 'partners_partner',
          objectId: p.id,
          districtId: p.district_id,
          detail: { from: p.state, to },
        });
        // the partner's accounts hear the outcome of their application (or a suspension)
        const members = await repo.membersOf(trx, [p.id]);
        await deps.notify.send(
          trx,
          members.map((m) => ({
            districtId: p.district_id,
            userId: m.user_id,
            kind: 'partners.reviewed',
            title: `共治合伙人“${p.name}”：${t('zh-CN', `partners.state.${to}`)}`,
            titleKey: 'partners.notice.reviewed',
            titleParams: { name: p.name, state: { $t: `partners.state.${to}` } },
            link: '/partners',
            objectType: 'partners_partner',
            objectId: p.id,
          })),
        );
        const mine = new Set(await repo.partnerIdsOf(trx, ctx.actor!.userId));
        return out(ctx, (await repo.findPartner(trx, id, year))!, mine);
      });
    },

    /** The partners register as Excel. */
    async exportPartners(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const roots = await readRoots(db, ctx, 'partners.export', q.nodeId);
      const year = q.year ?? shanghaiThisYear();
      const rows = await repo.findPartners(db, {
        inScope: nodeInPaths('p.node_id', roots),
        year,
        limit: 100_000,
      });
      return writeWorkbook([
        {
          name: t(ctx.lang, 'partners.sheet.partners'),
          columns: [
            { key: 'node', header: '社区', width: 14 },
            { key: 'name', header: '合伙人', width: 24 },
            { key: 'kind', header: '类型', width: 14 },
            { key: 'contact', header: '联系方式', width: 16 },
            { key: 'offers', header: '提供资源', width: 24 },
            { key: 'note', header: '资源说明', width: 36 },
            { key: 'value', header: '估值(元)', width: 12, type: 'number' },
            { key: 'state', header: '状态', width: 10 },
            { key: 'matters', header: '承接实事', width: 10, type: 'number' },
            { key: 'points', header: `${year}年积分`, width: 10, type: 'number' },
            { key: 'stars', header: '星级', width: 8, type: 'number' },
          ],
          rows: rows.map((p) => ({
            node: p.node_name,
            name: p.name,
            kind: t(ctx.lang, `partners.kind.${p.kind}`),
            contact: p.contact,
            offers: p.offers.map((o) => t(ctx.lang, `partners.offer.${o}`)).join('、'),
            note: p.offer_note,
            value: p.offer_value_yuan,
            state: t(ctx.lang, `partners.state.${p.state}`),
            matters: p.matters,
            points: p.points,
            stars: starsFor(p.points),
          })),
        },
      ]);
    },

    /** Partners of communities in the scope of a read (the 民生实事 board's list). */
    async activeIn(paths: string[], year: number) {
      return repo.findPartners(db, { inScope: nodeInPaths('p.node_id', paths), states: ['active'], year });
    },

    /** The scope helper the needs use: whether the actor manages anywhere. */
    manages: (ctx: RequestContext) => scopePaths(ctx.actor, 'partners.manage').length > 0,
  };
}
