/** The auditor's API as the page uses it: typed from the server's own zod schemas. */
import type { z } from 'zod';
import { api, qs } from '../../app/api.ts';
import type {
  actionNames,
  auditFilters,
  auditItem,
  auditPage,
  verifyView,
} from '../../../server/modules/audit/audit.schemas.ts';

/** One audit entry, with its action's names and whose record it was. */
export type AuditItem = z.infer<typeof auditItem>;
/** A page of the log. */
export type AuditPage = z.infer<typeof auditPage>;
/** The filters of the search and the export. */
export type AuditFilters = z.input<typeof auditFilters>;
/** The chain's verification. */
export type VerifyResult = z.infer<typeof verifyView>;
/** The named actions. */
export type ActionNames = z.infer<typeof actionNames>;

/** A page of matching entries, newest first. */
export const searchAudit = (f: AuditFilters & { limit: number; offset: number }) =>
  api<AuditPage>('GET', `/api/audit${qs({ ...f })}`);
/** Verifies the hash chain. */
export const verifyAudit = () => api<VerifyResult>('GET', '/api/audit/verify');
/** The named actions (codes with their names in both languages). */
export const listActionNames = () => api<ActionNames>('GET', '/api/audit/actions');
/** The address of the matching entries as Excel. */
export const exportUrl = (f: AuditFilters) => `/api/audit/export.xlsx${qs({ ...f })}`;
