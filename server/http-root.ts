/**
 * The HTTP app: the fastify shell (platform/http/app.ts) with every module's routes, over the
 * services the composition root wires.
 */
import { buildApp, type App } from './platform/http/app.ts';
import { accountsRoutes, signupRoutes } from './modules/accounts/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { peopleRoutes } from './modules/people/index.ts';
import { notifyRoutes } from './modules/notify/index.ts';
import { tasksRoutes, tasksUnitScoreRoutes } from './modules/tasks/index.ts';
import { eventsRoutes } from './modules/events/index.ts';
import { gridRoutes } from './modules/grid/index.ts';
import { open311Routes } from './modules/open311/index.ts';
import { homeRoutes } from './modules/home/index.ts';
import { mapsRoutes, tileOrigins } from './modules/maps/index.ts';
import { votesRoutes } from './modules/votes/index.ts';
import { councilRoutes } from './modules/council/index.ts';
import { pairingRoutes, partymembersRoutes } from './modules/partymembers/index.ts';
import { partyorgsRoutes } from './modules/partyorgs/index.ts';
import { linkageRoutes } from './modules/linkage/index.ts';
import { eldercareRoutes } from './modules/eldercare/index.ts';
import { honoursRoutes } from './modules/honours/index.ts';
import { contestsRoutes } from './modules/contests/index.ts';
import { inspectionsRoutes } from './modules/inspections/index.ts';
import { propertyRoutes } from './modules/property/index.ts';
import { mediationRoutes } from './modules/mediation/index.ts';
import { assessmentRoutes } from './modules/assessment/index.ts';
import { taskforcesRoutes } from './modules/taskforces/index.ts';
import { villagefundRoutes } from './modules/villagefund/index.ts';
import { trainingRoutes } from './modules/training/index.ts';
import { secondmentsRoutes } from './modules/secondments/index.ts';
import { petitionsRoutes } from './modules/petitions/index.ts';
import { socialorgsRoutes } from './modules/socialorgs/index.ts';
import { servicesRoutes } from './modules/services/index.ts';
import { volunteersRoutes } from './modules/volunteers/index.ts';
import { projectsRoutes } from './modules/projects/index.ts';
import { jobsRoutes } from './modules/jobs/index.ts';
import { partnersRoutes } from './modules/partners/index.ts';
import { secretariesRoutes } from './modules/secretaries/index.ts';
import { juvenileRoutes } from './modules/juvenile/index.ts';
import { stabilityRoutes } from './modules/stability/index.ts';
import { creationRoutes } from './modules/creation/index.ts';
import { compactsRoutes } from './modules/compacts/index.ts';
import { socialorgsSupportRoutes } from './modules/socialorgs/index.ts';
import { socialfundRoutes } from './modules/socialfund/index.ts';
import { dutylistsRoutes } from './modules/dutylists/index.ts';
import { campaignsRoutes } from './modules/campaigns/index.ts';
import { venuesRoutes } from './modules/venues/index.ts';
import { psychRoutes } from './modules/psych/index.ts';
import { ownersRoutes } from './modules/owners/index.ts';
import { cultureRoutes } from './modules/culture/index.ts';
import { partyworkersRoutes } from './modules/partyworkers/index.ts';
import { visitteamRoutes } from './modules/visitteam/index.ts';
import { incentivesRoutes } from './modules/incentives/index.ts';
import { outreachRoutes } from './modules/outreach/index.ts';
import type { Services } from './composition-root.ts';

/** Builds the HTTP app with every module's routes. */
export async function createHttpApp(
  services: Services,
  opts: {
    logLevel?: string;
    webDist?: string;
    trustProxy?: boolean | number | string;
    /** Requests per minute per client address on every route (0 or absent: only routes' own limits). */
    rateLimit?: number;
  } = {},
): Promise<App> {
  return buildApp({
    auditor: services.auditor,
    logLevel: opts.logLevel,
    webDist: opts.webDist,
    trustProxy: opts.trustProxy,
    imgOrigins: tileOrigins(),
    rateLimit: opts.rateLimit ? { max: opts.rateLimit, timeWindowMs: 60_000 } : false,
    resolveSession: (token) => services.accounts.resolveSession(token),
    register: async (app) => {
      accountsRoutes(app, services.accounts);
      orgRoutes(app, services.org);
      auditRoutes(app, services.audit);
      peopleRoutes(app, services.people);
      notifyRoutes(app, services.notify);
      tasksRoutes(app, services.tasks);
      tasksUnitScoreRoutes(app, services.tasksUnitScores);
      eventsRoutes(app, services.events);
      gridRoutes(app, services.grid);
      open311Routes(app, services.open311);
      homeRoutes(app, services.home);
      signupRoutes(app, services.signup);
      votesRoutes(app, services.votes);
      councilRoutes(app, services.council, { webDist: opts.webDist });
      mapsRoutes(app);
      assessmentRoutes(app, services.assessment);
      partymembersRoutes(app, services.partymembers);
      pairingRoutes(app, services.partymembers);
      partyorgsRoutes(app, services.partyorgs);
      linkageRoutes(app, services.linkage);
      eldercareRoutes(app, services.eldercare);
      honoursRoutes(app, services.honours);
      propertyRoutes(app, services.property);
      mediationRoutes(app, services.mediation);
      villagefundRoutes(app, services.villagefund);
      trainingRoutes(app, services.training);
      socialorgsRoutes(app, services.socialorgs);
      servicesRoutes(app, services.services);
      volunteersRoutes(app, services.volunteers);
      projectsRoutes(app, services.projects);
      jobsRoutes(app, services.jobs);
      taskforcesRoutes(app, services.taskforces);
      partnersRoutes(app, services.partners);
      contestsRoutes(app, services.contests);
      inspectionsRoutes(app, services.inspections);
      secretariesRoutes(app, services.secretaries);
      secondmentsRoutes(app, services.secondments);
      stabilityRoutes(app, services.stability);
      petitionsRoutes(app, services.petitions);
      socialfundRoutes(app, services.socialfund);
      dutylistsRoutes(app, services.dutylists);
      campaignsRoutes(app, services.campaigns);
      venuesRoutes(app, services.venues);
      juvenileRoutes(app, services.juvenile);
      psychRoutes(app, services.psych);
      ownersRoutes(app, services.owners);
      cultureRoutes(app, services.culture);
      incentivesRoutes(app, services.incentives);
      creationRoutes(app, services.creation);
      partyworkersRoutes(app, services.partyworkers);
      compactsRoutes(app, services.compacts);
      socialorgsSupportRoutes(app, services.socialorgsSupport);
      outreachRoutes(app, services.outreach);
      visitteamRoutes(app, services.visitteam);
      // [modules:routes]
    },
  });
}
