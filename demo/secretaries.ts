/**
 * The community party secretaries of the demo district (seed 004 Luohu 社区书记注入“新血液”), made
 * through the secretaries service: three 两委换届 rounds (2015, 2018, 2021) for every street, so
 * those re-elected twice serve a third term and are due for rotation 岗位交流; nine of them
 * rotated to communities another secretary left, the communities they left filled by 公开遴选,
 * 竞争上岗 or 选派正科级公职人员, three left vacant this year (one in the demo street); and one open selection 公开遴选
 * under way for those vacancies, the cadre `ganbu` a candidate at the 笔试面试 stage. Names come
 * from a fixed seed.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';
import { GIVEN_F, GIVEN_M, SURNAMES } from './names.ts';

const ROUNDS = [
  { year: 2015, heldOn: '2015-03-18' },
  { year: 2018, heldOn: '2018-03-22' },
  { year: 2021, heldOn: '2021-04-15' },
];
/** Which communities re-elect their secretary in the second and third rounds (by index mod 10). */
const KEEP_2018 = new Set([0, 1, 2, 3, 4, 5]);
const KEEP_2021 = new Set([1, 2, 6, 7, 8]);
const FILL = ['open', 'competition', 'assigned'] as const;

/** Seeds the roster, its history and a selection under way; a no-op without the demo accounts or when done. */
export async function seedSecretaries(services: Services, db: Db, districtId: string, today: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, ganbu, jiedao, shequ] = await Promise.all(['zzb', 'ganbu', 'jiedao', 'shequ'].map(ctxOf));
  if (!zzb || !ganbu || !jiedao || !shequ) return;
  const demoStreet = jiedao.actor!.grants[0].nodeId;
  const demoCommunity = shequ.actor!.grants[0].nodeId;
  const svc = services.secretaries;
  const roster = (await svc.roster(zzb, {})).entries;
  if (roster.length === 0 || roster.some((e) => !e.vacant)) return;
  const c0 = roster.findIndex((e) => e.nodeId === demoCommunity);
  const rng = new Rng(`secretaries/${districtId}`);
  const used = new Set<string>();
  const name = () => {
    for (;;) {
      const n = rng.pick(SURNAMES.split('')) + rng.pick(rng.chance(0.6) ? GIVEN_M : GIVEN_F);
      if (!used.has(n)) return (used.add(n), n);
    }
  };
  const current = roster.map(() => name());
  const streets = [...new Set(roster.map((e) => e.streetId!))];
  for (const [r, round] of ROUNDS.entries()) {
    for (const streetId of streets) {
      const results = roster.flatMap((e, i) => {
        if (e.streetId !== streetId) return [];
        // the demo community's officer `shequ` is 陈书记: its secretary since 2021
        if (i === c0 && r === 2) current[i] = `陈${rng.pick(GIVEN_M)}`;
        else if (r > 0 && !(r === 1 ? KEEP_2018 : KEEP_2021).has(i % 10)) current[i] = name();
        return [{ nodeId: e.nodeId, name: current[i] }];
      });
      await svc.recordElection(zzb, { nodeId: streetId, year: round.year, heldOn: round.heldOn, results });
    }
  }
  // 岗位交流: third-term secretaries of communities i ≡ 2 (mod 10) move to community i + 5, whose
  // secretary left; the communities they leave are filled but three left vacant this year: the
  // first in the demo street (jiedao's), and the last two
  const day = (offset: number) => shanghaiDay(new Date(today.getTime() + offset * 86_400_000));
  const rotated = roster
    .map((_, i) => i)
    .filter((i) => i % 10 === 2 && i + 5 < roster.length && i !== c0 && i + 5 !== c0);
  const inDemoStreet = Math.max(
    0,
    rotated.findIndex((i) => roster[i].streetId === demoStreet),
  );
  const after = async () => (await svc.roster(zzb, {})).entries;
  let entries = await after();
  for (const [k, i] of rotated.entries()) {
    const recent = k === inDemoStreet || k >= rotated.length - 2;
    const leave = recent ? day(-120 + k * 10) : `2022-0${(k % 6) + 3}-10`;
    const move = recent ? day(-119 + k * 10) : `2022-0${(k % 6) + 3}-11`;
    const target = entries[i + 5].term!;
    await svc.endTerm(zzb, target.id, { endedOn: leave, reason: 'other', version: target.version });
    const from = entries[i].term!;
    await svc.rotate(zzb, {
      termId: from.id,
      toNodeId: entries[i + 5].nodeId,
      rotatedOn: move,
      version: from.version,
    });
    if (!recent)
      await svc.appoint(zzb, {
        nodeId: entries[i].nodeId,
        name: name(),
        method: FILL[k % FILL.length],
        startedOn: `2022-${String((k % 6) + 6).padStart(2, '0')}-01`,
      });
    entries = await after();
  }
  // the selection under way for this year's vacancies, ganbu among the candidates
  const vacant = entries.filter((e) => e.vacant);
  if (vacant.length === 0) return;
  const { id } = await svc.createSelection(zzb, {
    nodeId: zzb.actor!.grants.find((g) => g.role === 'org_officer')!.nodeId,
    kind: 'open',
    title: `${day(0).slice(0, 4)}年社区党委书记公开遴选`,
    requirements:
      '中共党员，具有2年以上党龄；45周岁以下，大专以上学历；具有3年以上基层工作经历，熟悉社区治理；正科级公职人员可报名',
    deadline: day(7),
    postNodeIds: vacant.map((e) => e.nodeId),
  });
  const { id: mine } = await svc.register(ganbu, id, { nodeId: vacant[0].nodeId });
  await svc.moveCandidate(zzb, mine, { action: 'qualify', version: 1 });
  await svc.moveCandidate(zzb, mine, { action: 'score', version: 2, writtenScore: 84.5, interviewScore: 88 });
  const others: [number, string, number][] = [
    [0, name(), 2],
    [1 % vacant.length, name(), 1],
    [1 % vacant.length, name(), 0],
  ];
  for (const [p, who, steps] of others) {
    const r = await svc.register(zzb, id, { nodeId: vacant[p].nodeId, name: who });
    if (steps > 0) await svc.moveCandidate(zzb, r.id, { action: 'qualify', version: 1 });
    if (steps > 1)
      await svc.moveCandidate(zzb, r.id, {
        action: 'score',
        version: 2,
        writtenScore: 79,
        interviewScore: 81.5,
      });
  }
}
