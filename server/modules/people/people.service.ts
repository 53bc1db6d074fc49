/**
 * People: person records with their identities, scoped to the actor's subtree. National ID and
 * phone numbers are stored encrypted with blind indexes; every answer masks personal data unless
 * it is an audited reveal. Composed from one file per use-case family: reading
 * (people.read.service.ts), single-record writes (people.write.service.ts), Excel import
 * (people.import.service.ts) and the home page's sources (people.workbench.ts).
 */
import { BadUploadError } from './people.excel.ts';
import { createPeopleCore, PAGES_CHANNEL, type PeopleDeps, type PeopleOrgPort } from './people.core.ts';
import { createPeopleImportService, IMPORT_TTL_MS } from './people.import.service.ts';
import { COUNT_CAP, createPeopleReadService, EXPORT_MAX_ROWS } from './people.read.service.ts';
import { createPeopleWorkbench } from './people.workbench.ts';
import { createPeopleWriteService } from './people.write.service.ts';

export type PeopleService = ReturnType<typeof createPeopleService>;
export { BadUploadError, COUNT_CAP, EXPORT_MAX_ROWS, IMPORT_TTL_MS, PAGES_CHANNEL, type PeopleOrgPort };

/** Builds the people service. */
export function createPeopleService(deps: PeopleDeps) {
  const core = createPeopleCore(deps);
  return {
    ...createPeopleReadService(core),
    ...createPeopleWriteService(core),
    ...createPeopleImportService(core),
    ...createPeopleWorkbench(core),
  };
}
