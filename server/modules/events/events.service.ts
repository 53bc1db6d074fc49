/**
 * Grid events 事件, composed from their use-case families: the intake (intake/), transitions and
 * dispatch, lists, photos, notes, configuration, rates and dashboards, field work, the problem
 * lifecycle's evaluation and prevention, and the home page's to-dos and figures.
 */
import type { LaneAuditor } from '../../platform/audit/audit.ts';
import type { Changes } from '../../platform/db/changes.ts';
import type { Db } from '../../platform/db/db.ts';
import type { NotifyService } from '../notify/index.ts';
import { createOrgTree } from '../org/index.ts';
import { createConfig } from './events.config.service.ts';
import { createEventsCore, type EventsTree } from './events.core.ts';
import { createFieldwork } from './events.fieldwork.service.ts';
import { createLifecycle } from './events.lifecycle.service.ts';
import { createLists } from './events.lists.service.ts';
import { createNotes } from './events.notes.service.ts';
import { createPhotos } from './events.photos.service.ts';
import { NO_GRID, type EventsGridPort } from './events.ports.ts';
import { createRates } from './events.rates.service.ts';
import { createTransitions } from './events.transitions.service.ts';
import { createWorkbench } from './events.workbench.service.ts';
import { createIntake } from './intake/intake.ts';

/** What the events service draws on. */
export interface EventsDeps {
  db: Db;
  /**
   * Where grouped reports are read and written (their statements, generic plans): the platform's
   * group pool (createGroupDb); db when there is none.
   */
  groupDb?: Db;
  auditor: LaneAuditor;
  /**
   * Changes heard through LISTEN/NOTIFY: while they are, districts' service levels and settings
   * (and, through the org tree, nodes with their ancestors) are kept in memory.
   */
  changes?: Changes;
  /** The org tree's public reads (org's createOrgTree); one of its own when not given. */
  tree?: EventsTree;
  /** The grid module's reads (its directory); none when not given. */
  grid?: EventsGridPort;
  /** Notifications (the notify module's send); none are sent when not given. */
  notify?: Pick<NotifyService, 'send'>;
  /** The most rows one export of the register holds (EXPORT_MAX_ROWS when not given). */
  exportMaxRows?: number;
}

/** Builds the events service. */
export function createEventsService(deps: EventsDeps) {
  const { db, auditor, notify } = deps;
  const tree = deps.tree ?? createOrgTree({ db, changes: deps.changes });
  const grid = deps.grid ?? NO_GRID;
  const core = createEventsCore({ db, tree, changes: deps.changes });
  const intake = createIntake({ core, groupDb: deps.groupDb, auditor, grid });
  const rates = createRates({ core });
  return {
    ...intake,
    ...createTransitions({ core, auditor, notify }),
    ...createLists({ core, auditor, exportMaxRows: deps.exportMaxRows }),
    ...createPhotos({ core, auditor }),
    ...createNotes({ core, auditor, notify }),
    ...createConfig({ core, auditor }),
    ...rates,
    ...createFieldwork({ core, intake, grid, notify }),
    ...createLifecycle({ core, auditor }),
    ...createWorkbench({ core, totalsAt: rates.totalsAt }),
  };
}

/** The events use cases (what the routes and other modules call). */
export type EventsService = ReturnType<typeof createEventsService>;
/** The same, under its older name. */
export type EventsServiceImpl = EventsService;
