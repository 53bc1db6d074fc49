/** In-app notifications: the inbox page and the unread badge on its menu entry. */
import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

/** The unread count, polled every minute while the app is open. */
function useUnread() {
  const { can } = useMe();
  return useQuery({
    queryKey: ['notify', 'unread'],
    queryFn: () => client.get('/api/notify/unread-count'),
    enabled: can('notify.read'),
    refetchInterval: 60_000,
    meta: { silent: true },
  });
}

/** The bell with the unread count, used as the menu entry's icon. */
function UnreadBell() {
  const unread = useUnread();
  return (
    <Badge count={unread.data?.unread ?? 0} size="small" offset={[4, -2]} data-testid="unread-badge">
      <BellOutlined />
    </Badge>
  );
}

const notifyModule: WebModule = {
  id: 'notify',
  routes: [{ path: 'notifications', element: page(() => import('./inbox.page.tsx'), 'NotificationsPage') }],
  menu: [
    {
      key: 'notify.inbox',
      path: '/notifications',
      label: { 'zh-CN': '消息通知', 'en-US': 'Notifications' },
      icon: <UnreadBell />,
      ability: 'notify.read',
      order: 90,
    },
  ],
  messages: {
    'zh-CN': {
      'notify.title': '消息通知',
      'notify.all': '全部',
      'notify.unread': '未读',
      'notify.empty': '暂无通知',
      'notify.open': '查看',
      'notify.markRead': '标为已读',
    },
    'en-US': {
      'notify.title': 'Notifications',
      'notify.all': 'All',
      'notify.unread': 'Unread',
      'notify.empty': 'No notifications',
      'notify.open': 'Open',
      'notify.markRead': 'Mark read',
    },
  },
};
export default notifyModule;
