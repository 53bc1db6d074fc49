/**
 * 一榜三令 use cases, composed from their families: the yearly list and the public page, bottom-up
 * proposals, the board and a task's timeline, claiming and the atomic award with its responsibility
 * order (party-building projects too: kind = party_project), progress, the daily evaluation and its
 * thresholds, the orders with gapless official numbers and their consequences, 容错 exemptions,
 * rankings and points; with the feed, the home page's to-dos and the major-projects register.
 */
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import type { NotifyService } from '../notify/index.ts';
import { createBoard } from './tasks.board.service.ts';
import { createClaiming } from './tasks.claiming.service.ts';
import { createTasksCore, type TasksOrg } from './tasks.core.ts';
import { createEvaluation } from './tasks.evaluation.service.ts';
import { createExemptions } from './tasks.exemptions.service.ts';
import { createTasksFeed } from './tasks.feed.ts';
import { createLists } from './tasks.lists.service.ts';
import { createOrders } from './tasks.orders.service.ts';
import { createProgress } from './tasks.progress.service.ts';
import { createProjectsService } from './tasks.projects.service.ts';
import { createProposals } from './tasks.proposals.service.ts';
import { createRankings } from './tasks.rankings.service.ts';
import { createTasksWorkbench } from './tasks.workbench.service.ts';
import { createTasksWrites } from './tasks.writes.ts';

type Deps = {
  db: Db;
  auditor: Auditor;
  org: TasksOrg;
  notify: Pick<NotifyService, 'send' | 'sendSelect'>;
};

export type TasksService = ReturnType<typeof createTasksService>;

/** Builds the tasks service. */
export function createTasksService(deps: Deps) {
  const { db, auditor, org, notify } = deps;
  const core = createTasksCore({ db, org });
  const writes = createTasksWrites({ auditor, notify });
  return {
    /** What the modules acting on results read (orders, typed consequences, points, tasks, performance). */
    feed: createTasksFeed({ db }),
    /** The home page's to-do lines and the node dashboard's figures. */
    ...createTasksWorkbench({ db }),
    /** 重大项目: the register by stage, Excel in and out. */
    ...createProjectsService({ db, auditor, org }),
    ...createLists({ core, auditor }),
    ...createProposals({ core, auditor, notify }),
    ...createBoard({ core }),
    ...createClaiming({ core, writes, auditor, notify }),
    ...createProgress({ core, auditor }),
    ...createEvaluation({ core, auditor, notify }),
    ...createOrders({ core, writes, auditor }),
    ...createExemptions({ core, auditor }),
    ...createRankings({ core }),
  };
}
