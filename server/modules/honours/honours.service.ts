/**
 * Honours (seed 003: 连续多年颁发“福田居民美德奖”): the awards a district configures, nominations by
 * officers and residents, review and publication, and one honours page per node that lists the
 * published awards beside what other modules contribute through ports (volunteers' star levels,
 * the assessment's stars of the month), plus the home page, dashboard and Excel register.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import type { NodeStat, StatNode, TodoItem } from '../../platform/workbench.ts';
import { recordNomination, type ExtraHonours, type HonoursDeps } from './honours.core.ts';
import { createNominationsImport } from './honours.import.service.ts';
import * as repo from './honours.repository.ts';
import {
  categoryAllowed,
  DEFAULT_AWARD,
  nominationActions,
  nominationMove,
  type HonourEntry,
  type NominationState,
} from './honours.rules.ts';
import type { awardBody, nominationBody, nominationView, reviewBody } from './honours.schemas.ts';

export type { ExtraHonours };
export type HonoursService = ReturnType<typeof createHonoursService>;

/** Builds the honours service; extraHonours are the ports other modules fill. */
export function createHonoursService(deps: HonoursDeps) {
  const { db, auditor } = deps;

  const out = (ctx: RequestContext, h: repo.NominationRow): z.infer<typeof nominationView> => ({
    id: h.id,
    awardId: h.award_id,
    awardName: h.award_name,
    nodeId: h.node_id,
    nodeName: h.node_name,
    year: h.year,
    nomineeName: h.nominee_name,
    category: h.category,
    deeds: h.deeds,
    nominatorKind: h.nominator_kind as 'officer' | 'resident',
    state: h.state as NominationState,
    reviewNote: h.review_note,
    publishedAt: h.published_at?.toISOString() ?? null,
    version: h.version,
    actions: can(ctx.actor, 'honours.review', h.path) ? nominationActions(h.state as NominationState) : [],
  });

  /** The published awards under a node and what the ports add. */
  async function entries(
    ctx: RequestContext,
    n: { id: string; district_id: string; path: string },
    year: number,
  ) {
    const own = await repo.findNominations(db, {
      inScope: nodeInPaths('h.node_id', [n.path]),
      year,
      states: ['published'],
    });
    const list: HonourEntry[] = own.map((h) => ({
      source: 'award',
      title: `${h.award_name}·${h.category}`,
      name: h.nominee_name,
      detail: `${h.node_name}：${h.deeds}`,
      period: String(h.year),
    }));
    for (const port of deps.extraHonours ?? [])
      list.push(
        ...(await port(ctx, { id: n.id, districtId: n.district_id, path: n.path }, year).catch(() => [])),
      );
    return list;
  }

  return {
    ...createNominationsImport(deps),

    /** A district's awards (from a node in it); the configure flag for the district's officers. */
    async awards(ctx: RequestContext, nodeId: string) {
      const n = await nodeFor(db, ctx, nodeId, 'honours.read');
      const d = await repo.findNode(db, n.district_id);
      const rows = await repo.findAwards(db, n.district_id);
      return {
        awards: rows.map((a) => ({ id: a.id, name: a.name, categories: a.categories, active: a.active })),
        can: { configure: !!d && can(ctx.actor, 'honours.configure', d.path) },
      };
    },

    /** Sets up an award of the district (the 福田居民美德奖 categories when none are given). */
    async createAward(ctx: RequestContext, b: z.infer<typeof awardBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'honours.read');
      await nodeFor(db, ctx, n.district_id, 'honours.configure');
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const categories =
          b.categories ?? (b.name === DEFAULT_AWARD.name ? [...DEFAULT_AWARD.categories] : []);
        const r = await repo.insertAward(trx, { district_id: n.district_id, id, name: b.name, categories });
        if (!r.numInsertedOrUpdatedRows)
          throw new InvalidError([{ field: 'name', key: 'honours.duplicate_award' }]);
        await auditor.append(trx, ctx, {
          action: 'honours.award.create',
          objectType: 'honours_award',
          objectId: id,
          districtId: n.district_id,
        });
        return { id };
      });
    },

    /** Nominates someone for an award; the reviewers of the node are told. */
    async nominate(ctx: RequestContext, b: z.infer<typeof nominationBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'honours.nominate');
      const award = await repo.findAward(db, n.district_id, b.awardId);
      if (!award) throw new NotFoundError();
      if (!award.active) throw new ConflictError('honours.award_closed');
      if (!categoryAllowed(award.categories, b.category))
        throw new InvalidError([
          { field: 'category', key: 'honours.bad_category', params: { category: b.category } },
        ]);
      return db.transaction().execute((trx) => recordNomination(deps, trx, ctx, n, award, b));
    },

    /** Nominations a reviewer or officer sees in scope, or one's own. */
    async nominations(
      ctx: RequestContext,
      q: { nodeId?: string; year?: number; state?: NominationState; mine?: boolean },
    ) {
      const actor = requirePermission(ctx, 'honours.read');
      const paths = scopePaths(actor, 'honours.export').concat(scopePaths(actor, 'honours.review'));
      const states = q.state ? [q.state] : undefined;
      if (q.mine || !paths.length)
        return (await repo.findNominations(db, { by: actor.userId, year: q.year, states })).map((h) =>
          out(ctx, h),
        );
      let roots = paths;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !paths.some((p) => n.path.startsWith(p))) throw new NotFoundError();
        roots = [n.path];
      }
      return (
        await repo.findNominations(db, { inScope: nodeInPaths('h.node_id', roots), year: q.year, states })
      ).map((h) => out(ctx, h));
    },

    /** Reviews (approve, reject) or publishes (or withdraws) a nomination; the nominator is told. */
    async review(ctx: RequestContext, id: string, b: z.infer<typeof reviewBody>) {
      return db.transaction().execute(async (trx) => {
        const h = await rowFor(ctx, 'honours.review', () => repo.findNomination(trx, id, true));
        if (h.version !== b.version) throw new ConflictError('honours.stale');
        const to = nominationMove(h.state as NominationState, b.action);
        if (!to) throw new ConflictError('honours.wrong_state');
        if (b.action === 'reject' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'honours.note_required' }]);
        const now = new Date();
        const r = await repo.updateNomination(trx, h.district_id, h.id, h.version, {
          state: to,
          review_note: b.note ?? h.review_note,
          ...(b.action === 'approve' || b.action === 'reject'
            ? { reviewed_by: ctx.actor!.userId, reviewed_at: now }
            : {}),
          published_at: to === 'published' ? now : null,
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('honours.stale');
        await auditor.append(trx, ctx, {
          action: `honours.${b.action}`,
          objectType: 'honours_nomination',
          objectId: h.id,
          districtId: h.district_id,
          detail: { from: h.state, to },
        });
        if (h.nominated_by !== ctx.actor!.userId)
          await deps.notify.send(trx, [
            {
              districtId: h.district_id,
              userId: h.nominated_by,
              kind: 'honours.review',
              title: `您推荐的“${h.nominee_name}”评审结果已更新`,
              titleKey: 'honours.notice.review',
              titleParams: { name: h.nominee_name, state: { $t: `honours.state.${to}` } },
              link: '/honours',
              objectType: 'honours_nomination',
              objectId: h.id,
            },
          ]);
        return out(ctx, (await repo.findNomination(trx, id))!);
      });
    },

    /** A node's honours page for logged-in users in scope. */
    async board(ctx: RequestContext, nodeId: string, year = shanghaiThisYear()) {
      const n = await nodeFor(db, ctx, nodeId, 'honours.read');
      return { nodeId: n.id, nodeName: n.name, year, entries: await entries(ctx, n, year) };
    },

    /** A node's public honours page (no login): published awards, and what the ports show anyone. */
    async publicBoard(ctx: RequestContext, nodeId: string, year = shanghaiThisYear()) {
      const n = await repo.findNode(db, nodeId);
      if (!n || !['district', 'street', 'community'].includes(n.level)) throw new NotFoundError();
      return { nodeId: n.id, nodeName: n.name, year, entries: await entries(ctx, n, year) };
    },

    /** What waits for a reviewer. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const paths = scopePaths(ctx.actor, 'honours.review');
      if (!paths.length) return [];
      const rows = await repo.findNominations(db, {
        inScope: nodeInPaths('h.node_id', paths),
        states: ['nominated', 'approved'],
        limit: 500,
      });
      const item = (key: string, list: repo.NominationRow[]): TodoItem => ({
        key: `honours.${key}`,
        module: 'honours',
        label: t(ctx.lang, `honours.todo.${key}`),
        count: list.length,
        href: '/honours',
        level: 'normal',
        entries: list
          .slice(0, 5)
          .map((h) => ({ id: h.id, title: `${h.award_name}·${h.nominee_name}`, href: '/honours' })),
      });
      const out: TodoItem[] = [];
      const review = rows.filter((h) => h.state === 'nominated');
      const publish = rows.filter((h) => h.state === 'approved');
      if (review.length) out.push(item('to_review', review));
      if (publish.length) out.push(item('to_publish', publish));
      return out;
    },

    /** Nominations and winners under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await repo.figures(db, nodeInPaths('h.node_id', [node.path]), year);
      return (['nominations', 'awarded'] as const).map((k) => ({
        key: `honours.${k}`,
        module: 'honours',
        label: t(ctx.lang, `honours.stat.${k}`),
        value: f[k],
        unit: 'count' as const,
        definition: t(ctx.lang, `honours.stat.${k}.def`),
      }));
    },

    /** The nominations of a year as Excel. */
    async exportNominations(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const roots = await readRoots(db, ctx, 'honours.export', q.nodeId);
      const rows = await repo.findNominations(db, {
        inScope: nodeInPaths('h.node_id', roots),
        year: q.year ?? shanghaiThisYear(),
        limit: 100_000,
      });
      return writeWorkbook([
        {
          name: t(ctx.lang, 'honours.sheet'),
          columns: [
            { key: 'year', header: '年度', width: 8, type: 'number' },
            { key: 'award', header: '奖项', width: 18 },
            { key: 'category', header: '类别', width: 10 },
            { key: 'name', header: '被推荐人', width: 12 },
            { key: 'node', header: '所在社区', width: 14 },
            { key: 'deeds', header: '主要事迹', width: 50 },
            { key: 'by', header: '推荐方式', width: 10 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'note', header: '评审意见', width: 30 },
          ],
          rows: rows.map((h) => ({
            year: h.year,
            award: h.award_name,
            category: h.category,
            name: h.nominee_name,
            node: h.node_name,
            deeds: h.deeds,
            by: h.nominator_kind === 'officer' ? '组织推荐' : '居民推荐',
            state: t(ctx.lang, `honours.state.${h.state}`),
            note: h.review_note,
          })),
        },
      ]);
    },
  };
}
