/**
 * Wires every service by hand (no container) and registers every module's routes. The one place
 * that knows all modules; modules know each other only through what is passed in here.
 */
import type pg from 'pg';
import { createAuditor } from './platform/audit/audit.ts';
import type { Changes } from './platform/db/changes.ts';
import type { Db } from './platform/db/db.ts';
import { buildApp, type App } from './platform/http/app.ts';
import { createPiiCipher } from './platform/pii/pii.ts';
import type { Keys } from './platform/secrets.ts';
import { accountsRoutes, createAccountsService } from './modules/accounts/index.ts';
import { createOrgService, orgRoutes, type Level } from './modules/org/index.ts';
import { auditRoutes, createAuditService } from './modules/audit/index.ts';
import { createPeopleService, peopleRoutes } from './modules/people/index.ts';
import { createNotifyService, createSmsStubChannel, notifyRoutes } from './modules/notify/index.ts';
import { createTasksService, tasksRoutes } from './modules/tasks/index.ts';
import { createEventsService, eventsRoutes } from './modules/events/index.ts';
import { createGridDirectory, createGridService, gridRoutes } from './modules/grid/index.ts';
import { createOpen311Service, open311Routes } from './modules/open311/index.ts';
import { createHomeService, homeRoutes } from './modules/home/index.ts';
import { mapsRoutes } from './modules/maps/index.ts';
import { NotFoundError } from './platform/errors.ts';
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

/** Builds all services over one platform. */
export function createServices(p: Platform) {
  const auditor = createAuditor({ db: p.db, key: p.keys.audit });
  const pii = createPiiCipher(p.keys);
  const accounts = createAccountsService({ db: p.db, auditor, pii, changes: p.changes });
  // what the tree's writes make stale elsewhere: grants' paths (a move), people pages (any)
  const org = createOrgService({
    db: p.db,
    auditor,
    afterWrite: (what) => {
      if (what === 'move') accounts.forgetSessions();
      people.forgetPages();
      events.forgetNodes();
    },
  });
  const audit = createAuditService({ db: p.db, auditor, key: p.keys.audit });
  const people = createPeopleService({
    db: p.db,
    auditor,
    pii,
    changes: p.pageCache === false ? undefined : p.changes,
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
  // grid's directory first (events takes it as a port), then events, then grid with events
  const tree = {
    findNode: (id: string) => org.findNode(id),
    nodesByIds: (ids: string[]) => org.nodesByIds(ids),
    nodesUnder: (paths: string[], levels: Level[], limit: number) => org.nodesUnder(paths, levels, limit),
  };
  const gridDirectory = createGridDirectory({ db: p.db, tree });
  const events = createEventsService({
    db: p.db,
    groupDb: p.groupDb,
    auditor,
    changes: p.changes,
    assignedPaths: (userId) => gridDirectory.assignedPaths(userId),
    patrols: (ids) => gridDirectory.patrolsById(ids),
  });
  const grid = createGridService({
    db: p.db,
    auditor,
    pii,
    tree,
    directory: gridDirectory,
    events: {
      report: (ctx, input, key) => events.report(ctx, input, key),
      transition: (ctx, id, input, key) => events.transition(ctx, id, input, key),
      reportedCounts: (items) => events.reportedCounts(items),
      idsByPatrol: (ids) => events.idsByPatrol(ids),
      // until events offers its own: whether the events it lists under a subtree are still open
      openness: async (path, ids) =>
        new Map(
          (
            await events.publicRows({ path, ids, from: new Date(0), to: new Date(), limit: ids.length || 1 })
          ).map((r) => [r.id, !['closed', 'rejected', 'merged'].includes(r.state)]),
        ),
      get: (ctx, id) => events.get(ctx, id),
    },
    loadActor: (id) => accounts.loadActor(id),
    personIdsByBidx: (districtId, bidxs) => people.personIdsByBidx(districtId, bidxs),
  });
  const open311 = createOpen311Service({ db: p.db, auditor, pii, events, grid });
  // [modules:services]
  // the home page's to-do list and the node dashboards: one line per module that offers them
  const home = createHomeService({
    visibleNode: async (ctx, id) => {
      const n = await org.findNode(id);
      if (!n || !ctx.actor?.grants.some((g) => n.path.startsWith(g.path))) throw new NotFoundError();
      return n;
    },
    todoSources: [
      // [home:todos]
    ],
    statSources: [
      // [home:stats]
    ],
  });
  return {
    auditor,
    pii,
    accounts,
    org,
    audit,
    people,
    notify,
    tasks,
    events,
    grid,
    open311,
    home,
    // [modules:exports]
  };
}
export type Services = ReturnType<typeof createServices>;

/** Builds the HTTP app with every module's routes. */
export async function createHttpApp(
  services: Services,
  opts: { logLevel?: string; webDist?: string } = {},
): Promise<App> {
  return buildApp({
    auditor: services.auditor,
    logLevel: opts.logLevel,
    webDist: opts.webDist,
    resolveSession: (token) => services.accounts.resolveSession(token),
    register: async (app) => {
      accountsRoutes(app, services.accounts);
      orgRoutes(app, services.org);
      auditRoutes(app, services.audit);
      peopleRoutes(app, services.people);
      notifyRoutes(app, services.notify);
      tasksRoutes(app, services.tasks);
      eventsRoutes(app, services.events);
      gridRoutes(app, services.grid);
      open311Routes(app, services.open311);
      homeRoutes(app, services.home);
      mapsRoutes(app);
      // [modules:routes]
    },
  });
}
