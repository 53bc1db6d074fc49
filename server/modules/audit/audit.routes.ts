/** HTTP routes of the auditor: search, Excel export and chain verification of the audit log. */
import type { App } from '../../platform/http/app.ts';
import type { AuditService } from './audit.service.ts';
import { actionNames, auditFilters, auditListQuery, auditPage, verifyView } from './audit.schemas.ts';

/** Registers the audit routes under /api/audit. */
export function auditRoutes(app: App, svc: AuditService) {
  app.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志 Search the audit log',
        querystring: auditListQuery,
        response: { 200: auditPage },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/audit/export.xlsx',
    {
      config: { permission: 'audit.export' },
      schema: { tags: ['audit'], summary: '导出审计日志 Export to Excel', querystring: auditFilters },
    },
    async (req, reply) => {
      const stream = await svc.exportXlsx(req.ctx, req.query);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="audit-${stamp}.xlsx"`)
        .send(stream);
    },
  );
  app.get(
    '/api/audit/actions',
    {
      config: { permission: 'audit.read' },
      schema: { tags: ['audit'], summary: '操作名称 Named actions', response: { 200: actionNames } },
    },
    async () => svc.actionNames(),
  );
  app.get(
    '/api/audit/verify',
    {
      config: { permission: 'audit.read' },
      schema: { tags: ['audit'], summary: '校验哈希链 Verify the hash chain', response: { 200: verifyView } },
    },
    async (req) => svc.verify(req.ctx),
  );
}
