/**
 * A year of the 强村富民 fund in the demo district (Qingtian's model, seed 001), made through the
 * fund's service: the street's pool raised by the 1+1+1+N model (a loan at 3.85%), the demo
 * community's projects at every stage — the 瑞乐牧场 extension reviewed by the 4+X panel, funded in
 * two batches and evaluated two years running (net 36.3万 → 107万元, up 195%; 60万元 returned),
 * a fish farm half funded with its second batch waiting for approval, a homestay under review, a
 * solar roof just applied for, and a failing project that exited. The street officer `jiedao`
 * approves and the organisation department `zzb` checks and pays. Dates are moved back into the year.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';

const WAN = 1_000_000;

/** Seeds the fund; a no-op when the demo accounts are missing or a pool exists. */
export async function seedVillagefund(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [street, org, village] = await Promise.all([ctxOf('jiedao'), ctxOf('zzb'), ctxOf('cunji')]);
  if (!street || !org || !village) return;
  if (
    await db
      .selectFrom('villagefund_pools')
      .select('id')
      .where('district_id', '=', districtId)
      .executeTakeFirst()
  )
    return;
  const vf = services.villagefund;
  const streetNode = street.actor!.grants[0];
  const villageNode = village.actor!.grants[0];
  const year = new Date(today.getTime() + 8 * 3600_000).getUTCFullYear();
  const day = (m: number, d: number, y = year) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  const streetName = (
    await db
      .selectFrom('org_nodes')
      .select('name')
      .where('id', '=', streetNode.nodeId)
      .executeTakeFirstOrThrow()
  ).name;
  const { id: poolId } = await vf.createPool(street, {
    nodeId: streetNode.nodeId,
    name: `${streetName}强村富民资金池`,
  });
  for (const [source, wan, on, extra] of [
    ['fiscal', 600, day(1, 20), { counterparty: '区财政局' }],
    [
      'loan',
      500,
      day(2, 15),
      { counterparty: '农商银行', rateBp: 385, note: '以闲置厂房、礼堂作担保，享受3.85%优惠利率' },
    ],
    ['collective', 300, day(3, 5), { counterparty: '各村股份经济合作社' }],
    ['donation', 150, day(4, 18), { counterparty: '乡贤联谊会' }],
  ] as const)
    if (wan)
      await vf.addInflow(street, poolId, {
        source,
        amountFen: wan * WAN,
        occurredOn: on,
        note: '',
        ...extra,
      });

  // 集体资产担保: the loan's collateral — the village's idle hall and an old school, one near its release day
  const loanInflow = (await vf.ledger(street, poolId)).find((l) => l.source === 'loan');
  const soon = new Date(today.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
  for (const [asset, assetKind, valueWan, loanWan, releaseOn] of [
    ['村老礼堂', 'hall', 320, 250, day(2, 15, year + 3)],
    ['原村小学校舍', 'school', 280, 250, soon],
  ] as const)
    await vf.addPledge(street, poolId, {
      nodeId: villageNode.nodeId,
      asset,
      assetKind,
      valueFen: valueWan * WAN,
      lender: '农商银行',
      loanFen: loanWan * WAN,
      inflowId: loanInflow?.id ?? null,
      termMonths: 36,
      pledgedOn: day(2, 15),
      releaseOn: releaseOn < day(2, 15) ? day(2, 15) : releaseOn,
    });

  type Spec = {
    title: string;
    category: string;
    description: string;
    inv: number;
    rev: number;
    cost: number;
    until: 'applied' | 'reviewing' | 'funding' | 'operating' | 'exited';
    month: number;
  };
  const specs: Spec[] = [
    {
      title: '瑞乐牧场扩建',
      category: 'farming',
      description: '扩建牛舍、增加存栏，村集体经营，农户入股分红',
      inv: 740,
      rev: 160,
      cost: 60,
      until: 'operating',
      month: 1,
    },
    {
      title: '洁水养鱼',
      category: 'ecology',
      description: '山塘清水养鱼，打造生态渔业品牌',
      inv: 300,
      rev: 70,
      cost: 30,
      until: 'funding',
      month: 3,
    },
    {
      title: '古村民宿改造',
      category: 'tourism',
      description: '闲置农房改造为精品民宿，村集体统一运营',
      inv: 260,
      rev: 55,
      cost: 25,
      until: 'reviewing',
      month: 9,
    },
    {
      title: '村级光伏屋顶',
      category: 'property',
      description: '利用村集体厂房屋顶建设分布式光伏',
      inv: 120,
      rev: 20,
      cost: 4,
      until: 'applied',
      month: 11,
    },
    {
      title: '高山茶叶加工厂',
      category: 'processing',
      description: '茶叶初制加工厂，因市场价格下跌连续亏损',
      inv: 200,
      rev: 40,
      cost: 18,
      until: 'exited',
      month: 1,
    },
  ];
  const risks = { market: 2, operation: 2, collateral: 2, policy: 1 };
  for (const s of specs) {
    const { id } = await vf.apply(village, {
      nodeId: villageNode.nodeId,
      title: s.title,
      description: s.description,
      category: s.category,
      investmentFen: s.inv * WAN,
      annualRevenueFen: s.rev * WAN,
      annualCostFen: s.cost * WAN,
      horizonYears: 15,
      households: 60 + s.inv / 10,
      risks,
    });
    const version = async () => (await vf.get(street, id)).version;
    const back = (m: number, d: number) =>
      new Date(
        `${day(m, d, s.until === 'exited' || s.title === '瑞乐牧场扩建' ? year - 2 : year)}T02:00:00Z`,
      );
    await db
      .updateTable('villagefund_projects')
      .set({ applied_at: back(s.month, 8) })
      .where('id', '=', id)
      .execute();
    if (s.until === 'applied') continue;
    await vf.step(street, id, { step: 'start_review', version: await version() });
    const units =
      s.until === 'reviewing'
        ? (['org_dept', 'finance'] as const)
        : (['org_dept', 'finance', 'agriculture', 'shuangzeng', 'other'] as const);
    for (const [i, unit] of units.entries())
      await vf.addVisit(street, id, {
        unit,
        memberName: ['王科长', '陈股长', '刘站长', '周组长', '乡贤代表'][i],
        visitedOn: day(Math.min(12, s.month + 1), 10 + i, back(1, 1).getUTCFullYear()),
        opinion: i === 3 ? 'concern' : 'support',
        note: i === 3 ? '关注最低存栏数和流动资金' : '',
      });
    await vf.analyse(street, id);
    if (s.until === 'reviewing') continue;
    await vf.step(street, id, {
      step: 'approve',
      version: await version(),
      note: '经“4+X”小组实地走访和线上评估，同意立项',
    });
    await vf.setPlan(street, id, {
      totalFen: s.inv * WAN,
      sources: {
        fiscal: Math.round(s.inv * 0.4) * WAN,
        loan: Math.round(s.inv * 0.35) * WAN,
        collective: (s.inv - Math.round(s.inv * 0.4) - Math.round(s.inv * 0.35)) * WAN,
        donation: 0,
      },
      milestones: '第一批：主体工程开工；第二批：完工验收投产',
      indicators: [
        { name: '最低存栏（产量）', target: '达到方案标准' },
        { name: '流动资金', target: '不低于50万元' },
        { name: '溯源追溯', target: '100%' },
      ],
      exitTerms: '连续两年绩效评估不合格，按资产评估价退出并收回资金',
      collectiveShare: 70,
    });
    const pay = async (amount: number, progress: number, note: string, paidOn: Date) => {
      const b = await vf.requestBatch(village, id, { amountFen: amount * WAN, progress, progressNote: note });
      await vf.decideBatch(street, b.id, { decision: 'approve' });
      await vf.decideBatch(org, b.id, { decision: 'pay' });
      await db
        .updateTable('villagefund_batches')
        .set({ requested_at: paidOn, approved_at: paidOn, paid_at: paidOn })
        .where('id', '=', b.id)
        .execute();
      await db
        .updateTable('villagefund_ledger')
        .set({ occurred_on: paidOn.toISOString().slice(0, 10) })
        .where('batch_id', '=', b.id)
        .execute();
    };
    const half = Math.round(s.inv / 2);
    await pay(half, 45, '主体工程完工过半', back(Math.min(12, s.month + 2), 20));
    if (s.until === 'funding') {
      await vf.requestBatch(village, id, {
        amountFen: (s.inv - half) * WAN,
        progress: 90,
        progressNote: '主体完工，设备进场',
      });
      continue;
    }
    await pay(s.inv - half, 100, '完工验收投产', back(Math.min(12, s.month + 5), 15));
    const reviewY = (y: number, rev: number, cost: number, coll: number, hh: number, met: number) =>
      vf.review(street, id, {
        year: y,
        revenueFen: Math.round(rev * WAN),
        costFen: Math.round(cost * WAN),
        collectiveReturnFen: Math.round(coll * WAN),
        householdReturnFen: Math.round(hh * WAN),
        households: 120,
        indicatorsMet: met,
        note: '',
      });
    if (s.until === 'operating') {
      // Qingtian: 60万元 returned; the strong-village company's profit 107万元, up 195%
      await reviewY(year - 1, 96.3, 60, 25, 11.3, 3);
      await reviewY(year, 167, 60, 42, 18, 3);
    } else {
      await reviewY(year - 1, 20, 20, 0, 0, 1);
      await reviewY(year, 15, 15, 0, 0, 0);
      await vf.step(street, id, {
        step: 'exit',
        version: await version(),
        note: '连续两年绩效不合格，启动退出机制',
        recoveredFen: 120 * WAN,
      });
    }
  }
}
