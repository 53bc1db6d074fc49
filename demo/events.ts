/**
 * A year of grid events in the demo district, so the inbox, the maps, the rates and their trend,
 * the to-do lists and the prevention items show a district in use on the first start. About four
 * reports a day, each with a point near its community, moving through the lifecycle as a district
 * handles them (most received; about four in five of those dispatched are verified; a fifth of the
 * minor ones resolved on the spot 自行处置); recent ones still open, a few overdue; three places where
 * a problem keeps coming back (recurring), one of them already a prevention item.
 *
 * Loaded in bulk (a few statements, like the people register's loader), not through the intake:
 * the rows are what the intake and the transitions would have written, numbers and rollup included.
 * Deterministic: demo/prng.ts and the `today` passed in; no other clock.
 */
import { sql } from 'kysely';
import type { Db } from '../server/platform/db/db.ts';
import {
  defaultServiceLevel,
  EVENT_CATEGORIES,
  rateVector,
  shardOf,
  timer,
  type EventCategory,
  type EventLevel,
  type EventState,
} from '../server/modules/events/events.rules.ts';
import { Rng } from './prng.ts';
import { DEMO_ROUTING } from './fieldwork.ts';

/** Reports a day, on average. */
const PER_DAY = 4;
/** Where 福田区 is (WGS-84), for points near each community. */
const CENTRE = { lat: 22.541, lng: 114.055 };

const TITLES: Record<EventCategory, string[]> = {
  fire_hazard: ['楼道堆放杂物堵塞消防通道', '电动车在楼道内充电', '消防栓被遮挡'],
  illegal_construction: ['楼顶加建铁皮房', '小区内私搭乱建', '商铺违规扩建'],
  sanitation: ['垃圾桶满溢未清运', '绿化带内堆积建筑垃圾', '路边污水外溢'],
  dispute: ['邻里噪音纠纷', '物业费纠纷', '楼上漏水引发纠纷'],
  three_small_safety: ['小餐馆液化气瓶存放不规范', '小作坊电线私拉乱接', '便利店疏散通道堵塞'],
  road_damage: ['人行道地砖松动', '井盖缺失', '路面坑洼积水'],
  rental_safety: ['出租屋群租', '出租屋未登记流动人口', '出租屋防盗网未留逃生口'],
  public_order: ['夜间占道经营', '流浪犬伤人隐患', '共享单车乱停放'],
  other: ['路灯不亮', '公共座椅损坏', '宣传栏破损'],
};
const CATEGORY_WEIGHT: Record<EventCategory, number> = {
  fire_hazard: 14,
  illegal_construction: 8,
  sanitation: 22,
  dispute: 10,
  three_small_safety: 9,
  road_damage: 12,
  rental_safety: 8,
  public_order: 10,
  other: 7,
};
/** Categories a grid worker may resolve on the spot. */
const MINOR: EventCategory[] = ['sanitation', 'public_order', 'other', 'road_damage'];

interface Ev {
  district_id: string;
  id: string;
  node_id: string;
  handling_node_id: string;
  department_id: string | null;
  category: EventCategory;
  level: EventLevel;
  title: string;
  description: string;
  address: string;
  lat: number;
  lng: number;
  reporter_kind: string;
  reporter_user_id: string | null;
  reporter_name: string;
  state: EventState;
  recurring: boolean;
  reported_at: string;
  report_day: string;
  received_at: string | null;
  dispatched_at: string | null;
  ever_dispatched: boolean;
  handled_at: string | null;
  verified_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  deadline_at: string | null;
  number: number;
  public: boolean;
  path: string;
}

/** A UUIDv7-shaped id from a time and the generator (deterministic). */
function idAt(rng: Rng, ms: number): string {
  const hex = ms.toString(16).padStart(12, '0');
  const r = () => rng.u32().toString(16).padStart(8, '0');
  const rand = r() + r() + r();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${rand.slice(0, 3)}-${((parseInt(rand[3], 16) & 3) | 8).toString(16)}${rand.slice(4, 7)}-${rand.slice(7, 19)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Loads a year of events ending `today` (YYYY-MM-DD, Asia/Shanghai) into the demo district; the
 * demo grid worker (`wangge`) and resident (`jumin`), when present, reported some of them.
 * Returns how many events it wrote.
 */
export async function seedEvents(
  db: Db,
  districtId: string,
  today: string,
  seed = 'gongzhi-events',
): Promise<number> {
  const rng = new Rng(seed);
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'parent_id', 'level', 'name', 'path'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['grid', 'community', 'department'])
    .orderBy('path')
    .execute();
  const communities = nodes.filter((n) => n.level === 'community');
  const grids = nodes.filter((n) => n.level === 'grid');
  const departments = new Map(nodes.filter((n) => n.level === 'department').map((n) => [n.name, n.id]));
  if (!grids.length || !communities.length) return 0;
  // each community sits somewhere in the district; its grids' events scatter within ~400 m of it
  const centre = new Map(
    communities.map((c, i) => {
      const a = (i / communities.length) * 2 * Math.PI * 7;
      const r = 0.004 + (0.028 * ((i * 37) % communities.length)) / communities.length;
      return [c.id, { lat: CENTRE.lat + r * Math.sin(a) * 0.6, lng: CENTRE.lng + r * Math.cos(a) }];
    }),
  );
  const accounts = await db
    .selectFrom('accounts_users')
    .select(['id', 'username', 'display_name'])
    .where('username', 'in', ['wangge', 'jumin'])
    .execute();
  const worker = accounts.find((a) => a.username === 'wangge');
  const resident = accounts.find((a) => a.username === 'jumin');
  const workerGrid = worker
    ? (
        await db
          .selectFrom('accounts_grants')
          .select('node_id')
          .where('user_id', '=', worker.id)
          .where('role', '=', 'grid_worker')
          .executeTakeFirst()
      )?.node_id
    : undefined;
  const weights = EVENT_CATEGORIES.map((c) => CATEGORY_WEIGHT[c]);
  const total = weights.reduce((a, b) => a + b, 0);
  const category = (): EventCategory => {
    let r = rng.next() * total;
    for (const [i, w] of weights.entries()) if ((r -= w) < 0) return EVENT_CATEGORIES[i];
    return 'other';
  };
  // three places where a problem keeps coming back
  const hotspots = [0, 1, 2].map((k) => {
    const g = grids[(k * 97 + 11) % grids.length];
    const c = centre.get(g.parent_id!) ?? CENTRE;
    return {
      grid: g,
      lat: c.lat + 0.0011 * (k + 1),
      lng: c.lng - 0.0009 * (k + 1),
      category: (['sanitation', 'fire_hazard', 'road_damage'] as const)[k],
    };
  });
  const end = Date.parse(`${today}T23:59:59+08:00`);
  const now = Date.parse(`${today}T16:00:00+08:00`);
  const events: Ev[] = [];
  const perDay = new Map<string, number>();
  for (let d = 364; d >= 0; d--) {
    const dayStart = end - (d + 1) * 86400_000 + 1000;
    const n = rng.int(PER_DAY - 2, PER_DAY + 2);
    for (let k = 0; k < n; k++) {
      const at = dayStart + rng.int(7 * 3600, 21 * 3600) * 1000;
      if (at > now) continue;
      const hot = d % 11 === 0 && d < 120 ? hotspots[d % 3] : null;
      const mine = !!workerGrid && rng.chance(0.06);
      const grid = hot
        ? hot.grid
        : mine
          ? (grids.find((g) => g.id === workerGrid) ?? rng.pick(grids))
          : rng.pick(grids);
      const c = centre.get(grid.parent_id!) ?? CENTRE;
      const cat = hot ? hot.category : category();
      const lat = hot ? hot.lat + (rng.next() - 0.5) * 0.0002 : c.lat + (rng.next() - 0.5) * 0.008;
      const lng = hot ? hot.lng + (rng.next() - 0.5) * 0.0002 : c.lng + (rng.next() - 0.5) * 0.008;
      const byResident = !mine && !!resident && rng.chance(0.04);
      const day = dayOf(at);
      const number = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, number);
      const level = (rng.chance(0.08) ? 3 : rng.chance(0.2) ? 2 : 1) as EventLevel;
      const e: Ev = {
        district_id: districtId,
        id: idAt(rng, at),
        node_id: grid.id,
        handling_node_id: grid.parent_id!,
        department_id: null,
        category: cat,
        level,
        title: rng.pick(TITLES[cat]),
        description: '',
        address: `${grid.name}${rng.int(1, 40)}号附近`,
        lat: Math.round(lat * 1e6) / 1e6,
        lng: Math.round(lng * 1e6) / 1e6,
        reporter_kind: byResident ? 'resident' : 'grid_worker',
        reporter_user_id: mine ? worker!.id : byResident ? resident!.id : null,
        reporter_name: mine
          ? worker!.display_name
          : byResident
            ? resident!.display_name
            : `网格员${grid.name.slice(-4)}`,
        state: 'reported',
        recurring: !!hot,
        reported_at: iso(at),
        report_day: day,
        received_at: null,
        dispatched_at: null,
        ever_dispatched: false,
        handled_at: null,
        verified_at: null,
        resolved_at: null,
        closed_at: null,
        deadline_at: null,
        number,
        public: byResident && rng.chance(0.5),
        path: grid.path,
      };
      // how far it has got: older events are finished; the last days' are still moving
      const ageH = (now - at) / 3600_000;
      const h = (x: number) => Math.min(now, at + x * 3600_000);
      if (ageH > 1 && rng.chance(ageH > 48 ? 0.95 : 0.7)) {
        e.received_at = iso(h(rng.int(1, 6)));
        e.state = 'received';
        if (rng.chance(0.03)) {
          e.state = 'rejected';
        } else if (MINOR.includes(cat) && level === 1 && rng.chance(0.25)) {
          e.state = 'resolved';
          e.resolved_at = iso(h(rng.int(2, 10)));
        } else if (ageH > 8) {
          e.department_id = departments.get(DEMO_ROUTING[cat]) ?? null;
          if (e.department_id) {
            e.state = 'dispatched';
            e.ever_dispatched = true;
            e.dispatched_at = iso(h(rng.int(6, 12)));
            if (ageH > 48 && rng.chance(0.9)) {
              e.state = 'handled';
              e.handled_at = iso(h(rng.int(24, 96)));
              if (ageH > 120 && rng.chance(0.92)) {
                e.state = 'verified';
                e.verified_at = iso(h(rng.int(100, 120)));
                if (rng.chance(0.9)) {
                  e.state = 'closed';
                  e.closed_at = iso(h(rng.int(121, 140)));
                }
              }
            }
          }
        }
      }
      const sla = defaultServiceLevel(cat, level);
      const t = timer(
        {
          state: e.state,
          reportedAt: new Date(at),
          dispatchedAt: e.dispatched_at ? new Date(e.dispatched_at) : null,
        },
        sla,
        new Date(now),
      );
      e.deadline_at = t.deadline ? t.deadline.toISOString() : null;
      events.push(e);
    }
  }
  const cols = Object.keys(events[0]).filter((k) => k !== 'path') as (keyof Ev)[];
  const steps: Record<string, unknown>[] = [];
  for (const e of events) {
    const step = (
      action: string,
      from: EventState | null,
      to: EventState,
      at: string | null,
      by: string,
      extra: Record<string, unknown> = {},
    ) =>
      at &&
      steps.push({
        district_id: e.district_id,
        id: idAt(rng, Date.parse(at)),
        event_id: e.id,
        at,
        action,
        from_state: from,
        to_state: to,
        actor_user_id: action === 'report' ? e.reporter_user_id : null,
        actor_name: by,
        note: null,
        department_id: null,
        public: false,
        ...extra,
      });
    step('report', null, 'reported', e.reported_at, e.reporter_name);
    if (e.state === 'rejected')
      step('reject', 'reported', 'rejected', e.received_at, '社区工作站', { note: '经核实不属于受理范围' });
    else step('receive', 'reported', 'received', e.received_at, '社区工作站');
    step('resolve', 'received', 'resolved', e.resolved_at, e.reporter_name, { note: '网格员现场处置完毕' });
    step('dispatch', 'received', 'dispatched', e.dispatched_at, '社区工作站', {
      department_id: e.department_id,
    });
    if (e.handled_at)
      step('accept', 'dispatched', 'accepted', e.handled_at, DEMO_ROUTING[e.category] ?? '职能部门');
    step('handle', 'accepted', 'handled', e.handled_at, DEMO_ROUTING[e.category] ?? '职能部门', {
      note: '已处置完毕',
    });
    step('verify', 'handled', 'verified', e.verified_at, e.reporter_name);
    step(
      'close',
      'verified',
      'closed',
      e.closed_at,
      '社区工作站',
      e.public ? { note: '问题已解决，感谢您的反映', public: true } : {},
    );
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < events.length; i += 500) {
      const chunk = events.slice(i, i + 500).map((e) => Object.fromEntries(cols.map((c) => [c, e[c]])));
      await trx
        .insertInto('events_events')
        .values(chunk as never)
        .execute();
    }
    for (let i = 0; i < steps.length; i += 1000)
      await trx
        .insertInto('events_steps')
        .values(steps.slice(i, i + 1000) as never)
        .execute();
    await trx
      .insertInto('events_numbers')
      .values([...perDay].map(([day, last]) => ({ district_id: districtId, day, last })))
      .onConflict((oc) =>
        oc
          .columns(['district_id', 'day'])
          .doUpdateSet({ last: sql`greatest(events_numbers.last, excluded.last)` }),
      )
      .execute();
    // the rollup as the intake and the transitions keep it (rateVector at each ancestor to the
    // district, and at the department for dispatched events), summed per row
    const rows = new Map<
      string,
      { district_id: string; node_id: string; day: string; category: string; shard: number } & ReturnType<
        typeof rateVector
      >
    >();
    for (const e of events) {
      const v = rateVector({
        state: e.state,
        receivedAt: e.received_at ? new Date(e.received_at) : null,
        everDispatched: e.ever_dispatched,
        handledAt: e.handled_at ? new Date(e.handled_at) : null,
        verifiedAt: e.verified_at ? new Date(e.verified_at) : null,
        resolvedAt: e.resolved_at ? new Date(e.resolved_at) : null,
      });
      const ids = e.path.split('/').filter(Boolean);
      const at = [
        ...ids.slice(ids.indexOf(districtId)),
        ...(e.ever_dispatched && e.department_id ? [e.department_id] : []),
      ];
      for (const node of at) {
        const shard = shardOf(e.id);
        const k = `${node}|${e.report_day}|${e.category}|${shard}`;
        const r = rows.get(k) ?? {
          district_id: districtId,
          node_id: node,
          day: e.report_day,
          category: e.category,
          shard,
          reported: 0,
          received: 0,
          dispatched: 0,
          handled: 0,
          verified: 0,
          resolved: 0,
        };
        for (const c of ['reported', 'received', 'dispatched', 'handled', 'verified', 'resolved'] as const)
          r[c] += v[c];
        rows.set(k, r);
      }
    }
    const all = [...rows.values()];
    for (let i = 0; i < all.length; i += 1000)
      await trx
        .insertInto('events_rollup')
        .values(all.slice(i, i + 1000))
        .execute();
    // the first hotspot was evaluated and made a prevention item with a review date next month
    const hot = events.filter((e) => e.recurring && e.state === 'closed');
    if (hot[0]) {
      await trx
        .insertInto('events_evaluations')
        .values({
          district_id: districtId,
          event_id: hot[0].id,
          fixed: false,
          residents_agree: false,
          note: '清理后一周内复发',
          by_name: '社区工作站',
        })
        .execute();
      await trx
        .insertInto('events_prevention')
        .values({
          district_id: districtId,
          id: idAt(rng, Date.parse(hot[0].closed_at!)),
          node_id: hot[0].node_id,
          kind: 'place',
          category: hot[0].category,
          title: `${hot[0].address}${hot[0].title}反复发生`,
          measures: '增加清运频次，设置监控提示牌，每周巡查',
          lat: hot[0].lat,
          lng: hot[0].lng,
          address: hot[0].address,
          source_event_id: hot[0].id,
          owner_name: '社区工作站',
          review_on: dayOf(now + 14 * 86400_000),
        })
        .execute();
    }
  });
  return events.length;
}
