/**
 * The service marketplace 服务超市 and the social-organisation register: the four lists and
 * ordering (phones first), orders with their steps, the leaderboards, the register; and the
 * marketplace section of every community's public page.
 */
import { ShopOutlined, TrophyOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { lazySection, registerCommunitySection } from '../council/slots.ts';
import { servicesMessages } from './services.messages.ts';

registerCommunitySection({
  key: 'services',
  order: 30,
  render: lazySection(() => import('./public.section.tsx'), 'PublicServicesSection'),
});

const servicesModule: WebModule = {
  id: 'services',
  routes: [
    { path: 'services', element: page(() => import('./market.page.tsx'), 'MarketPage') },
    { path: 'services/orders', element: page(() => import('./orders.page.tsx'), 'OrdersPage') },
    { path: 'services/orders/:id', element: page(() => import('./orders.page.tsx'), 'OrderPage') },
    { path: 'services/boards', element: page(() => import('./boards.page.tsx'), 'BoardsPage') },
    { path: 'socialorgs', element: page(() => import('./socialorgs.page.tsx'), 'SocialOrgsPage') },
  ],
  menu: [
    {
      key: 'services.market',
      path: '/services',
      label: { 'zh-CN': '服务超市', 'en-US': 'Marketplace' },
      icon: <ShopOutlined />,
      ability: 'services.read',
      order: 8,
    },
    {
      key: 'services.orders',
      path: '/services/orders',
      label: { 'zh-CN': '点单接单', 'en-US': 'Orders' },
      icon: <SolutionOutlined />,
      ability: 'services.read',
      order: 9,
    },
    {
      key: 'services.boards',
      path: '/services/boards',
      label: { 'zh-CN': '比武榜', 'en-US': 'Leaderboards' },
      icon: <TrophyOutlined />,
      ability: 'services.read',
      order: 48,
    },
    {
      key: 'socialorgs',
      path: '/socialorgs',
      label: { 'zh-CN': '社会组织', 'en-US': 'Social organisations' },
      icon: <TeamOutlined />,
      ability: 'socialorgs.read',
      order: 49,
    },
  ],
  messages: servicesMessages,
};
export default servicesModule;
