/** Public face of the people module: residents and their identities, personal data protected. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { peopleMessages } from './people.i18n.ts';
import { peoplePermissions } from './people.permissions.ts';

registerPermissions(peoplePermissions);
registerMessages(peopleMessages);

export {
  personRow,
  PERSON_COPY_COLUMNS,
  normaliseNationalId,
  normalisePhone,
  type PersonRow,
  type PersonRowInput,
} from './people.row.ts';
export { createPeopleService, type PeopleService } from './people.service.ts';
export { peopleRoutes } from './people.routes.ts';
export { IDENTITY_KINDS, type IdentityKind, checkPerson, maskPersonal } from './people.rules.ts';
export {
  createClaimService,
  ageOn,
  CHILD_AGE,
  type ClaimService,
  type ClaimedRecord,
} from './people.claim.service.ts';
export { createCadresReader, type CadreBrief, type CadresReader } from './people.cadres.service.ts';
export {
  createPartyMembersReader,
  type PartyMemberBrief,
  type PartyMembersReader,
} from './people.partymembers.service.ts';
export {
  createVolunteersReader,
  type VolunteerBrief,
  type VolunteersReader,
} from './people.volunteers.service.ts';
export { fullNamesOf } from './people.names.repository.ts';
