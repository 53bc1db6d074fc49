/** The auditor's API as the page uses it: typed from the server's own zod schemas. */
import type { z } from 'zod';
import { client } from '../../app/client.ts';
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
  client.get('/api/audit', { query: { ...f } });
/** Verifies the hash chain. */
export const verifyAudit = () => client.get('/api/audit/verify');
/** The named actions (codes with their names in both languages). */
export const listActionNames = () => client.get('/api/audit/actions');
/** The address of the matching entries as Excel. */
export const exportUrl = (f: AuditFilters) => client.url('/api/audit/export.xlsx', { query: { ...f } });
