/** Public face of the accounts module. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { accountsMessages } from './accounts.i18n.ts';
import { accountsPermissions } from './accounts.permissions.ts';

registerPermissions(accountsPermissions);
registerMessages(accountsMessages);

export { createAccountsService, SESSION_CHANNEL, type AccountsService } from './accounts.service.ts';
export { accountsRoutes } from './accounts.routes.ts';
export { accountsPermissions } from './accounts.permissions.ts';
export { DEFAULT_SECURITY, totpCode, base32Decode } from './accounts.rules.ts';
export * from './accounts.signup.ts';
export { userIdsOfPersons } from './accounts.persons.repository.ts';
export { roleHoldersInDistrict, type RoleHolder } from './accounts.holders.repository.ts';
export { accountNames } from './accounts.repository.ts';
export { roleHoldersReaching } from './accounts.repository.ts';
