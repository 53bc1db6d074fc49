/**
 * The demo district: deterministic, loaded on the first start of an empty database. It loads the
 * generated 福田区 (demo/generate.ts) and one demo account for every role, placed where that role
 * works: the community officer on a community with residents, the grid worker on a grid of that
 * community, the cadre and the department officer in 区住房和建设局, and so on.
 */
import { seedFieldWork } from './fieldwork.ts';
import { seedEvents } from './events.ts';
import { seedAssessment } from './assessment.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { seedCouncil } from './council.ts';
import { seedPartymembers } from './partymembers.ts';
import { seedPairing } from './pairing.ts';
import { seedPartyorgs } from './partyorgs.ts';
import { seedLinkage } from './linkage.ts';
import { seedMediation } from './mediation.ts';
import { seedProperty } from './property.ts';
import { seedTasks } from './tasks.ts';
import { seedVillagefund } from './villagefund.ts';
import { seedTraining } from './training.ts';
import { seedSecondments } from './secondments.ts';
import { seedServices } from './services.ts';
import { seedVolunteers } from './volunteers.ts';
import { seedProjects } from './projects.ts';
import { seedJobs } from './jobs.ts';
import { seedTaskforces } from './taskforces.ts';
import { seedPartners } from './partners.ts';
import { seedContests } from './contests.ts';
import { seedInspections } from './inspections.ts';
import { seedSecretaries } from './secretaries.ts';
import { seedStability } from './stability.ts';
import { seedPartyworkers } from './partyworkers.ts';
import { seedCompacts } from './compacts.ts';
import { seedVisitteam } from './visitteam.ts';
import { seedJuvenile } from './juvenile.ts';
import { seedIncentives } from './incentives.ts';
import { seedPetitions } from './petitions.ts';
import { seedSocialfund } from './socialfund.ts';
import { seedDutylists } from './dutylists.ts';
import { seedCampaigns } from './campaigns.ts';
import { seedVenues } from './venues.ts';
import { seedPsych } from './psych.ts';
import { seedOwners } from './owners.ts';
import { seedCulture } from './culture.ts';
import { seedCreation } from './creation.ts';
import { seedSocialorgsSupport } from './socialorgs.ts';
import { seedOutreach } from './outreach.ts';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Db } from '../server/platform/db/db.ts';
import type { Role } from '../server/platform/access/access.ts';
import type { Services } from '../server/composition-root.ts';
import { buildTree, DEFAULT_DEMO, type DemoOptions, type DemoTree, type PersonSpec } from './generate.ts';
import { insertDemo, loadDemo, type LoadOptions, type LoadResult } from './load.ts';

/** Every demo account shares this password (it meets the MLPS preset). */
export const DEMO_PASSWORD = 'Gongzhi@2026';

/** One demo login as printed at start-up. */
export interface DemoAccount {
  username: string;
  role: Role;
  label: string;
}

/** One demo account to create: its role, node and (for people roles) its person. */
export interface DemoAccountPlan {
  username: string;
  displayName: string;
  role: Role;
  nodeId: string;
  personId: string | null;
}

/** Watches the person stream for the people demo accounts stand for. */
export class AccountPicker {
  cadre: PersonSpec | null = null;
  gridWorker: PersonSpec | null = null;
  resident: PersonSpec | null = null;
  deputy: PersonSpec | null = null;
  partyMember: PersonSpec | null = null;

  constructor(private readonly tree: DemoTree) {}

  /** Looks at one person as it is generated. */
  see = (p: PersonSpec): void => {
    const t = this.tree;
    for (const i of p.identities) {
      if (!this.cadre && i.kind === 'cadre' && i.attrs.unitNodeId === t.departments[0].id) this.cadre = p;
      if (
        !this.gridWorker &&
        i.kind === 'grid_worker' &&
        (i.attrs.gridNodeIds as string[]).includes(t.grids[0].id)
      )
        this.gridWorker = p;
    }
    if (!this.resident && p.identities.length === 1 && p.communityId === t.communities[0].id)
      this.resident = p;
    if (!this.deputy && p.identities.some((i) => i.kind === 'deputy')) this.deputy = p;
    if (
      !this.partyMember &&
      p.communityId === t.communities[0].id &&
      p.identities.some((i) => i.kind === 'party_member') &&
      !p.identities.some((i) => i.kind === 'cadre' || i.kind === 'grid_worker')
    )
      this.partyMember = p;
  };

  /** The accounts, one per role. */
  plan(): DemoAccountPlan[] {
    const t = this.tree;
    const community = t.communities[0];
    const street = t.streets[0];
    const dept = t.departments[0];
    return [
      { username: 'admin', displayName: '系统管理员', role: 'sys_admin', nodeId: t.city.id, personId: null },
      {
        username: 'secadmin',
        displayName: '安全管理员',
        role: 'sec_admin',
        nodeId: t.city.id,
        personId: null,
      },
      { username: 'auditor', displayName: '安全审计员', role: 'auditor', nodeId: t.city.id, personId: null },
      {
        username: 'zzb',
        displayName: '组织部 王科长',
        role: 'org_officer',
        nodeId: t.district.id,
        personId: null,
      },
      {
        username: 'jiedao',
        displayName: `${street.name} 李主任`,
        role: 'street_officer',
        nodeId: street.id,
        personId: null,
      },
      {
        username: 'shequ',
        displayName: `${community.name} 陈书记`,
        role: 'community_officer',
        nodeId: community.id,
        personId: null,
      },
      {
        username: 'bumen',
        displayName: '住建局 赵科员',
        role: 'dept_officer',
        nodeId: dept.id,
        personId: null,
      },
      {
        username: 'ganbu',
        displayName: `干部 ${this.cadre?.name ?? '刘洋'}`,
        role: 'cadre',
        nodeId: dept.id,
        personId: this.cadre?.id ?? null,
      },
      {
        username: 'wangge',
        displayName: `网格员 ${this.gridWorker?.name ?? '黄敏'}`,
        role: 'grid_worker',
        nodeId: t.grids[0].id,
        personId: this.gridWorker?.id ?? null,
      },
      {
        username: 'jumin',
        displayName: `居民 ${this.resident?.name ?? '周杰'}`,
        role: 'resident',
        nodeId: community.id,
        personId: this.resident?.id ?? null,
      },
      {
        username: 'daibiao',
        displayName: `人大代表 ${this.deputy?.name ?? '孙丽'}`,
        role: 'deputy',
        nodeId: t.district.id,
        personId: this.deputy?.id ?? null,
      },
      {
        username: 'shehui',
        displayName: '福田社工服务中心',
        role: 'social_org',
        nodeId: community.id,
        personId: null,
      },
      {
        username: 'wuye',
        displayName: '红棉物业 林经理',
        role: 'property_staff',
        nodeId: community.id,
        personId: null,
      },
      {
        username: 'yeweihui',
        displayName: `${community.name} 业委会 郑主任`,
        role: 'owners_committee',
        nodeId: community.id,
        personId: null,
      },
      {
        username: 'tiaojie',
        displayName: `${community.name} 调解员 何姐`,
        role: 'mediator',
        nodeId: community.id,
        personId: null,
      },
      {
        username: 'dangyuan',
        displayName: `党员 ${this.partyMember?.name ?? '吴刚'}`,
        role: 'party_member',
        nodeId: community.id,
        personId: this.partyMember?.id ?? null,
      },
      {
        username: 'cunji',
        displayName: `${community.name} 股份合作公司 钱董事长`,
        role: 'village_staff',
        nodeId: community.id,
        personId: null,
      },
      {
        username: 'jiaoshi',
        displayName: '领雁学苑 许老师',
        role: 'teacher',
        nodeId: t.district.id,
        personId: null,
      },
    ];
  }
}

/** Creates the demo accounts through the accounts service (argon2id hashes made in parallel). */
export async function createDemoAccounts(services: Services, districtId: string, plan: DemoAccountPlan[]) {
  await Promise.all(
    plan.map((a) =>
      services.accounts.bootstrapAccount({
        username: a.username,
        displayName: a.displayName,
        password: DEMO_PASSWORD,
        homeDistrictId: districtId,
        personId: a.personId,
        grants: [{ role: a.role, nodeId: a.nodeId, districtId }],
      }),
    ),
  );
}

/** Generates and loads a district (COPY when a pool is at hand), then its demo accounts. */
export async function loadDemoWithAccounts(
  deps: { db: Db; pool?: pg.Pool; services: Services },
  opts: DemoOptions & Pick<LoadOptions, 'atomic' | 'chunk' | 'workers' | 'keys' | 'onProgress'>,
): Promise<LoadResult> {
  const tree = buildTree(opts);
  const picker = new AccountPicker(tree);
  const withPicker = { ...opts, tree, onPerson: picker.see };
  const result = deps.pool
    ? await loadDemo(deps.pool, deps.services.pii, withPicker)
    : await insertDemo(deps.db, deps.services.pii, withPicker);
  await createDemoAccounts(deps.services, result.tree.district.id, picker.plan());
  return result;
}

/**
 * A year of every module's work in the demo district (the demo's nodes and accounts), through the
 * services as users would do it: what `npm start` shows on a first start, and what the
 * district-day benchmark plays against (`npm run demo -- --history`).
 */
export async function seedHistory(
  deps: { db: Db; services: Services; log: (m: string) => void },
  districtId: string,
): Promise<void> {
  const { db, services } = deps;
  const day = shanghaiDay();
  const now = new Date();
  // in this order: events first (the field work raises a few events of its own through the service)
  const steps: [string | null, () => Promise<unknown>][] = [
    [null, () => seedEvents(db, districtId, day)],
    [null, () => seedFieldWork(services, db, districtId, day)],
    [null, () => seedAssessment(services, db, districtId, day)],
    ["a year of the residents' council", () => seedCouncil(services, db, districtId, now)],
    ['a year of mobile party members', () => seedPartymembers(services, db, districtId, day)],
    ['a year of 结对联系', () => seedPairing(services, db, districtId, day)],
    ['a year of party-organisation quality', () => seedPartyorgs(services, db, day)],
    ['a year of linkage, elder care and honours', () => seedLinkage(services, db, districtId, now)],
    ['a year of 红色物业 and quality communities', () => seedProperty(services, db, districtId, now)],
    ['a year of mediation', () => seedMediation(services, db, districtId, now)],
    ['一榜三令 and 280 major projects', () => seedTasks(services, db, districtId, day)],
    ['a year of the 强村富民 fund', () => seedVillagefund(services, db, districtId, now)],
    ['a year of 领雁学苑', () => seedTraining(services, db, districtId, now)],
    ['a year of front-line secondments', () => seedSecondments(services, db, districtId, day)],
    [
      'a year of the marketplace and volunteering',
      async () => {
        await seedServices(services, db, districtId, now);
        await seedVolunteers(services, db, districtId, now);
      },
    ],
    ['a year of livelihood projects', () => seedProjects(services, db, districtId, now)],
    ['a year of the talent station', () => seedJobs(services, db, districtId, now)],
    ['a year of task forces 专班招募令', () => seedTaskforces(services, db, districtId, day)],
    ['a year of governance partners and 民生实事', () => seedPartners(services, db, districtId, now)],
    ['a year of 擂台赛', () => seedContests(services, db, districtId, day)],
    ['a year of inspections 巡察', () => seedInspections(services, db, districtId, now)],
    ['community party secretaries', () => seedSecretaries(services, db, districtId, now)],
    ['a year of major-decision risk assessments 稳评', () => seedStability(services, db, districtId, now)],
    [
      'a year of branch contracts and round tables 契约化党建',
      () => seedCompacts(services, db, districtId, now),
    ],
    ['a year of 未成年人帮教', () => seedJuvenile(services, db, districtId, now)],
    ['a year of 信访 and 访前法律工作室', () => seedPetitions(services, db, districtId, now)],
    ['eight rounds of the 社会建设专项资金', () => seedSocialfund(services, db, districtId, now)],
    ['responsibility lists 主体责任清单', () => seedDutylists(services, db, districtId, now)],
    ['sign-up drives 攻坚签约', () => seedCampaigns(services, db, districtId, now)],
    ['a year of the 党群服务阵地联盟 1+95+N', () => seedVenues(services, db, districtId, now)],
    ['a year of the 社会心理服务体系', () => seedPsych(services, db, districtId, now)],
    ['a year of owners’ assemblies and 业委会', () => seedOwners(services, db, districtId, now)],
    ['a year of 公共文化服务 and culture volunteers', () => seedCulture(services, db, districtId, now)],
    ['a year of incentives and care 正向激励', () => seedIncentives(services, db, districtId, now)],
    ['a year of 示范创建 and the 先锋指数', () => seedCreation(services, db, districtId, now)],
    ['full-time party workers 专职党务工作者', () => seedPartyworkers(services, db, districtId, now)],
    [
      '党建指导员, 草根领袖与社工, 总部基地与四联',
      () => seedSocialorgsSupport(services, db, districtId, now),
    ],
    ['a year of 在职党员到社区报到 双报到', () => seedOutreach(services, db, districtId, now)],
    ['a year of the 文明巡访团', () => seedVisitteam(services, db, districtId, now)],
  ];
  for (const [what, seed] of steps) {
    const t0 = Date.now();
    await seed();
    if (what) deps.log(`  demo: ${what} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  // statistics for every table the year just filled: a server with autovacuum off (this machine's
  // PostgreSQL is one), or one whose autovacuum has not woken yet, plans the first pages as if the
  // tables were empty (at 1M residents the street figures took twice as long without them)
  await sql`ANALYZE`.execute(db);
}

/** Seeds the demo district unless the database already holds a tree; returns the logins. */
export async function seedDemoIfEmpty(deps: {
  db: Db;
  pool?: pg.Pool;
  services: Services;
  log: (m: string) => void;
  options?: DemoOptions;
}): Promise<{ accounts: DemoAccount[] } | null> {
  const any = await deps.db.selectFrom('org_nodes').select('id').limit(1).executeTakeFirst();
  if (!any) {
    const opts = deps.options ?? DEFAULT_DEMO;
    deps.log(`loading the demo district (福田区, ${opts.residents} residents, seed "${opts.seed}")…`);
    const cpu0 = process.cpuUsage();
    const r = await loadDemoWithAccounts(deps, {
      ...opts,
      atomic: true,
      onProgress: (p) =>
        p.phase === 'people' &&
        deps.log(`  demo: ${p.persons} people, ${p.rows} rows, ${p.rowsPerSec} rows/s, RSS ${p.rssMb} MB`),
    });
    await seedHistory(deps, r.tree.district.id);
    const cpu = process.cpuUsage(cpu0);
    deps.log(
      `demo district loaded in ${(r.ms / 1000).toFixed(1)} s (this process used ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU): ` +
        `${r.nodes} nodes, ${r.partyOrgs} party organisations, ${r.persons} people, ${r.identities} identities` +
        (deps.pool ? '' : ' (INSERT path: pass `pool` for COPY)'),
    );
  }
  const accounts = await demoAccounts(deps.db);
  return accounts.length ? { accounts } : null;
}

const LABELS: Record<Role, string> = {
  sys_admin: '系统管理员 system administrator',
  sec_admin: '安全管理员 security administrator',
  auditor: '安全审计员 auditor',
  org_officer: '区委组织部 district organisation dept.',
  street_officer: '街道 street officer',
  community_officer: '社区 community officer',
  dept_officer: '职能部门 department officer',
  cadre: '干部 cadre',
  grid_worker: '网格员 grid worker',
  resident: '居民 resident',
  deputy: '人大代表 deputy',
  social_org: '社会组织 social organisation',
  property_staff: '物业 property company',
  owners_committee: '业委会 owners committee',
  mediator: '调解员 mediator',
  party_member: '党员 party member',
  village_staff: '村集体 village collective',
  teacher: '教师 teacher',
};

/** The demo logins present in the database, in the documented order. */
export async function demoAccounts(db: Db): Promise<DemoAccount[]> {
  const rows = await db
    .selectFrom('accounts_users as u')
    .innerJoin('accounts_grants as g', 'g.user_id', 'u.id')
    .innerJoin('org_nodes as n', 'n.id', 'g.node_id')
    .select(['u.username', 'g.role', 'n.name'])
    .where('u.username', 'in', DEMO_USERNAMES)
    .execute();
  const order = (u: string) => DEMO_USERNAMES.indexOf(u);
  return rows
    .sort((a, b) => order(a.username) - order(b.username))
    .map((r) => ({
      username: r.username,
      role: r.role as Role,
      label: `${LABELS[r.role as Role]} @ ${r.name}`,
    }));
}

/** Usernames of the demo accounts, one per role. */
export const DEMO_USERNAMES = [
  'admin',
  'secadmin',
  'auditor',
  'zzb',
  'jiedao',
  'shequ',
  'bumen',
  'ganbu',
  'wangge',
  'jumin',
  'daibiao',
  'shehui',
  'wuye',
  'yeweihui',
  'tiaojie',
  'dangyuan',
  'cunji',
  'jiaoshi',
];
