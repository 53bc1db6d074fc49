/** The auditor's API as the page uses it: typed by the routes' own types (web/app/api.generated.ts). */
import { client, type Query, type Res } from '../../app/client.ts';

/** One audit entry, with its action's names and whose record it was. */
export type AuditItem = AuditPage['items'][number];
/** A page of the log. */
export type AuditPage = Res<'get', '/api/audit'>;
/** The filters of the search and the export. */
export type AuditFilters = Query<'get', '/api/audit'>;
/** The chain's verification. */
export type VerifyResult = Res<'get', '/api/audit/verify'>;
/** The named actions. */
export type ActionNames = Res<'get', '/api/audit/actions'>;

/** A page of matching entries, newest first. */
export const searchAudit = (f: AuditFilters & { limit: number; offset: number }) =>
  client.get('/api/audit', { query: { ...f } });
/** Verifies the hash chain. */
export const verifyAudit = () => client.get('/api/audit/verify');
/** The named actions (codes with their names in both languages). */
export const listActionNames = () => client.get('/api/audit/actions');
/** The address of the matching entries as Excel. */
export const exportUrl = (f: AuditFilters) => client.url('/api/audit/export.xlsx', { query: { ...f } });
