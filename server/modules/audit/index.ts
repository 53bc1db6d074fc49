/** Public face of the audit module (the auditor's API over the platform's audit log). */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { auditMessages } from './audit.i18n.ts';
import { auditPermissions } from './audit.permissions.ts';

registerPermissions(auditPermissions);
registerMessages(auditMessages);

export {
  createAuditService,
  type AuditService,
  type AuditObject,
  type SubjectNames,
  EXPORT_LIMIT,
} from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
export { auditPermissions } from './audit.permissions.ts';
