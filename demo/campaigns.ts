/**
 * The sign-up drives 攻坚签约 of the demo district (seeds 004 and 002), scaled down tenfold:
 * - a finished 棚改 of the “二线插花地” kind owned by the district (zzb): 62,000 m², 139 buildings, 830
 *   households, about 9,300 residents, 70 cadres in 10 teams, from 20 December to 7 May of past
 *   years (seed 004: 706 cadres from 2016-12-20 to 5/7), 820 households signed (98.8%) and all but
 *   one household moved out (99.9% of residents);
 * - a 土地整备 drive of the demo street (jiedao) under way: 150 households, 30% signed when seconded
 *   cadres came three months ago, about 80% now (seed 002: 从派驻前的30%提升到派驻后的83%); the cadre
 *   `ganbu` leads 第一工作组, which has households not visited in 7 days and three signings waiting
 *   for the street's confirmation.
 * The campaigns, teams, the cadre's membership, assignments and today's records go through the
 * service; the months of visits and confirmed records are written in bulk (paper records of cadres
 * without accounts). Deterministic from a fixed seed and `today`.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { GIVEN_F, GIVEN_M, SURNAMES } from './names.ts';
import { Rng } from './prng.ts';

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const TEAM_NAMES = ['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '第九', '第十'];
const CONCERNS = [
  '补偿标准',
  '安置房面积和位置',
  '过渡期租金',
  '子女就学',
  '搬迁时间',
  '产权证明材料',
  '老人就医不便',
  '租户押金退还',
  '',
  '',
];

type Row = Record<string, unknown>;

/** Seeds the two drives; a no-op without the demo accounts or when done. */
export async function seedCampaigns(services: Services, db: Db, districtId: string, now: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, jiedao, ganbu] = await Promise.all(['zzb', 'jiedao', 'ganbu'].map(ctxOf));
  if (!zzb || !jiedao || !ganbu) return;
  const svc = services.campaigns;
  if ((await svc.list(zzb, {})).length > 0) return;
  const today = shanghaiDay(now);
  const year = Number(today.slice(0, 4));
  const rng = new Rng(`campaigns/${districtId}`);
  const person = () => rng.pick(SURNAMES.split('')) + rng.pick(rng.chance(0.55) ? GIVEN_M : GIVEN_F);
  const district = zzb.actor!.grants[0].nodeId;
  const street = jiedao.actor!.grants[0].nodeId;
  const visits: Row[] = [];
  const records: Row[] = [];

  /** Households of a drive, written with the state they reached; answers them with their teams. */
  async function households(
    campaignId: string,
    n: number,
    opts: { buildings: number; people: () => number; prefix: string },
  ) {
    const rows = Array.from({ length: n }, (_, i) => {
      const b = Math.floor((i * opts.buildings) / n) + 1;
      return {
        district_id: districtId,
        id: uuidv7(),
        campaign_id: campaignId,
        no: `${opts.prefix}${String(b).padStart(3, '0')}-${String(i + 1).padStart(4, '0')}`,
        building_no: `${b}栋`,
        head_name: person(),
        people: opts.people(),
        area_m2: rng.int(35, 180),
        phone_mask: `1${rng.pick(['38', '39', '58', '86'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`,
      };
    });
    await db.insertInto('campaigns_households').values(rows).execute();
    return rows;
  }

  /** Visits of a household from `from` to `last`, the last one's outcome given. */
  function visitsOf(
    h: { id: string; campaign_id: string },
    teamId: string,
    names: string[],
    from: string,
    last: string,
    lastOutcome: string,
    userId: string | null,
  ) {
    const span = Math.max(0, Date.parse(last) - Date.parse(from)) / 86_400_000;
    const count = rng.int(2, 4);
    for (let k = 0; k < count; k++) {
      const on = k === count - 1 ? last : addDays(from, Math.floor((span * k) / count));
      visits.push({
        district_id: districtId,
        id: uuidv7(),
        campaign_id: h.campaign_id,
        household_id: h.id,
        team_id: teamId,
        visited_on: on,
        outcome: k === count - 1 ? lastOutcome : k === 0 ? 'explained' : 'negotiating',
        concerns: rng.pick(CONCERNS),
        user_id: userId,
        by_name: rng.pick(names),
      });
    }
  }

  /** A confirmed record of a household. */
  function confirmed(
    h: { id: string; campaign_id: string },
    teamId: string,
    kind: 'sign' | 'move',
    on: string,
    by: { userId: string | null; name: string },
    decider: string,
  ) {
    records.push({
      district_id: districtId,
      id: uuidv7(),
      campaign_id: h.campaign_id,
      household_id: h.id,
      team_id: teamId,
      kind,
      on_date: on,
      state: 'confirmed',
      recorded_by: by.userId,
      recorded_name: by.name,
      decided_by: decider,
      decided_at: new Date(`${on}T12:00:00Z`),
    });
  }

  /** Forms teams of named cadres and gives each its share of the households (through the service). */
  async function teams(
    ctx: RequestContext,
    campaignId: string,
    count: number,
    size: number,
    hs: { id: string }[],
    firstTeamAccount?: string,
  ) {
    const out: { id: string; names: string[]; hs: typeof hs }[] = [];
    for (let k = 0; k < count; k++) {
      const { id } = await svc.addTeam(ctx, campaignId, { name: `${TEAM_NAMES[k]}工作组` });
      const names: string[] = [];
      for (let m = 0; m < size; m++) {
        const name = person();
        names.push(name);
        await svc.addMember(ctx, id, { name, leader: m === 0 });
      }
      if (k === 0 && firstTeamAccount)
        await svc.addMember(ctx, id, { username: firstTeamAccount, leader: false });
      const share = hs.filter((_, i) => i % count === k);
      await svc.assign(ctx, campaignId, { teamId: id, householdIds: share.map((h) => h.id) });
      out.push({ id, names, hs: share });
    }
    return out;
  }

  // 1. the finished 棚改 (seed 004), in past years
  const start1 = `${year - 2}-12-20`;
  const end1 = `${year - 1}-05-07`;
  const shanty = await svc.create(zzb, {
    nodeId: district,
    name: '梅林片区“二线插花地”棚户区改造',
    kind: 'shantytown',
    areaM2: 62_000,
    startedOn: start1,
    targetOn: `${year - 1}-05-31`,
    targetSignPct: 95,
    targetMovePct: 99,
  });
  const hs1 = await households(shanty.id, 830, { buildings: 139, prefix: 'M', people: () => rng.int(6, 16) });
  const teams1 = await teams(zzb, shanty.id, 10, 7, hs1);
  const span1 = (Date.parse(end1) - Date.parse(start1)) / 86_400_000;
  const decider1 = zzb.actor!.userId;
  for (const tm of teams1)
    for (const h of tm.hs) {
      const i = hs1.indexOf(h as (typeof hs1)[number]);
      const by = { userId: null, name: rng.pick(tm.names) };
      const signs = i % 83 !== 5; // 10 of 830 never sign
      // signing picks up after the first weeks of visits (an S-shaped curve)
      const at = Math.floor(span1 * Math.sqrt(rng.next()) * (0.35 + 0.65 * rng.next()));
      const signedOn = addDays(start1, Math.max(14, Math.min(span1 - 1, at)));
      const movedOn = addDays(signedOn, rng.int(2, 20));
      const moved = signs || i !== 5; // the one household that stayed never signed
      const set: Row = {};
      if (signs) {
        set.sign_status = 'signed';
        set.signed_on = signedOn;
        confirmed(h as never, tm.id, 'sign', signedOn, by, decider1);
      } else set.sign_status = 'negotiating';
      if (moved) {
        const on = movedOn > end1 ? end1 : movedOn;
        set.move_status = 'moved';
        set.moved_on = on;
        confirmed(h as never, tm.id, 'move', on, by, decider1);
      }
      const last = signs ? signedOn : addDays(end1, -rng.int(0, 5));
      set.last_visit_on = last;
      visitsOf(h as never, tm.id, tm.names, start1, last, signs ? 'willing' : 'refusing', null);
      if (i === 5) set.people = 9;
      await db
        .updateTable('campaigns_households')
        .set(set)
        .where('district_id', '=', districtId)
        .where('id', '=', h.id)
        .execute();
    }
  for (const stage of [
    'mapping',
    'valuation',
    'negotiation',
    'signing',
    'moving',
    'demolition',
    'done',
  ] as const) {
    const c = await svc.get(zzb, shanty.id);
    await svc.moveStage(zzb, shanty.id, { stage, version: c.version });
  }

  // 2. the 土地整备 drive under way (seed 002): 30% signed before the seconded cadres came, ~80% now
  const start2 = addDays(today, -180);
  const came = addDays(today, -90);
  const land = await svc.create(jiedao, {
    nodeId: street,
    name: `${year}年度土地整备攻坚`,
    kind: 'land',
    areaM2: 48_500,
    startedOn: start2,
    targetOn: addDays(today, 30),
    targetSignPct: 83,
    targetMovePct: 80,
  });
  const hs2 = await households(land.id, 150, { buildings: 24, prefix: 'T', people: () => rng.int(2, 7) });
  const teams2 = await teams(jiedao, land.id, 4, 4, hs2, 'ganbu');
  const decider2 = jiedao.actor!.userId;
  const ganbuId = ganbu.actor!.userId;
  const pending: string[] = [];
  for (const [k, tm] of teams2.entries())
    for (const [j, h] of tm.hs.entries()) {
      const i = hs2.indexOf(h as (typeof hs2)[number]);
      const mine = k === 0;
      const by =
        mine && j % 2 === 0
          ? { userId: ganbuId, name: ganbu.actor!.displayName }
          : { userId: null, name: rng.pick(tm.names) };
      // 45 signed before the cadres came (30%), 75 since (to 80%); 3 of ganbu's team wait for today's record
      const before = i < 45;
      const since = i >= 45 && i < 120;
      const signedOn = before
        ? addDays(start2, rng.int(10, 89))
        : since
          ? addDays(came, Math.min(89, Math.floor(90 * Math.sqrt(rng.next()))))
          : null;
      const set: Row = {};
      if (signedOn) {
        set.sign_status = 'signed';
        set.signed_on = signedOn;
        confirmed(h as never, tm.id, 'sign', signedOn, by, decider2);
        if (rng.chance(0.75)) {
          const on = addDays(signedOn, rng.int(3, 25));
          if (on < today) {
            set.move_status = 'moved';
            set.moved_on = on;
            confirmed(h as never, tm.id, 'move', on, by, decider2);
          }
        }
      } else
        set.sign_status = mine && pending.length < 3 ? 'negotiating' : rng.pick(['visited', 'negotiating']);
      // the unsigned of ganbu's team: the first three about to sign today, others last seen 8–20 days ago
      const last =
        signedOn ??
        (mine && pending.length >= 3 ? addDays(today, -rng.int(8, 20)) : addDays(today, -rng.int(0, 5)));
      set.last_visit_on = last;
      visitsOf(h as never, tm.id, tm.names, start2, last, signedOn ? 'willing' : 'negotiating', by.userId);
      await db
        .updateTable('campaigns_households')
        .set(set)
        .where('district_id', '=', districtId)
        .where('id', '=', h.id)
        .execute();
      if (!signedOn && mine && pending.length < 3) pending.push(h.id);
    }
  for (const stage of ['mapping', 'valuation', 'negotiation', 'signing'] as const) {
    const c = await svc.get(jiedao, land.id);
    await svc.moveStage(jiedao, land.id, { stage, version: c.version });
  }
  for (let i = 0; i < visits.length; i += 2000)
    await db
      .insertInto('campaigns_visits')
      .values(visits.slice(i, i + 2000) as never)
      .execute();
  for (let i = 0; i < records.length; i += 2000)
    await db
      .insertInto('campaigns_records')
      .values(records.slice(i, i + 2000) as never)
      .execute();
  // today: ganbu visits three households willing to sign and records their signings for the street to confirm
  for (const id of pending) {
    await svc.visit(ganbu, id, { visitedOn: today, outcome: 'willing', concerns: '同意补偿方案' });
    const { household } = await svc.household(ganbu, id);
    await svc.record(ganbu, id, { kind: 'sign', onDate: today, version: household.version });
  }
}
