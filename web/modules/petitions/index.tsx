/** 信访 pages: visits and their handling, the studios with the deadlines, the figures, the printable notices. */
import { AuditOutlined, BankOutlined, LineChartOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const petitionsModule: WebModule = {
  id: 'petitions',
  title: { 'zh-CN': '信访', 'en-US': 'Petitions' },
  routes: [
    { path: 'petitions', element: page(() => import('./visits.page.tsx'), 'VisitsPage') },
    { path: 'petitions/studios', element: page(() => import('./studios.page.tsx'), 'StudiosPage') },
    { path: 'petitions/figures', element: page(() => import('./figures.page.tsx'), 'FiguresPage') },
  ],
  menu: [
    {
      key: 'petitions.visits',
      path: '/petitions',
      label: { 'zh-CN': '信访事项', 'en-US': 'Petitions' },
      icon: <AuditOutlined />,
      ability: 'petitions.read',
      order: 59,
    },
    {
      key: 'petitions.studios',
      path: '/petitions/studios',
      label: { 'zh-CN': '访前法律工作室', 'en-US': 'Legal studios' },
      icon: <BankOutlined />,
      ability: 'petitions.read',
      order: 59.1,
    },
    {
      key: 'petitions.figures',
      path: '/petitions/figures',
      label: { 'zh-CN': '信访数据', 'en-US': 'Petition figures' },
      icon: <LineChartOutlined />,
      ability: 'petitions.figures',
      order: 59.2,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
  publicRoutes: [
    {
      path: '/print/petitions-notice/:id',
      element: page(() => import('./notice.page.tsx'), 'NoticePrintPage'),
    },
  ],
};
export default petitionsModule;
