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
      'notify.kind.tasks.award': '定榜挂帅',
      'notify.kind.tasks.yellow': '黄灯预警',
      'notify.kind.tasks.red': '红灯预警',
      'notify.kind.tasks.order_issued': '签发令',
      'notify.kind.tasks.deadline': '临近截止',
      'notify.kind.tasks.proposal_decided': '申报审定',
      'notify.kind.stability.submitted': '稳评待审核',
      'notify.kind.stability.reviewed': '稳评审核',
      'notify.kind.stability.incident': '决策后事件',
      'notify.kind.petitions.registered': '来访待分流',
      'notify.kind.petitions.progress': '信访进展',
      'notify.kind.petitions.assigned': '信访交办',
      'notify.kind.petitions.replied': '信访答复',
      'notify.kind.petitions.review': '申请复查',
      'notify.kind.socialfund.decided': '专项资金资助决定',
      'notify.kind.socialfund.paid': '专项资金拨付',
      'notify.kind.socialfund.evaluated': '专项资金结项评估',
      'notify.kind.dutylists.checked': '责任清单事项认定',
      'notify.kind.dutylists.bulletin': '季度专项通报',
      'notify.kind.dutylists.rated': '年度专项述职评议',
    },
    'en-US': {
      'notify.title': 'Notifications',
      'notify.all': 'All',
      'notify.unread': 'Unread',
      'notify.empty': 'No notifications',
      'notify.open': 'Open',
      'notify.markRead': 'Mark read',
      'notify.kind.tasks.award': 'Award',
      'notify.kind.tasks.yellow': 'Yellow warning',
      'notify.kind.tasks.red': 'Red warning',
      'notify.kind.tasks.order_issued': 'Order issued',
      'notify.kind.tasks.deadline': 'Deadline near',
      'notify.kind.tasks.proposal_decided': 'Proposal decided',
      'notify.kind.stability.submitted': 'Risk assessment to review',
      'notify.kind.stability.reviewed': 'Risk assessment reviewed',
      'notify.kind.stability.incident': 'Incident after a decision',
      'notify.kind.petitions.registered': 'Visit to triage',
      'notify.kind.petitions.progress': 'Petition progress',
      'notify.kind.petitions.assigned': 'Petition assigned',
      'notify.kind.petitions.replied': 'Petition replied',
      'notify.kind.petitions.review': 'Review requested',
      'notify.kind.socialfund.decided': 'Fund decision',
      'notify.kind.socialfund.paid': 'Fund tranche paid',
      'notify.kind.socialfund.evaluated': 'Fund final evaluation',
      'notify.kind.dutylists.checked': 'Responsibility item checked',
      'notify.kind.dutylists.bulletin': 'Quarterly bulletin',
      'notify.kind.dutylists.rated': 'Yearly report rated',
    },
  },
};
export default notifyModule;
