/**
 * Public face of the grid module: grid work, registers, visits, patrols, offline sync. The use
 * cases live one family per file (grid.<family>.service.ts) and are composed here.
 */
import { registerPermissions } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { registerMessages } from '../../platform/i18n.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { createAssignmentsService } from './grid.assignments.service.ts';
import { createCycles } from './grid.cycles.ts';
import { createDashboardService } from './grid.dashboard.service.ts';
import type { GridDirectory } from './grid.directory.ts';
import { createGridsService } from './grid.grids.service.ts';
import { createHeadsService } from './grid.heads.service.ts';
import { gridMessages } from './grid.i18n.ts';
import { createImportsService } from './grid.imports.service.ts';
import { createPatrolsService } from './grid.patrols.service.ts';
import { gridPermissions } from './grid.permissions.ts';
import type { GridEvents, GridTree, LoadActor, PersonIdsByBidx } from './grid.ports.ts';
import { createRecordKit } from './grid.records.ts';
import { createRegistersService } from './grid.registers.service.ts';
import { createGridScope } from './grid.scope.ts';
import { createStandardsService } from './grid.standards.service.ts';
import { createSyncService } from './grid.sync.service.ts';
import { createVisitsService } from './grid.visits.service.ts';
import { createGridWorkbench } from './grid.workbench.service.ts';

registerPermissions(gridPermissions);
registerMessages(gridMessages);

export { gridRoutes } from './grid.routes.ts';
export { createGridDirectory, type GridDirectory } from './grid.directory.ts';
export { StaleRecordError } from './grid.records.ts';
export type { GridEvents, GridTree, TreeNode } from './grid.ports.ts';

/** What the grid module draws on, filled by the composition root. */
export interface GridDeps {
  db: Db;
  auditor: Auditor;
  pii: PiiCipher;
  /** org's public tree functions. */
  tree: GridTree;
  /** Built first (createGridDirectory), shared with the events module. */
  directory: GridDirectory;
  /** The events module's public functions grid uses. */
  events: GridEvents;
  loadActor: LoadActor;
  personIdsByBidx?: PersonIdsByBidx;
}

/** Builds the grid service: every use-case family over the same ports. */
export function createGridService(deps: GridDeps) {
  const { db, auditor, pii, tree, directory, events } = deps;
  const scope = createGridScope({ tree, directory });
  const records = createRecordKit({ pii, tree, scope, personIdsByBidx: deps.personIdsByBidx });
  const cycles = createCycles({ db, tree });
  const grids = createGridsService({ db, auditor, tree, scope, directory });
  const assignments = createAssignmentsService({ db, auditor, tree, scope, loadActor: deps.loadActor });
  const registers = createRegistersService({ db, auditor, tree, scope, records });
  const imports = createImportsService({ db, auditor, scope, records });
  const visits = createVisitsService({ db, auditor, tree, scope, directory, records, cycles });
  const dashboard = createDashboardService({ db, tree, scope, cycles, events });
  const patrols = createPatrolsService({ db, auditor, tree, scope, events });
  const heads = createHeadsService({ db, tree, scope });
  const standards = createStandardsService({ db, auditor, tree, scope, events });
  const workbench = createGridWorkbench({ db, directory, visits, heads, dashboard, standards });
  const sync = createSyncService({ db, events, verbs: { ...visits, ...patrols, ...registers } });
  return {
    ...grids,
    ...assignments,
    ...registers,
    ...imports,
    ...visits,
    ...dashboard,
    ...patrols,
    ...heads,
    ...standards,
    ...sync,
    ...workbench,
  };
}

/** The grid use cases, as the routes, other modules and the composition root call them. */
export type GridService = ReturnType<typeof createGridService>;
/** The same, under the name other modules (open311) already import. */
export type GridServiceImpl = GridService;
