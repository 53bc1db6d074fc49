/** 共治合伙人 and 天大的小事 pages: the partners register, needs and the year's 民生实事, the public board. */
import { FlagOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const partnersModule: WebModule = {
  id: 'partners',
  routes: [
    { path: 'partners', element: page(() => import('./partners.page.tsx'), 'PartnersPage') },
    { path: 'partners/needs', element: page(() => import('./needs.page.tsx'), 'NeedsPage') },
  ],
  menu: [
    {
      key: 'partners',
      path: '/partners',
      label: { 'zh-CN': '共治合伙人', 'en-US': 'Partners' },
      icon: <TeamOutlined />,
      ability: 'partners.read',
      order: 57,
    },
    {
      key: 'partners-needs',
      path: '/partners/needs',
      label: { 'zh-CN': '天大的小事', 'en-US': 'Small matters' },
      icon: <FlagOutlined />,
      ability: 'partners.read',
      order: 58,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
  publicRoutes: [
    {
      path: '/public/partners/:nodeId',
      element: page(() => import('./needs.page.tsx'), 'PublicMattersPage'),
    },
  ],
};
export default partnersModule;
