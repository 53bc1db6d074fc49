/**
 * 未成年人保护与帮教 pages: the cases with the year's figures, one case (matching, sessions, closing), the
 * report; the social workers' roster, the sites with their activities, and the libraries.
 */
import { BookOutlined, EnvironmentOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const juvenileModule: WebModule = {
  id: 'juvenile',
  title: { 'zh-CN': '未成年人帮教', 'en-US': 'Juvenile protection' },
  routes: [
    { path: 'juvenile', element: page(() => import('./cases.page.tsx'), 'CasesPage') },
    { path: 'juvenile/cases/:id', element: page(() => import('./case.page.tsx'), 'CasePage') },
    { path: 'juvenile/cases/:id/report', element: page(() => import('./report.page.tsx'), 'ReportPage') },
    { path: 'juvenile/workers', element: page(() => import('./workers.page.tsx'), 'WorkersPage') },
    { path: 'juvenile/sites', element: page(() => import('./sites.page.tsx'), 'SitesPage') },
    { path: 'juvenile/library', element: page(() => import('./library.page.tsx'), 'LibraryPage') },
  ],
  menu: [
    {
      key: 'juvenile.cases',
      path: '/juvenile',
      label: { 'zh-CN': '未成年人帮教', 'en-US': 'Juvenile protection' },
      icon: <SafetyOutlined />,
      ability: 'juvenile.read',
      order: 60,
    },
    {
      key: 'juvenile.workers',
      path: '/juvenile/workers',
      label: { 'zh-CN': '社工能力库', 'en-US': 'Social workers' },
      icon: <TeamOutlined />,
      ability: 'juvenile.manage',
      order: 60,
    },
    {
      key: 'juvenile.sites',
      path: '/juvenile/sites',
      label: { 'zh-CN': '未成年人保护阵地', 'en-US': 'Juvenile protection sites' },
      icon: <EnvironmentOutlined />,
      ability: 'juvenile.read',
      order: 60,
    },
    {
      key: 'juvenile.library',
      path: '/juvenile/library',
      label: { 'zh-CN': '帮教知识库', 'en-US': 'Juvenile libraries' },
      icon: <BookOutlined />,
      ability: 'juvenile.read',
      order: 60,
    },
  ],
  // the pages add their own messages when they load (juvenile.shared.tsx)
};
export default juvenileModule;
