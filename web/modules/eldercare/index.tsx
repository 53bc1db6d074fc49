/** 一老一小 pages: stations on the map with their 15-minute circles, and service tickets. */
import { HeartOutlined, ProfileOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { eldercareMessages } from './eldercare.messages.ts';

const eldercareModule: WebModule = {
  id: 'eldercare',
  routes: [
    { path: 'eldercare', element: page(() => import('./stations.page.tsx'), 'StationsPage') },
    { path: 'eldercare/tickets', element: page(() => import('./tickets.page.tsx'), 'TicketsPage') },
  ],
  menu: [
    {
      key: 'eldercare.stations',
      path: '/eldercare',
      label: { 'zh-CN': '一老一小', 'en-US': 'Elderly and infant care' },
      icon: <HeartOutlined />,
      ability: 'eldercare.read',
      order: 53,
    },
    {
      key: 'eldercare.tickets',
      path: '/eldercare/tickets',
      label: { 'zh-CN': '服务工单', 'en-US': 'Service tickets' },
      icon: <ProfileOutlined />,
      ability: 'eldercare.read',
      order: 54,
    },
  ],
  messages: eldercareMessages,
};
export default eldercareModule;
