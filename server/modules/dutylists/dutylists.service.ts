/** 主体责任清单: composes the templates, the year's lists, the bulletins, the reports and the home page verbs. */
import { createBulletinsService } from './dutylists.bulletins.service.ts';
import { createDutylistsCore, type DutylistsDeps } from './dutylists.core.ts';
import { createListsService } from './dutylists.lists.service.ts';
import { createReportsService } from './dutylists.reports.service.ts';
import { createTemplatesService } from './dutylists.templates.service.ts';
import { createDutylistsWorkbench } from './dutylists.workbench.service.ts';

export type DutylistsService = ReturnType<typeof createDutylistsService>;

/** Builds the dutylists service. */
export function createDutylistsService(deps: DutylistsDeps) {
  const core = createDutylistsCore(deps);
  return {
    ...createTemplatesService({ ...deps, core }),
    ...createListsService({ ...deps, core }),
    ...createBulletinsService({ ...deps, core }),
    ...createReportsService({ ...deps, core }),
    ...createDutylistsWorkbench({ db: deps.db, core }),
  };
}
