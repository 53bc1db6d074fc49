/**
 * A year of 信访 in the demo district (seed 003 福田: 11 访前法律工作室 — the district's and one per
 * street —, 心访工作室 at district and street level; 诉访分离 guides most matters to their legal channel,
 * about 70% of those to people's mediation; success and agreement-execution rates about 95%). The
 * street officer `jiedao` sets up his street's two studios through the service, with the demo mediator
 * `tiaojie` on duty; the other studios and the year's history are written in bulk in the seed's
 * proportions (deterministic); then, through the services as users would: `shequ` registers three
 * visits that wait for `tiaojie` to triage (one a 集体访), a petition waits for `bumen`'s department to
 * reply, and the resident `jumin`'s online petition has a reply waiting to be rated.
 */
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { DB } from '../server/platform/db/db.generated.ts';
import type { Services } from '../server/composition-root.ts';
import { maskPhone } from '../server/platform/pii/pii.ts';
import { IdMaker, Rng, weightTable } from './prng.ts';

type Route = 'litigation' | 'arbitration' | 'reconsideration' | 'mediation' | 'psych' | 'petition';

/** [route, weight]: three in four guided to a legal channel, seven in ten of those to mediation. */
const ROUTES = weightTable<Route>([
  ['mediation', 52],
  ['litigation', 9],
  ['arbitration', 8],
  ['reconsideration', 6],
  ['psych', 5],
  ['petition', 20],
]);

/** Matters by route: [category, matter]. */
const MATTERS: Record<Route, [string, string][]> = {
  mediation: [
    ['neighbour', '楼上卫生间漏水至楼下，维修赔偿协商不成'],
    ['neighbour', '邻居长期占用楼道堆放杂物'],
    ['property', '业主与物业公司就停车费上涨发生争议'],
    ['property', '小区电梯频繁故障，业主拒交物业费'],
    ['family', '兄妹就老人赡养费分担发生争执'],
    ['neighbour', '装修噪音扰民，双方多次争吵'],
  ],
  litigation: [
    ['contract', '借款到期对方拒不归还'],
    ['family', '离婚后子女抚养费支付纠纷'],
    ['contract', '商铺租赁合同提前解约赔偿纠纷'],
  ],
  arbitration: [
    ['labour', '公司拖欠三个月工资'],
    ['labour', '被辞退未支付经济补偿'],
    ['labour', '工伤认定后公司拒付待遇'],
  ],
  reconsideration: [
    ['admin', '对违法建筑拆除决定不服'],
    ['land', '对房屋征收补偿决定有异议'],
    ['admin', '对行政处罚决定不服'],
  ],
  psych: [
    ['other', '长期信访，情绪焦虑，需要心理疏导'],
    ['family', '家庭变故后情绪低落，多次来访倾诉'],
  ],
  petition: [
    ['other', '小区周边工地夜间施工扰民'],
    ['other', '学校门口交通拥堵，建议增设信号灯'],
    ['land', '城中村改造回迁安置进度缓慢'],
    ['admin', '反映某窗口单位工作人员服务态度差'],
    ['other', '小区周边垃圾转运站异味严重'],
  ],
};
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅志文玉兰'.split('');

/** Seeds the 信访 year. */
export async function seedPetitions(services: Services, db: Db, districtId: string, today: Date) {
  const rng = new Rng('petitions');
  const ids = new IdMaker('petitions');
  const svc = services.petitions;
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['jiedao', 'shequ', 'tiaojie', 'bumen', 'jumin'])
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((x) => x.username === u)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const [jiedao, shequ, tiaojie, bumen, jumin] = await Promise.all(
    ['jiedao', 'shequ', 'tiaojie', 'bumen', 'jumin'].map(ctxOf),
  );
  const streetId = jiedao.actor!.grants.find((g) => g.role === 'street_officer')!.nodeId;
  const communityId = shequ.actor!.grants.find((g) => g.role === 'community_officer')!.nodeId;
  const deptId = bumen.actor!.grants.find((g) => g.role === 'dept_officer')!.nodeId;
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'level', 'parent_id'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['street', 'community', 'department'])
    .orderBy('path')
    .execute();
  const streets = nodes.filter((n) => n.level === 'street');
  const communities = nodes.filter((n) => n.level === 'community');
  const depts = nodes.filter((n) => n.level === 'department');
  const name = () => rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.5) ? rng.pick(GIVEN) : '');
  const phone = () => `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

  // the street's two studios through the service, the demo mediator on duty in the legal one
  const street = streets.find((s) => s.id === streetId)!;
  await svc.studios.create(jiedao, {
    nodeId: streetId,
    kind: 'legal',
    name: `${street.name}访前法律工作室`,
    hours: '工作日 9:00-12:00，14:00-17:30',
    staff: [
      { role: 'lawyer', name: `${name()}律师`, phone: phone() },
      { role: 'lawyer', name: '社区调解员', username: 'tiaojie' },
    ],
  });
  await svc.studios.create(jiedao, {
    nodeId: streetId,
    kind: 'psych',
    name: `${street.name}心访工作室`,
    hours: '每周二、四下午',
    staff: [{ role: 'counsellor', name: `${name()}老师`, phone: phone() }],
  });
  // the others: the district's and each other street's, in bulk
  const studioRows: Insertable<DB['petitions_studios']>[] = [];
  const staffRows: Insertable<DB['petitions_staff']>[] = [];
  const places = [{ id: districtId, name: '区' }, ...streets.filter((s) => s.id !== streetId)];
  for (const p of places)
    for (const kind of ['legal', 'psych'] as const) {
      const id = ids.next();
      const label = p.id === districtId ? '区信访局' : p.name;
      studioRows.push({
        district_id: districtId,
        id,
        node_id: p.id,
        kind,
        name: `${label}${kind === 'legal' ? '访前法律工作室' : '心访工作室'}`,
        hours: kind === 'legal' ? '工作日 9:00-17:30' : '每周三下午',
      });
      for (let i = 0; i < (kind === 'legal' ? 2 : 1); i++) {
        const ph = phone();
        staffRows.push({
          district_id: districtId,
          id: ids.next(),
          studio_id: id,
          role: kind === 'legal' ? 'lawyer' : 'counsellor',
          name: `${name()}${kind === 'legal' ? '律师' : '老师'}`,
          phone_enc: services.pii.encrypt(ph),
          phone_bidx: services.pii.blindIndex('phone', ph),
          phone_mask: maskPhone(ph),
        });
      }
    }
  await db.insertInto('petitions_studios').values(studioRows).execute();
  await db.insertInto('petitions_staff').values(staffRows).execute();
  const studios = await db
    .selectFrom('petitions_studios')
    .select(['id', 'node_id', 'kind'])
    .where('district_id', '=', districtId)
    .execute();
  const studioOf = (streetNode: string, kind: 'legal' | 'psych') =>
    studios.find((s) => s.node_id === streetNode && s.kind === kind)?.id ??
    studios.find((s) => s.node_id === districtId && s.kind === kind)!.id;

  // the year's history
  const year = Number(new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  const todayStr = new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const dayOf = (d: number) => new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10);
  const add = (day: string, n: number) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  const lastDay = Math.max(
    0,
    Math.round((Date.parse(`${todayStr}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000) - 1,
  );
  const people: { name: string; phone: string }[] = [];
  const lastVisit = new Map<string, string>();
  const visits: Insertable<DB['petitions_visits']>[] = [];
  const per = Math.max(1, Math.round((1100 / (lastDay + 1)) * 10) / 10);
  for (let d = 0; d <= lastDay; d++) {
    const n = Math.floor(per) + (rng.chance(per % 1) ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const visitedOn = dayOf(d);
      const repeat = people.length > 20 && rng.chance(0.07);
      const who = repeat ? rng.pick(people) : { name: name(), phone: phone() };
      if (!repeat) people.push(who);
      const route = rng.weighted(ROUTES);
      const [category, matter] = rng.pick(MATTERS[route]);
      const community = rng.chance(0.15)
        ? communities.find((c) => c.id === communityId)!
        : rng.pick(communities);
      const streetNode = community.parent_id!;
      const age = lastDay - d;
      const triagedOn = add(visitedOn, rng.int(0, 3));
      const triaged = age > 5 || rng.chance(0.6);
      const id = ids.next();
      const row: Insertable<DB['petitions_visits']> = {
        district_id: districtId,
        id,
        node_id: community.id,
        studio_id: studioOf(streetNode, route === 'psych' ? 'psych' : 'legal'),
        channel: rng.chance(0.2) ? 'online' : 'walk_in',
        name: who.name,
        phone_enc: services.pii.encrypt(who.phone),
        phone_bidx: services.pii.blindIndex('phone', who.phone),
        phone_mask: maskPhone(who.phone),
        matter,
        category,
        people_count: rng.chance(0.03) ? rng.int(5, 30) : rng.chance(0.2) ? 2 : 1,
        visited_on: visitedOn,
        repeat_of: repeat ? (lastVisit.get(who.phone) ?? null) : null,
        state: 'registered',
        accept_due: add(visitedOn, 15),
      };
      lastVisit.set(who.phone, id);
      if (triaged && triagedOn <= add(todayStr, -1)) {
        Object.assign(row, { route, triaged_on: triagedOn });
        if (route !== 'petition') {
          const settled = age > 30 || rng.chance(0.5);
          if (!settled) row.state = 'guided';
          else {
            const resolved = rng.chance(route === 'psych' ? 0.9 : 0.96);
            const agreement = route === 'mediation' && resolved;
            Object.assign(row, {
              state: 'closed',
              outcome: resolved ? 'resolved' : 'unresolved',
              agreement,
              executed: agreement ? rng.chance(0.965) : null,
              closed_on: add(triagedOn, rng.int(3, 25)),
            });
          }
        } else {
          const due = add(triagedOn, 60);
          const dept = rng.chance(0.3) ? depts.find((x) => x.id === deptId)! : rng.pick(depts);
          const repliedOn = add(triagedOn, rng.chance(0.92) ? rng.int(10, 58) : rng.int(61, 75));
          Object.assign(row, {
            state: 'accepted',
            handle_due: due,
            dept_node_id: dept.id,
            assigned_on: add(triagedOn, 1),
          });
          if (repliedOn < todayStr) {
            const r = rng.next();
            Object.assign(row, {
              state: 'closed',
              reply: '已调查核实并督促整改，情况已向信访人书面答复',
              replied_on: repliedOn,
              satisfaction: r < 0.8 ? 'satisfied' : r < 0.95 ? 'basic' : 'unsatisfied',
              closed_on: add(repliedOn, rng.int(1, 10)),
            });
          } else row.state = 'assigned';
        }
      }
      visits.push(row);
    }
  }
  // the notices' numbers in the order they were issued
  const counters = { accept: 0, reject: 0 };
  for (const v of [...visits]
    .filter((x) => x.route && x.route !== 'psych')
    .sort((a, b) => String(a.triaged_on).localeCompare(String(b.triaged_on)))) {
    const kind = v.route === 'petition' ? 'accept' : 'reject';
    counters[kind]++;
    v.notice_no = `福田信访${kind === 'accept' ? '受' : '不受'}〔${year}〕第${String(counters[kind]).padStart(4, '0')}号`;
  }
  for (let i = 0; i < visits.length; i += 500)
    await db
      .insertInto('petitions_visits')
      .values(visits.slice(i, i + 500))
      .execute();
  await db
    .insertInto('petitions_counters')
    .values([
      { district_id: districtId, year, kind: 'accept', last: counters.accept },
      { district_id: districtId, year, kind: 'reject', last: counters.reject },
    ])
    .execute();

  // today's work, through the services
  const walkIns = [
    {
      name: '陈桂英',
      matter: '楼上住户空调外机滴水，多次沟通无果',
      category: 'neighbour' as const,
      peopleCount: 1,
    },
    { name: '李国强', matter: '装修公司拖欠八名工人工资', category: 'labour' as const, peopleCount: 8 },
    { name: '王秀兰', matter: '小区公共收益使用不公开', category: 'property' as const, peopleCount: 2 },
  ];
  const studioId = (await svc.studios.list(tiaojie, {})).find((s) => s.mine)!.id;
  for (const w of walkIns)
    await svc.visits.register(shequ, { nodeId: communityId, studioId, phone: phone(), ...w });
  const waiting = await svc.visits.register(shequ, {
    nodeId: communityId,
    studioId,
    name: '赵志文',
    phone: phone(),
    matter: '小区旁餐饮店油烟直排，影响居民生活',
    category: 'other',
    peopleCount: 3,
  });
  let v = await svc.handling.triage(shequ, waiting.id, {
    route: 'petition',
    note: '',
    toMediation: false,
    version: 1,
  });
  await svc.handling.assign(jiedao, v.id, { deptNodeId: deptId, version: v.version });
  const own = await svc.visits.submit(jumin, {
    nodeId: communityId,
    matter: '小区门口人行道破损，老人行走不便',
    category: 'other',
    peopleCount: 1,
  });
  v = await svc.handling.triage(shequ, own.id, {
    route: 'petition',
    note: '',
    toMediation: false,
    version: 1,
  });
  v = await svc.handling.assign(jiedao, v.id, { deptNodeId: deptId, version: v.version });
  await svc.handling.reply(bumen, v.id, {
    reply: '已安排施工单位修复破损路面，预计两周内完工',
    version: v.version,
  });
  await sql`ANALYZE petitions_visits`.execute(db);
}
