/**
 * The home page 工作台: its to-do list and the node dashboards draw on every module that offers them,
 * one line each (a module adds its line here when it has to-dos or figures).
 */
import type { createModules } from './composition-root.ts';
import { createHomeService } from './modules/home/index.ts';
import { NotFoundError } from './platform/errors.ts';

type Modules = ReturnType<typeof createModules>;

/** The home service over the modules' to-dos and dashboard figures. */
export function createHome(s: Modules) {
  return createHomeService({
    visibleNode: async (ctx, id) => {
      const n = await s.org.findNode(id);
      if (!n || !ctx.actor?.grants.some((g) => n.path.startsWith(g.path))) throw new NotFoundError();
      return n;
    },
    todoSources: [
      (ctx) => s.council.todos(ctx),
      (ctx) => s.votes.todos(ctx),
      (ctx) => s.events.todos(ctx),
      (ctx) => s.grid.todos(ctx),
      (ctx) => s.assessment.workbench.todos(ctx),
      (ctx) => s.partymembers.todos(ctx),
      (ctx) => s.partymembers.pairing.pairingTodos(ctx),
      (ctx) => s.partyorgs.todos(ctx),
      (ctx) => s.linkage.todos(ctx),
      (ctx) => s.eldercare.todos(ctx),
      (ctx) => s.honours.todos(ctx),
      (ctx) => s.property.todos(ctx),
      (ctx) => s.mediation.todos(ctx),
      (ctx) => s.tasks.todos(ctx),
      (ctx) => s.villagefund.todos(ctx),
      (ctx) => s.training.todos(ctx),
      (ctx) => s.services.todos(ctx),
      (ctx) => s.volunteers.todos(ctx),
      (ctx) => s.projects.todos(ctx),
      (ctx) => s.jobs.todos(ctx),
      (ctx) => s.taskforces.todos(ctx),
      (ctx) => s.partners.todos(ctx),
      (ctx) => s.contests.todos(ctx),
      (ctx) => s.inspections.todos(ctx),
      (ctx) => s.secretaries.todos(ctx),
      (ctx) => s.secondments.todos(ctx),
      (ctx) => s.stability.todos(ctx),
      (ctx) => s.petitions.todos(ctx),
      (ctx) => s.socialfund.todos(ctx),
      (ctx) => s.dutylists.todos(ctx),
      (ctx) => s.campaigns.todos(ctx),
      (ctx) => s.venues.todos(ctx),
      (ctx) => s.juvenile.todos(ctx),
      (ctx) => s.psych.todos(ctx),
      (ctx) => s.owners.todos(ctx),
      (ctx) => s.culture.todos(ctx),
      (ctx) => s.incentives.todos(ctx),
      (ctx) => s.creation.todos(ctx),
      (ctx) => s.partyworkers.todos(ctx),
      (ctx) => s.visitteam.todos(ctx),
      // [home:todos]
      (ctx) => s.accounts.todos(ctx),
      (ctx) => s.people.todos(ctx),
      (ctx) => s.audit.todos(ctx),
    ],
    statSources: [
      (ctx, node, year) => s.council.stats(ctx, node, year),
      (ctx, node, year) => s.votes.stats(ctx, node, year),
      (ctx, node, year) => s.events.stats(ctx, node, year),
      (ctx, node, year) => s.grid.stats(ctx, node, year),
      (ctx, node, year) => s.assessment.workbench.stats(ctx, node, year),
      (ctx, node, year) => s.partymembers.stats(ctx, node, year),
      (ctx, node, year) => s.partymembers.pairing.pairingStats(ctx, node, year),
      (ctx, node, year) => s.partyorgs.stats(ctx, node, year),
      (ctx, node, year) => s.linkage.stats(ctx, node, year),
      (ctx, node, year) => s.eldercare.stats(ctx, node, year),
      (ctx, node, year) => s.honours.stats(ctx, node, year),
      (ctx, node, year) => s.property.stats(ctx, node, year),
      (ctx, node, year) => s.mediation.stats(ctx, node, year),
      (ctx, node, year) => s.tasks.stats(ctx, node, year),
      (ctx, node, year) => s.villagefund.stats(ctx, node, year),
      (ctx, node, year) => s.training.stats(ctx, node, year),
      (ctx, node, year) => s.services.stats(ctx, node, year),
      (ctx, node) => s.socialorgs.stats(ctx, node),
      (ctx, node, year) => s.volunteers.stats(ctx, node, year),
      (ctx, node, year) => s.projects.stats(ctx, node, year),
      (ctx, node, year) => s.jobs.stats(ctx, node, year),
      (ctx, node) => s.taskforces.stats(ctx, node),
      (ctx, node, year) => s.partners.stats(ctx, node, year),
      (ctx, node, year) => s.contests.stats(ctx, node, year),
      (ctx, node, year) => s.inspections.stats(ctx, node, year),
      (ctx, node) => s.secretaries.stats(ctx, node),
      (ctx, node, year) => s.secondments.stats(ctx, node, year),
      (ctx, node, year) => s.stability.stats(ctx, node, year),
      (ctx, node, year) => s.petitions.stats(ctx, node, year),
      (ctx, node, year) => s.socialfund.stats(ctx, node, year),
      (ctx, node, year) => s.dutylists.stats(ctx, node, year),
      (ctx, node) => s.campaigns.stats(ctx, node),
      (ctx, node, year) => s.venues.stats(ctx, node, year),
      (ctx, node, year) => s.juvenile.stats(ctx, node, year),
      (ctx, node, year) => s.psych.stats(ctx, node, year),
      (ctx, node, year) => s.owners.stats(ctx, node, year),
      (ctx, node, year) => s.culture.stats(ctx, node, year),
      (ctx, node, year) => s.incentives.stats(ctx, node, year),
      (ctx, node, year) => s.creation.stats(ctx, node, year),
      (ctx, node, year) => s.partyworkers.stats(ctx, node, year),
      (ctx, node, year) => s.visitteam.stats(ctx, node, year),
      // [home:stats]
      (ctx, node) => s.people.stats(ctx, node),
    ],
  });
}
