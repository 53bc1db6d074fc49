/** Shapes of the notifications API. */
import { z } from 'zod';

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  objectType: z.string().nullable(),
  objectId: z.uuid().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const inboxQuery = z.object({
  unread: z.enum(['0', '1']).default('0'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const unreadCount = z.object({ unread: z.number() });
