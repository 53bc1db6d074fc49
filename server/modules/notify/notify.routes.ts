/** HTTP routes of notifications under /api/notify (all need 'notify.read'). */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { idParams } from '../../platform/http/routes.ts';
import type { NotifyService } from './notify.service.ts';
import { inboxQuery, notificationView, unreadCount } from './notify.schemas.ts';

const tags = ['notify'];

/** Registers the notification routes. */
export function notifyRoutes(app: App, svc: NotifyService) {
  app.get(
    '/api/notify/inbox',
    {
      config: { permission: 'notify.read' },
      schema: {
        tags,
        summary: '通知 Inbox',
        querystring: inboxQuery,
        response: { 200: z.array(notificationView) },
      },
    },
    async (req) => svc.inbox(req.ctx, req.query),
  );
  app.get(
    '/api/notify/unread-count',
    {
      config: { permission: 'notify.read' },
      schema: { tags, summary: '未读数 Unread count', response: { 200: unreadCount } },
    },
    async (req) => svc.unreadCount(req.ctx),
  );
  app.post(
    '/api/notify/:id/read',
    {
      config: { permission: 'notify.read' },
      schema: {
        tags,
        summary: '标为已读 Mark read',
        params: idParams,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.markRead(req.ctx, req.params.id),
  );
}
