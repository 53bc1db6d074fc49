/**
 * Linkage pages: 三联三领 (the link register and each link's items), 三官三师 (rosters on the tree,
 * cases) and 两代表一委员进社区 (sessions and the problems raised, each answered).
 */
import { ApartmentOutlined, AuditOutlined, SolutionOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { linkageMessages } from './linkage.messages.ts';

const linkageModule: WebModule = {
  id: 'linkage',
  routes: [
    { path: 'linkage', element: page(() => import('./links.page.tsx'), 'LinksPage') },
    { path: 'linkage/links/:id', element: page(() => import('./links.page.tsx'), 'LinkPage') },
    { path: 'linkage/experts', element: page(() => import('./experts.page.tsx'), 'ExpertsPage') },
    { path: 'linkage/sessions', element: page(() => import('./sessions.page.tsx'), 'SessionsPage') },
    { path: 'linkage/sessions/:id', element: page(() => import('./sessions.page.tsx'), 'SessionPage') },
  ],
  menu: [
    {
      key: 'linkage.links',
      path: '/linkage',
      label: { 'zh-CN': '三联三领', 'en-US': 'Community links' },
      icon: <ApartmentOutlined />,
      ability: 'linkage.read',
      order: 50,
    },
    {
      key: 'linkage.experts',
      path: '/linkage/experts',
      label: { 'zh-CN': '三官三师', 'en-US': 'Legal and care roster' },
      icon: <AuditOutlined />,
      ability: 'linkage.read',
      order: 51,
    },
    {
      key: 'linkage.sessions',
      path: '/linkage/sessions',
      label: { 'zh-CN': '代表委员进社区', 'en-US': 'Deputies in the community' },
      icon: <SolutionOutlined />,
      ability: 'linkage.read',
      order: 52,
    },
  ],
  messages: linkageMessages,
};
export default linkageModule;
