/** 党群服务阵地联盟 pages: the venues with search, the 10-minute circle and figures; a venue's week; my bookings. */
import { CalendarOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const venuesModule: WebModule = {
  id: 'venues',
  title: { 'zh-CN': '党群服务阵地', 'en-US': 'Party-and-mass venues' },
  routes: [
    { path: 'venues', element: page(() => import('./venues.page.tsx'), 'VenuesPage') },
    { path: 'venues/approvals', element: page(() => import('./venues.page.tsx'), 'VenuesPage') },
    { path: 'venues/mine', element: page(() => import('./mine.page.tsx'), 'MyBookingsPage') },
    { path: 'venues/checkin/:id', element: page(() => import('./mine.page.tsx'), 'CheckInPage') },
    { path: 'venues/:id', element: page(() => import('./venue.page.tsx'), 'VenuePage') },
  ],
  menu: [
    {
      key: 'venues.list',
      path: '/venues',
      label: { 'zh-CN': '党群服务阵地', 'en-US': 'Party-and-mass venues' },
      icon: <EnvironmentOutlined />,
      ability: 'venues.read',
      order: 59,
    },
    {
      key: 'venues.mine',
      path: '/venues/mine',
      label: { 'zh-CN': '我的场地预约', 'en-US': 'My venue bookings' },
      icon: <CalendarOutlined />,
      ability: 'venues.book',
      order: 60,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default venuesModule;
