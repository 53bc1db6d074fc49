/** 公共文化服务 pages: facilities and figures, teams and troupes, 点演 orders, hours, star volunteers and certificates. */
import { CalendarOutlined, ReadOutlined, StarOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const cultureModule: WebModule = {
  id: 'culture',
  title: { 'zh-CN': '公共文化服务', 'en-US': 'Public cultural service' },
  routes: [
    { path: 'culture', element: page(() => import('./facilities.page.tsx'), 'FacilitiesPage') },
    { path: 'culture/teams', element: page(() => import('./teams.page.tsx'), 'TeamsPage') },
    { path: 'culture/teams/:id', element: page(() => import('./teams.page.tsx'), 'TeamPage') },
    { path: 'culture/orders', element: page(() => import('./orders.page.tsx'), 'OrdersPage') },
    { path: 'culture/hours', element: page(() => import('./orders.page.tsx'), 'HoursPage') },
    { path: 'culture/volunteers', element: page(() => import('./volunteers.page.tsx'), 'VolunteersPage') },
    {
      path: 'culture/certificates/:id',
      element: page(() => import('./volunteers.page.tsx'), 'CertificatePage'),
    },
  ],
  menu: [
    {
      key: 'culture.facilities',
      path: '/culture',
      label: { 'zh-CN': '公共文化设施', 'en-US': 'Cultural facilities' },
      icon: <ReadOutlined />,
      ability: 'culture.read',
      order: 61,
    },
    {
      key: 'culture.teams',
      path: '/culture/teams',
      label: { 'zh-CN': '文化队伍与点演', 'en-US': 'Culture teams' },
      icon: <TeamOutlined />,
      ability: 'culture.read',
      order: 62,
    },
    {
      key: 'culture.orders',
      path: '/culture/orders',
      label: { 'zh-CN': '点演订单', 'en-US': 'Performance orders' },
      icon: <CalendarOutlined />,
      ability: 'culture.lead',
      order: 63,
    },
    {
      key: 'culture.volunteers',
      path: '/culture/volunteers',
      label: { 'zh-CN': '星级文化志愿者', 'en-US': 'Star culture volunteers' },
      icon: <StarOutlined />,
      ability: 'culture.certify',
      order: 64,
    },
  ],
};
export default cultureModule;
