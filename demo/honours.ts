/**
 * A year of honours in the demo district (seed 003 福田居民美德奖): the award with its five
 * categories, nominations from the demo community by its officer and its resident `jumin`, most
 * reviewed and published by the street office `jiedao`, one still to review and one to publish.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';

const NOMINEES: [string, string, string][] = [
  ['张秀英', '孝老爱亲', '照顾瘫痪婆婆二十年如一日，邻里称道'],
  ['李建华', '见义勇为', '深夜勇救落水儿童'],
  ['王淑芬', '助人为乐', '坚持为社区独居老人义务理发十余年'],
  ['陈国强', '诚实守信', '拾得八万元现金原物奉还失主'],
  ['刘美兰', '敬业奉献', '扎根社区网格工作八年，走访居民三千余户'],
  ['黄志明', '助人为乐', '组建楼栋互助小组，帮助十余户困难家庭'],
  ['周丽华', '孝老爱亲', '三代同堂，和睦相处，带动邻里敬老'],
];

/** Seeds the award and a year of nominations. */
export async function seedHonours(services: Services, db: Db, today: Date): Promise<void> {
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['zzb', 'jiedao', 'shequ', 'jumin'])
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((x) => x.username === u)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const [zzb, jiedao, shequ, jumin] = await Promise.all(['zzb', 'jiedao', 'shequ', 'jumin'].map(ctxOf));
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const { id: awardId } = await services.honours.createAward(zzb, {
    nodeId: community.nodeId,
    name: '福田居民美德奖',
  });
  const year = Number(new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  for (const [i, [name, category, deeds]] of NOMINEES.entries()) {
    const by = i % 3 === 0 ? jumin : shequ;
    const { id } = await services.honours.nominate(by, {
      awardId,
      nodeId: community.nodeId,
      year,
      nomineeName: name,
      category,
      deeds,
    });
    if (i === NOMINEES.length - 1) continue; // still to review
    await services.honours.review(jiedao, id, { action: 'approve', note: '事迹属实', version: 1 });
    if (i === NOMINEES.length - 2) continue; // approved, to publish
    await services.honours.review(jiedao, id, { action: 'publish', version: 2 });
  }
}
