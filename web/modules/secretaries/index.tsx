/** 社区书记 pages: the roster with vacancies, rotation and 两委换届; open selections; the printable 公示. */
import { SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const secretariesModule: WebModule = {
  id: 'secretaries',
  title: { 'zh-CN': '社区书记', 'en-US': 'Community secretaries' },
  routes: [
    { path: 'secretaries', element: page(() => import('./roster.page.tsx'), 'RosterPage') },
    {
      path: 'secretaries/selections',
      element: page(() => import('./selections.page.tsx'), 'SelectionsPage'),
    },
    {
      path: 'secretaries/selections/:id',
      element: page(() => import('./selection.page.tsx'), 'SelectionPage'),
    },
  ],
  menu: [
    {
      key: 'secretaries.roster',
      path: '/secretaries',
      label: { 'zh-CN': '社区书记', 'en-US': 'Community secretaries' },
      icon: <TeamOutlined />,
      ability: 'secretaries.read',
      order: 57,
    },
    {
      key: 'secretaries.selections',
      path: '/secretaries/selections',
      label: { 'zh-CN': '书记遴选', 'en-US': 'Secretary selections' },
      icon: <SolutionOutlined />,
      ability: 'secretaries.selections',
      order: 58,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
  publicRoutes: [
    {
      path: '/print/secretaries-notice/:id',
      element: page(() => import('./selection.page.tsx'), 'NoticePrintPage'),
    },
  ],
};
export default secretariesModule;
