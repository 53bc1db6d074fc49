/**
 * Wires every service by hand (no container) and registers every module's routes. The one place
 * that knows all modules; modules know each other only through what is passed in here.
 */
import path from 'node:path';
import type pg from 'pg';
import { createAuditor } from './platform/audit/audit.ts';
import type { Changes } from './platform/db/changes.ts';
import type { Db } from './platform/db/db.ts';
import { createPiiCipher } from './platform/pii/pii.ts';
import type { Keys } from './platform/secrets.ts';
import {
  createAccountsService,
  createLogOtpSender,
  createSignupService,
  userIdsOfPersons,
} from './modules/accounts/index.ts';
import { createOrgService, createOrgTree, type Level } from './modules/org/index.ts';
import { createAuditService } from './modules/audit/index.ts';
import { createClaimService, createPeopleService } from './modules/people/index.ts';
import { createNotifyService, createSmsStubChannel } from './modules/notify/index.ts';
import { createTasksService, createUnitScoresService } from './modules/tasks/index.ts';
import { createEventsService, idempotencyKeyOf } from './modules/events/index.ts';
import { createGridDirectory, createGridService } from './modules/grid/index.ts';
import { createOpen311Service } from './modules/open311/index.ts';
import { createHome } from './home-root.ts';
import { createVotesService } from './modules/votes/index.ts';
import { createCouncilService } from './modules/council/index.ts';
import { createCadresReader, createPartyMembersReader } from './modules/people/index.ts';
import { createPartymembersService } from './modules/partymembers/index.ts';
import { createPartyorgsService } from './modules/partyorgs/index.ts';
import { createLinkageService } from './modules/linkage/index.ts';
import { createEldercareService } from './modules/eldercare/index.ts';
import {
  createHonoursService,
  honoursFromAssessmentStars,
  honoursFromVolunteerStars,
} from './modules/honours/index.ts';
import { createContestsService } from './modules/contests/index.ts';
import { roleHoldersInDistrict } from './modules/accounts/index.ts';
import { createInspectionsService } from './modules/inspections/index.ts';
import { compoundRefs, createPropertyService } from './modules/property/index.ts';
import { createMediationService } from './modules/mediation/index.ts';
import { createAssessmentService, settingsOf } from './modules/assessment/index.ts';
import { createTaskforcesService } from './modules/taskforces/index.ts';
import { createVillagefundService } from './modules/villagefund/index.ts';
import { createTrainingService } from './modules/training/index.ts';
import { createSecondmentsService } from './modules/secondments/index.ts';
import { createSocialOrgsService } from './modules/socialorgs/index.ts';
import { createServicesService } from './modules/services/index.ts';
import { createVolunteersService } from './modules/volunteers/index.ts';
import { createVolunteersReader } from './modules/people/index.ts';
import { createProjectsService } from './modules/projects/index.ts';
import { createJobsService } from './modules/jobs/index.ts';
import { createPartnersService } from './modules/partners/index.ts';
import { createSecretariesService } from './modules/secretaries/index.ts';
import { createStabilityService } from './modules/stability/index.ts';
import { createPetitionsService } from './modules/petitions/index.ts';
import { createSocialfundService } from './modules/socialfund/index.ts';
import { createDutylistsService } from './modules/dutylists/index.ts';
import { createCampaignsService } from './modules/campaigns/index.ts';
import { createVenuesService } from './modules/venues/index.ts';
import { createJuvenileService } from './modules/juvenile/index.ts';
import { createPsychService } from './modules/psych/index.ts';
import { createOwnersService } from './modules/owners/index.ts';
import { createCultureService } from './modules/culture/index.ts';
import { createIncentivesService } from './modules/incentives/index.ts';
import { createCreationService } from './modules/creation/index.ts';
import { createPartyworkersService } from './modules/partyworkers/index.ts';
import { createCompactsService } from './modules/compacts/index.ts';
// socialorgs support (党建指导员, 草根领袖与本土社工, 总部基地与四联平台)
import { createSocialOrgsSupportService } from './modules/socialorgs/index.ts';
import { createOutreachService } from './modules/outreach/index.ts';
import { createVisitteamService } from './modules/visitteam/index.ts';
// [modules:imports] one line per module, each added by that module's owner

/** What every service may draw on. */
export interface Platform {
  db: Db;
  pool: pg.Pool;
  keys: Keys;
  /** LISTEN/NOTIFY for in-memory caches (sessions); without it nothing is cached. */
  changes?: Changes;
  /** The pool for grouped work (createGroupDb): the event intake; db when absent. */
  groupDb?: Db;
  /** Keep people-list pages in memory (needs changes); true unless false. */
  pageCache?: boolean;
}

/** Every module's service, wired by hand. */
export function createModules(p: Platform) {
  const auditor = createAuditor({ db: p.db, key: p.keys.audit });
  const pii = createPiiCipher(p.keys);
  const accounts = createAccountsService({ db: p.db, auditor, pii, changes: p.changes });
  // the tree's public reads, nodes with their ancestors kept while gz_org is heard
  const tree = createOrgTree({ db: p.db, changes: p.changes });
  // what the tree's writes make stale elsewhere: grants' paths (a move), people pages, kept nodes (any)
  const org = createOrgService({
    db: p.db,
    auditor,
    afterWrite: (what) => {
      if (what === 'move') accounts.forgetSessions();
      people.forgetPages();
      tree.forget();
    },
  });
  const audit = createAuditService({
    db: p.db,
    auditor,
    key: p.keys.audit,
    // whose record an entry was: residents masked, officers' accounts and nodes by name
    subjects: async (objects) => {
      const out = new Map<string, string>();
      const ids = (type: string) => objects.filter((o) => o.objectType === type);
      const accountsNamed = await accounts.accountNames(ids('account').map((o) => o.objectId));
      for (const [id, name] of accountsNamed) out.set(`account:${id}`, name);
      const nodesNamed = await org.nodeNames(ids('org_node').map((o) => o.objectId));
      for (const [id, name] of nodesNamed) out.set(`org_node:${id}`, name);
      const persons = ids('person');
      for (const d of new Set(persons.map((o) => o.districtId)))
        if (d)
          for (const [id, name] of await people.maskedNames(
            d,
            persons.filter((o) => o.districtId === d).map((o) => o.objectId),
          ))
            out.set(`person:${id}`, name);
      return out;
    },
  });
  const people = createPeopleService({
    db: p.db,
    auditor,
    pii,
    changes: p.pageCache === false ? undefined : p.changes,
    org,
  });
  const notify = createNotifyService({
    db: p.db,
    channels: [
      // SMS STUB: logs and records only; replace with a real gateway channel later
      createSmsStubChannel({
        kinds: ['tasks.red', 'tasks.order_issued', 'tasks.deadline'],
        log: (l) => console.info(l),
      }),
    ],
  });
  const tasks = createTasksService({ db: p.db, auditor, org, notify });
  // grid's directory first (its own reads: assignments, patrols, the grid at a point), then events
  // with it, then grid with events: no cycle between the two modules
  const gridTree = {
    findNode: async (id: string) => (await tree.findNode(id)) ?? null,
    nodesByIds: async (ids: string[]) => [...(await tree.findNodes(ids)).values()],
    nodesUnder: (paths: string[], levels: Level[], limit: number) => org.nodesUnder(paths, levels, limit),
  };
  const gridDirectory = createGridDirectory({ db: p.db, tree: gridTree });
  const events = createEventsService({
    db: p.db,
    groupDb: p.groupDb,
    auditor,
    changes: p.changes,
    tree,
    grid: gridDirectory,
    notify,
  });
  const grid = createGridService({
    db: p.db,
    auditor,
    pii,
    tree: gridTree,
    directory: gridDirectory,
    events: {
      report: (ctx, input, key) => events.report(ctx, input, key),
      transition: (ctx, id, input, key) => events.transition(ctx, id, input, key),
      reportedCounts: (items) => events.reportedCounts(items),
      idsByPatrol: (ids) => events.idsByPatrol(ids),
      // the events the actor sees, read in one statement (unknown ids left out)
      openness: async (ctx, ids) =>
        new Map(
          [...(await events.statesOf(ctx, ids))].map(
            ([id, state]) => [id, !['closed', 'rejected', 'merged'].includes(state)] as const,
          ),
        ),
      storedKeyOf: (kind, key) => idempotencyKeyOf(kind, key),
      get: (ctx, id) => events.get(ctx, id),
    },
    loadActor: (id) => accounts.loadActor(id),
    personIdsByBidx: (districtId, bidxs) => people.personIdsByBidx(districtId, bidxs),
  });
  const open311 = createOpen311Service({ db: p.db, auditor, pii, events, grid: gridDirectory, tree });
  // cadre assessment reads cadres through people and orders, typed consequences, points, tasks and
  // political performance through tasks' public TasksFeed
  // 领雁学苑: its records feed each cadre's one-person file in assessment
  // 领雁学苑's plans per track read assessment's groups (领航/雏鹰/常青藤) and people's cadres
  const trainingCadres = createCadresReader({ db: p.db });
  const training = createTrainingService({
    db: p.db,
    auditor,
    notify,
    pii,
    tracks: {
      groups: async (districtId) => (await settingsOf(p.db, districtId)).groups,
      cadres: (districtId, personIds) => trainingCadres.cadresOf(districtId, personIds ? { personIds } : {}),
    },
  });
  // 基层一线实践锻炼 and 专项考察: cadres from people; ratings feed each cadre's one-person file in assessment
  const secondments = createSecondmentsService({
    db: p.db,
    auditor,
    notify,
    cadres: createCadresReader({ db: p.db }),
    accountsOf: (districtId, personIds) => userIdsOfPersons(p.db, districtId, personIds),
  });
  const assessment = createAssessmentService({
    db: p.db,
    auditor,
    org,
    cadres: createCadresReader({ db: p.db }),
    feed: tasks.feed,
    notify,
    trainingRecords: (districtId, personId) => training.recordOfPerson(districtId, personId),
    secondmentRecords: (districtId, personId) => secondments.recordOfPerson(districtId, personId),
  });
  // residents' accounts: SMS STUB for one-time codes (nothing sent; codes go to DATA_DIR/sms-outbox.log)
  const claims = createClaimService({ db: p.db, pii });
  const otp = createLogOtpSender({
    log: (l) => console.info(l),
    file: process.env.DATA_DIR ? path.join(process.env.DATA_DIR, 'sms-outbox.log') : undefined,
  });
  const signup = createSignupService({
    db: p.db,
    auditor,
    pii,
    otp,
    claims,
    notify,
    forgetSessions: () => accounts.forgetSessions(),
  });
  const votes = createVotesService({ db: p.db, auditor, pii, notify });
  const council = createCouncilService({ db: p.db, auditor, notify, votes, claims });
  const partymembers = createPartymembersService({
    db: p.db,
    auditor,
    notify,
    members: createPartyMembersReader({ db: p.db, pii }),
    org,
    pii,
    people,
    accountsOf: (districtId, personIds) => userIdsOfPersons(p.db, districtId, personIds),
  });
  const partyorgs = createPartyorgsService({
    db: p.db,
    auditor,
    notify,
    org,
    // [links] 模范机关 and other titles named in creation reach the year-end grade as 加分项 (read when asked)
    titles: (districtId, nodeIds, year) => creation.namedTitles(districtId, nodeIds, year),
  });
  const linkage = createLinkageService({ db: p.db, auditor, notify, pii });
  const eldercare = createEldercareService({
    db: p.db,
    auditor,
    notify,
    pii,
    grids: async (ctx, nodeId) => (await grid.grids(ctx, nodeId)).filter((g) => g.level === 'grid'),
    households: (ctx, gridIds) => grid.householdsInGrids(ctx, gridIds),
  });
  const property = createPropertyService({
    db: p.db,
    auditor,
    org,
    notify,
    actorByUsername: (username) => accounts.actorByUsername(username),
  });
  // mediation reads a dispute event through the events service, with the actor's own rights
  const mediation = createMediationService({
    db: p.db,
    auditor,
    pii,
    notify,
    readEvent: async (ctx, id) => {
      const e = await events.get(ctx, id);
      return {
        id: e.id,
        nodeId: e.nodeId,
        category: e.category,
        title: e.title,
        description: e.description,
        number: e.number,
      };
    },
    actorByUsername: (username) => accounts.actorByUsername(username),
    usernames: (ids) => accounts.usernames(ids),
  });
  const villagefund = createVillagefundService({ db: p.db, auditor, notify });
  // social organisations and the marketplace their staff accept orders in
  const socialorgs = createSocialOrgsService({ db: p.db, auditor, accounts });
  const services = createServicesService({ db: p.db, auditor, notify, pii, orgs: socialorgs });
  // volunteers read the register's volunteers through people (masked names only)
  const volunteers = createVolunteersService({
    db: p.db,
    auditor,
    notify,
    people: createVolunteersReader({ db: p.db }),
  });
  // honours: the assessment's stars of the month and the volunteers' star levels beside the awards
  const honours = createHonoursService({
    db: p.db,
    auditor,
    notify,
    extraHonours: [
      honoursFromAssessmentStars((ctx, q) => assessment.results.stars(ctx, q)),
      honoursFromVolunteerStars((ctx, nodeId, year) => volunteers.starsByNode(ctx, nodeId, year)),
    ],
  });
  // livelihood projects: deputies who vote are accounts whose deputy grant reaches the ballot's node;
  // their satisfaction with a project enters the responsible unit's performance score in tasks
  const tasksUnitScores = createUnitScoresService({ db: p.db, auditor });
  const projects = createProjectsService({
    db: p.db,
    auditor,
    notify,
    pii,
    votes,
    deputies: { holdersReaching: (role, path) => accounts.roleHoldersReaching(role, path) },
    performance: {
      recordUnitScore: (trx, ctx, s) =>
        tasksUnitScores.recordUnitScore(trx, ctx, {
          ...s,
          label: `人大代表满意度测评：${s.title}`,
        }),
    },
  });
  // 专班招募令: members eligible for the incentive are declared into assessment's promotion months (P7)
  const taskforces = createTaskforcesService({
    db: p.db,
    auditor,
    notify,
    cadres: createCadresReader({ db: p.db }),
    incentive: (ctx, d) => assessment.points.declare(ctx, { kind: 'situation', ...d }),
  });
  const partners = createPartnersService({ db: p.db, auditor, notify });
  // 擂台赛: judges are named by username (their grants decide their own unit)
  const contests = createContestsService({
    db: p.db,
    auditor,
    notify,
    actorByUsername: (username) => accounts.actorByUsername(username),
    judgeCandidates: (districtId) => roleHoldersInDistrict(p.db, districtId, ['org_officer', 'cadre']),
  });
  // inspections 巡察 (seed 004): rounds, problems, feedback letters and rectification
  const inspections = createInspectionsService({ db: p.db, auditor, notify });
  // community party secretaries: a person's name from the register (the volunteers reader's read)
  const secretaries = createSecretariesService({
    db: p.db,
    auditor,
    notify,
    people: createVolunteersReader({ db: p.db }),
  });
  // 重大决策社会稳定风险评估 (seed 003)
  const stability = createStabilityService({ db: p.db, auditor, notify });
  // 信访 (seed 003): register names through people; people's-mediation referrals become mediation cases
  const petitions = createPetitionsService({
    db: p.db,
    auditor,
    notify,
    pii,
    people: createVolunteersReader({ db: p.db }),
    mediation: {
      refer: (ctx, x) => mediation.intake(ctx, { ...x, source: 'referral', category: 'other', parties: [] }),
    },
    mediatorByUsername: async (u) => {
      const a = await accounts.actorByUsername(u);
      return a?.grants.some((g) => g.role === 'mediator') ? { userId: a.userId } : null;
    },
  });
  // 社会建设专项资金 / 党建创新项目启动资金: an applicant's organisation from the socialorgs register
  const socialfund = createSocialfundService({ db: p.db, auditor, notify, orgs: socialorgs });
  // 主体责任清单 (seed 004): lists, 季度专项通报, 年度专项述职, 问责 records
  const dutylists = createDutylistsService({ db: p.db, auditor, notify });
  // 攻坚签约: household heads' names from the register; team members are accounts found by username
  const campaigns = createCampaignsService({
    db: p.db,
    auditor,
    notify,
    pii,
    people: createVolunteersReader({ db: p.db }),
    accounts: {
      byUsername: async (username) => {
        const a = await accounts.actorByUsername(username);
        if (!a) return null;
        const { userId, displayName, grants } = a;
        return {
          userId,
          displayName,
          roles: grants.map((g) => g.role),
          districtIds: grants.map((g) => g.districtId),
        };
      },
    },
  });
  // 党群服务阵地联盟: a street's residents from the people register when it declared no population
  const venues = createVenuesService({
    db: p.db,
    auditor,
    notify,
    population: {
      residents: async (ctx, node) =>
        (await people.stats(ctx, node)).find((s) => s.key === 'people.residents')?.value ?? null,
    },
  });
  const juvenile = createJuvenileService({
    db: p.db,
    auditor,
    pii,
    notify,
    actorByUsername: (u) => accounts.actorByUsername(u),
  });
  const psych = createPsychService({ db: p.db, auditor, pii, notify });
  const owners = createOwnersService({
    db: p.db,
    auditor,
    notify,
    pii,
    compounds: (q) => compoundRefs(p.db, q),
    actorByUsername: (username) => accounts.actorByUsername(username),
    // a 业委会 account reaches the compounds property links it to
    committeeCompounds: (ctx) => property.listCompounds(ctx, {}),
  });
  // 公共文化服务: residents from the people register (m² per 10,000), a team lead's account by username
  const culture = createCultureService({
    db: p.db,
    auditor,
    notify,
    pii,
    population: {
      residents: async (ctx, node) =>
        (await people.stats(ctx, node)).find((s) => s.key === 'people.residents')?.value ?? null,
    },
    accountId: async (username) => (await accounts.actorByUsername(username))?.userId ?? null,
  });
  const incentives = createIncentivesService({
    db: p.db,
    auditor,
    notify,
    cadres: createCadresReader({ db: p.db }),
    orders: tasks.feed,
  });
  const creation = createCreationService({ db: p.db, auditor, notify, org });
  // 专职党务工作者配备 (seed 003): posts, placements, monthly logs, yearly appraisals
  const partyworkers = createPartyworkersService({ db: p.db, auditor });
  // 契约化党建 and the monthly 圆桌会 (seed 001 鄞州)
  const compacts = createCompactsService({ db: p.db, auditor, notify });
  // socialorgs support: instructors, talents, bases and the four links (staff told through notify)
  const socialorgsSupport = createSocialOrgsSupportService({ db: p.db, auditor, notify });
  // 在职党员到社区报到 "双报到" (seeds 003, 004): who a member is, from the people register's readers
  const outreach = createOutreachService({
    db: p.db,
    auditor,
    notify,
    cadres: createCadresReader({ db: p.db }),
    partyMembers: createPartyMembersReader({ db: p.db, pii }),
  });
  // 文明巡访团 (seed 003): roster, visit rounds, findings fixed by the area's community
  const visitteam = createVisitteamService({ db: p.db, auditor, pii });
  // [modules:services]
  const jobs = createJobsService({
    db: p.db,
    auditor,
    notify,
    accountByUsername: (username) => accounts.actorByUsername(username),
    claimOf: (userId) => claims.claimOf(userId),
  });
  const modules = {
    auditor,
    pii,
    accounts,
    org,
    tree,
    audit,
    people,
    notify,
    tasks,
    tasksUnitScores,
    events,
    grid,
    open311,
    claims,
    otp,
    signup,
    votes,
    council,
    assessment,
    partymembers,
    partyorgs,
    linkage,
    eldercare,
    honours,
    property,
    mediation,
    villagefund,
    training,
    socialorgs,
    services,
    volunteers,
    projects,
    jobs,
    taskforces,
    partners,
    contests,
    inspections,
    secretaries,
    secondments,
    stability,
    petitions,
    socialfund,
    dutylists,
    campaigns,
    venues,
    juvenile,
    psych,
    owners,
    culture,
    incentives,
    creation,
    partyworkers,
    compacts,
    socialorgsSupport,
    outreach,
    visitteam,
    // [modules:exports]
  };
  return modules;
}

/** The modules and the home page over them. */
export function createServices(p: Platform) {
  const modules = createModules(p);
  return { ...modules, home: createHome(modules) };
}
export type Services = ReturnType<typeof createServices>;
