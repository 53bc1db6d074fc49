/**
 * A year of 业主大会 and 业委会 in the demo street (seeds 001 and 004), made through the owners
 * service on the compounds the property step made: each compound's owners' register imported from
 * a sheet (some owners holding two units), the demo resident `jumin` linked to an owner of the demo
 * compound; the demo compound's committee elected five years ago (back-dated: its term ends within
 * the renewal window, so the 换届 shows as a to-do) and this year's assemblies closed with numbered
 * notices (ordinary matters passing, a maintenance-fund matter failing the 3/4 rule); one assembly
 * open now with paper ballots waiting for a second officer and jumin's ballot still to cast; and an
 * election in nomination with candidates waiting for the party organisation's vetting.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢';
const GIVEN = [
  '建国',
  '秀英',
  '志明',
  '丽华',
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
];

/** Seeds the owners module's year: a few hundred service calls. */
export async function seedOwners(services: Services, db: Db, districtId: string, now: Date) {
  const rng = new Rng('owners');
  const svc = services.owners;
  const ctxOf = async (username: string): Promise<RequestContext> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return {
      actor: (await services.accounts.loadActor(u.id))!,
      ip: '127.0.0.1',
      userAgent: 'gongzhi-seed',
      lang: 'zh-CN',
    };
  };
  const street = await ctxOf('jiedao');
  const shequ = await ctxOf('shequ');
  const committee = await ctxOf('yeweihui');
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const today = day(0);
  const year = Number(today.slice(0, 4));

  // the registers: 18–30 owners per compound, every seventh holding a second unit
  const compounds = (await svc.compounds(street, {})).items;
  const demoCommunity = (await svc.compounds(shequ, {})).items;
  if (!demoCommunity.length) return;
  const demo = demoCommunity[0];
  for (const [k, c] of compounds.entries()) {
    const lines = ['房号,建筑面积,业主姓名,联系电话'];
    const owners = 18 + rng.int(0, 12);
    let unit = 0;
    for (let o = 0; o < owners; o++) {
      const name = `${SURNAMES[rng.int(0, SURNAMES.length - 1)]}${GIVEN[rng.int(0, GIVEN.length - 1)]}`;
      const phone = `139${String(k).padStart(2, '0')}${String(o).padStart(6, '0')}`;
      const units = o % 7 === 3 ? 2 : 1;
      for (let u = 0; u < units; u++, unit++) {
        const room = `${1 + Math.floor(unit / 12)}-${1 + Math.floor((unit % 12) / 2)}0${1 + (unit % 2)}`;
        lines.push(`${room},${60 + rng.int(0, 80)}.${rng.int(10, 99)},${name},${phone}`);
      }
    }
    await svc.importUnits(street, c.id, Buffer.from(lines.join('\r\n'), 'utf8'), false);
  }
  const demoOwners = (await svc.owners(shequ, demo.id)).items;
  await svc.link(shequ, demoOwners[0].id, 'jumin');

  /**
   * Every owner of a compound but the skipped ones votes on paper: shequ enters, yeweihui confirms in
   * the compound it is the 业委会 of (the only one it reaches), the street officer elsewhere.
   */
  async function paperVotes(
    assemblyId: string,
    compoundId: string,
    choose: (i: number) => ('yes' | 'no' | 'abstain')[],
    skip = 0,
  ) {
    const owners = (await svc.owners(shequ, compoundId)).items;
    for (const [i, o] of owners.entries()) {
      if (i < skip) continue;
      await svc.paper(shequ, assemblyId, { ownerId: o.id, choices: choose(i) });
      await svc.confirm(compoundId === demo.id ? committee : street, assemblyId, o.id);
    }
  }
  /** Moves an assembly (and its election's term) back to the days given. */
  async function backdate(assemblyId: string, opensOn: string, closesOn: string) {
    await db
      .updateTable('owners_assemblies')
      .set({ opens_on: opensOn, closes_on: closesOn, closed_on: closesOn, created_at: sql`${opensOn}::date` })
      .where('id', '=', assemblyId)
      .execute();
  }

  // the demo compound's committee, elected five years ago (term ending within the renewal window)
  const first = await svc.callElection(shequ, { compoundId: demo.id, seats: 5 });
  const candidates = demoOwners.slice(1, 7);
  for (const [i, o] of candidates.entries())
    await svc.nominate(committee, first.id, {
      ownerId: o.id,
      partyMember: i < 3,
      crossPost: i === 0 || i === 4,
    });
  const cands = (await svc.election(shequ, first.id)).candidatesList;
  for (const [i, c] of cands.entries())
    await svc.vet(shequ, first.id, {
      candidateId: c.id,
      pass: i !== 5,
      reason: i === 5 ? '曾因拖欠物业费被起诉，暂不宜担任业委会委员' : '',
    });
  const firstAssembly = await svc.putToAssembly(shequ, first.id, { opensOn: today, closesOn: day(14) });
  await paperVotes(
    firstAssembly.id,
    demo.id,
    (i) => Array.from({ length: 5 }, (_, m) => (i % 5 === m ? 'no' : 'yes')),
    2,
  );
  const fa = await svc.view(shequ, firstAssembly.id);
  await svc.close(shequ, firstAssembly.id, fa.version);
  // the term began five years before sixty days from now (so it ends within the renewal window)
  const ends = day(59);
  const started = `${Number(day(60).slice(0, 4)) - 5}${day(60).slice(4)}`.replace('-02-29', '-02-28');
  await backdate(firstAssembly.id, started, started);
  await db
    .updateTable('owners_assemblies')
    .set({ notice_year: year - 5, notice_no: 1 })
    .where('id', '=', firstAssembly.id)
    .execute();
  await db
    .updateTable('owners_notice_numbers')
    .set({ last: sql`last - 1` })
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .execute();
  await db
    .insertInto('owners_notice_numbers')
    .values({ district_id: districtId, year: year - 5, last: 1 })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .updateTable('owners_elections')
    .set({ term_starts: started, term_ends: ends })
    .where('id', '=', first.id)
    .execute();

  // this year's assemblies: in the demo compound and its neighbours, closed in order (gapless numbers)
  const YEAR_MATTERS = [
    [
      ['续聘红棉物业服务有限公司', 'ordinary'],
      ['使用专项维修资金更换 3 栋电梯', 'major'],
    ],
    [
      ['修订《管理规约》停车管理条款', 'ordinary'],
      ['增设电动自行车集中充电棚', 'ordinary'],
    ],
    [['使用公共收益改造小区绿化', 'ordinary']],
  ] as const;
  const months = [3, 6, 9];
  for (const [i, matters] of YEAR_MATTERS.entries()) {
    const c = demoCommunity[i % demoCommunity.length];
    const a = await svc.open(shequ, {
      compoundId: c.id,
      title: `${year} 年第 ${i + 1} 次业主大会`,
      opensOn: today,
      closesOn: day(14),
      matters: matters.map(([title, kind]) => ({ title, kind })),
    });
    // most owners take part; the maintenance-fund matter gets about two in three, short of 3/4
    await paperVotes(
      a.id,
      c.id,
      (k) =>
        matters.map(([, kind]) =>
          kind === 'major' ? (k % 3 === 0 ? 'no' : 'yes') : k % 6 === 0 ? 'no' : 'yes',
        ),
      3,
    );
    const v = await svc.view(shequ, a.id);
    await svc.close(shequ, a.id, v.version);
    // closed in the month given, or earlier this year when that month is still to come
    const latest = now.getTime() - (3 - i) * 20 * 86_400_000 - 15 * 86_400_000;
    const opensAt = Math.max(Date.UTC(year, 0, 1), Math.min(Date.UTC(year, months[i] - 1, 5), latest));
    await backdate(a.id, shanghaiDay(new Date(opensAt)), shanghaiDay(new Date(opensAt + 14 * 86_400_000)));
  }

  // one assembly open now: a few paper ballots entered, waiting for a second officer; jumin yet to vote
  const open = await svc.open(shequ, {
    compoundId: demo.id,
    title: `${year} 年第 4 次业主大会`,
    opensOn: day(-3),
    closesOn: day(11),
    matters: [
      { title: '选聘第三方机构审计公共收益', kind: 'ordinary' },
      { title: '使用专项维修资金维修外墙', kind: 'major' },
    ],
  });
  for (const o of demoOwners.slice(2, 6))
    await svc.paper(shequ, open.id, { ownerId: o.id, choices: ['yes', 'yes'] });

  // the renewal 换届 of a neighbouring compound: candidates nominated, waiting for vetting; called by
  // the community officer (the demo's committee account reaches only its own compound)
  const next = demoCommunity[1] ?? demo;
  const e = await svc.callElection(shequ, { compoundId: next.id, seats: 5 });
  const nextOwners = (await svc.owners(shequ, next.id)).items;
  for (const [i, o] of nextOwners.slice(0, 6).entries())
    await svc.nominate(shequ, e.id, { ownerId: o.id, partyMember: i % 2 === 0, crossPost: i === 1 });
}
