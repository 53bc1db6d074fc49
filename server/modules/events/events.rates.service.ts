/**
 * Receipt rate 接收率, disposal rate 处置率 and the on-the-spot share at a node or a department, with
 * their trend, the ranking of a node's children, and a node's dashboard (states, categories,
 * overdue events, recurring places, map points). Figures come from the rollup rows kept exact in
 * the same transaction as every event change (RATES.md).
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import type { OrgTreeNode } from '../org/index.ts';
import type { EventsCore } from './events.core.ts';
import * as repo from './events.repository.ts';
import * as listsRepo from './events.lists.repository.ts';
import * as ratesRepo from './events.rates.repository.ts';
import {
  bucketOf,
  CATEGORY_NAMES,
  RATE_COUNTERS,
  rates,
  ZERO_VECTOR,
  type EventCategory,
  type EventState,
  type Granularity,
  type RateVector,
} from './events.rules.ts';
import type { dashboardView, rangeQuery, rankingView, ratesView } from './events.schemas.ts';

type RangeInput = z.output<typeof rangeQuery>;

/** Counters with the rates computed from them. */
export function counters(v: RateVector) {
  return { ...v, ...rates(v) };
}

/** Counters summed. */
export function sumVectors(rows: RateVector[]): RateVector {
  const out = { ...ZERO_VECTOR };
  for (const r of rows) for (const k of RATE_COUNTERS) out[k] += Number(r[k] ?? 0);
  return out;
}

/** The definitions shown beside the figures, in the reader's language. */
export function definitions(lang: RequestContext['lang']) {
  return {
    receiptRate: t(lang, 'events.rate.receipt'),
    disposalRate: t(lang, 'events.rate.disposal'),
    onSpotShare: t(lang, 'events.rate.on_spot'),
  };
}

/** Builds the rates and dashboard use cases. */
export function createRates(deps: { core: EventsCore }) {
  const { core } = deps;
  const { db, tree } = core;

  /** The node (or department) figures are read at, if the actor may see them; else 404. */
  async function rateNode(ctx: RequestContext, q: RangeInput): Promise<OrgTreeNode> {
    const id = (q.nodeId ?? q.departmentId)!;
    const n = await tree.findNode(id);
    if (!n) throw new NotFoundError();
    if (q.departmentId && n.level !== 'department') throw new NotFoundError();
    const ok =
      can(ctx.actor, 'events.read', n.path) ||
      (n.level === 'department' && can(ctx.actor, 'events.handle', n.path));
    if (!ok) throw new NotFoundError();
    return n;
  }

  async function ratesOf(ctx: RequestContext, q: RangeInput) {
    const n = await rateNode(ctx, q);
    const days = await ratesRepo.rollupByDay(db, n.districtId, n.id, q.from, q.to);
    const buckets = new Map<string, RateVector[]>();
    for (const d of days) {
      const b = bucketOf(d.day, q.granularity as Granularity);
      buckets.set(b, [...(buckets.get(b) ?? []), d]);
    }
    return {
      node: n,
      rates: {
        definition: definitions(ctx.lang),
        totals: counters(sumVectors(days)),
        trend: [...buckets]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([bucket, rows]) => ({ bucket, ...counters(sumVectors(rows)) })),
      },
    };
  }

  /** Totals of a node's subtree (or a department) over [from, to], no scope check (the caller did it). */
  async function totalsAt(node: { id: string; districtId: string }, from: string, to: string) {
    return counters(sumVectors(await ratesRepo.rollupByDay(db, node.districtId, node.id, from, to)));
  }

  return {
    totalsAt,

    /** Rates of a node or department with their trend. */
    async rates(ctx: RequestContext, q: RangeInput): Promise<z.infer<typeof ratesView>> {
      return (await ratesOf(ctx, q)).rates;
    },

    /** A node's children (and departments under it) ranked by disposal, then receipt rate. */
    async ranking(ctx: RequestContext, q: RangeInput): Promise<z.infer<typeof rankingView>> {
      const n = await rateNode(ctx, q);
      const children = await tree.children(n.id);
      const visible = children.filter(
        (c) =>
          can(ctx.actor, 'events.read', c.path) ||
          can(ctx.actor, 'events.handle', c.path) ||
          (c.level === 'department' && can(ctx.actor, 'events.read', n.path)),
      );
      const sums = new Map(
        (
          await ratesRepo.rollupByNode(
            db,
            n.districtId,
            visible.map((c) => c.id),
            q.from,
            q.to,
          )
        ).map((r) => [r.node_id, r]),
      );
      const rows = visible.map((c) => ({
        nodeId: c.id,
        name: c.name,
        level: c.level,
        ...counters(sums.get(c.id) ?? { ...ZERO_VECTOR }),
      }));
      rows.sort(
        (a, b) =>
          (b.disposalRate ?? -1) - (a.disposalRate ?? -1) ||
          (b.receiptRate ?? -1) - (a.receiptRate ?? -1) ||
          b.reported - a.reported,
      );
      return rows.map((r, i) => ({ ...r, rank: i + 1 }));
    },

    /** A node's dashboard 驾驶舱. */
    async dashboard(ctx: RequestContext, q: RangeInput): Promise<z.infer<typeof dashboardView>> {
      const { node: n, rates: r } = await ratesOf(ctx, q);
      const inNode: repo.EventWhere =
        n.level === 'department'
          ? (eb) => eb('e.department_id', '=', n.id)
          : (eb) => eb.and([eb('e.district_id', '=', n.districtId), nodeInPaths('e.node_id', [n.path])]);
      const byState = await ratesRepo.countByState(db, inNode, q.from, q.to);
      const byCat =
        n.level === 'department'
          ? await ratesRepo.countByCategory(db, inNode, q.from, q.to)
          : await ratesRepo.rollupByCategory(db, n.districtId, n.id, q.from, q.to);
      // overdue: the running deadline has passed, most overdue first
      const overdue = await listsRepo.eventsDueBy(db, inNode, new Date(), 50);
      const recurring = await ratesRepo.recurringPlaces(db, inNode, q.from, q.to, 20);
      const points = await ratesRepo.mapPoints(db, inNode, q.from, q.to, 2000);
      const name = (c: EventCategory) => (ctx.lang === 'zh-CN' ? CATEGORY_NAMES[c].zh : CATEGORY_NAMES[c].en);
      return {
        node: { id: n.id, name: n.name, level: n.level },
        byState: byState.map((s) => ({ state: s.state as EventState, count: Number(s.c) })),
        byCategory: byCat
          .filter((c) => Number(c.reported) > 0)
          .map((c) => ({
            category: c.category as EventCategory,
            name: name(c.category as EventCategory),
            count: Number(c.reported),
          })),
        rates: r,
        overdue: await core.views(ctx, overdue),
        recurring: recurring.map((x) => ({
          category: x.category as EventCategory,
          address: x.address,
          count: Number(x.c),
          lastId: String(x.last_id),
        })),
        points: points.map((p) => ({
          id: p.id,
          lat: p.lat!,
          lng: p.lng!,
          category: p.category as EventCategory,
          state: p.state as EventState,
          title: p.title,
          recurring: p.recurring,
        })),
      };
    },
  };
}
