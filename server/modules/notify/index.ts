/** Public face of the notifications module: other modules call NotifyService.send in their transaction. */
import { registerPermissions } from '../../platform/access/access.ts';
import { notifyPermissions } from './notify.permissions.ts';

registerPermissions(notifyPermissions);

export {
  createNotifyService,
  keyedTitle,
  type NotifyService,
  type NotificationInput,
} from './notify.service.ts';
export {
  createSmsStubChannel,
  type NotificationChannel,
  type OutgoingNotification,
} from './notify.channels.ts';
export { notifyRoutes } from './notify.routes.ts';
