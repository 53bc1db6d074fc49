/**
 * The service marketplace 服务超市 and the social-organisation register: the four lists and
 * ordering (phones first), orders with their steps, the leaderboards, the register; and the
 * marketplace section of every community's public page.
 */
import { ShopOutlined, TrophyOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { registerCommunitySection } from '../council/slots.ts';
import { BoardsPage } from './boards.page.tsx';
import { MarketPage } from './market.page.tsx';
import { OrderPage, OrdersPage } from './orders.page.tsx';
import { PublicServicesSection } from './public.section.tsx';
import { servicesMessages } from './services.messages.ts';
import { SocialOrgsPage } from './socialorgs.page.tsx';

registerCommunitySection({
  key: 'services',
  order: 30,
  render: (communityId) => <PublicServicesSection communityId={communityId} />,
});

const servicesModule: WebModule = {
  id: 'services',
  routes: [
    { path: 'services', element: <MarketPage /> },
    { path: 'services/orders', element: <OrdersPage /> },
    { path: 'services/orders/:id', element: <OrderPage /> },
    { path: 'services/boards', element: <BoardsPage /> },
    { path: 'socialorgs', element: <SocialOrgsPage /> },
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
