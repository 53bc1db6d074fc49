/** 主体责任清单 pages: the year's lists, a list's items, templates, 季度专项通报, 年度专项述职 and 问责 records. */
import { AuditOutlined, FileDoneOutlined, NotificationOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const dutylistsModule: WebModule = {
  id: 'dutylists',
  title: { 'zh-CN': '主体责任清单', 'en-US': 'Responsibility lists' },
  routes: [
    { path: 'dutylists', element: page(() => import('./lists.page.tsx'), 'ListsPage') },
    { path: 'dutylists/lists/:id', element: page(() => import('./list.page.tsx'), 'ListPage') },
    { path: 'dutylists/templates', element: page(() => import('./templates.page.tsx'), 'TemplatesPage') },
    { path: 'dutylists/bulletins', element: page(() => import('./bulletins.page.tsx'), 'BulletinsPage') },
    { path: 'dutylists/bulletins/:id', element: page(() => import('./bulletin.page.tsx'), 'BulletinPage') },
    { path: 'dutylists/reports', element: page(() => import('./reports.page.tsx'), 'ReportsPage') },
  ],
  menu: [
    {
      key: 'dutylists.lists',
      path: '/dutylists',
      label: { 'zh-CN': '主体责任清单', 'en-US': 'Responsibility lists' },
      icon: <FileDoneOutlined />,
      ability: 'dutylists.read',
      order: 59,
    },
    {
      key: 'dutylists.bulletins',
      path: '/dutylists/bulletins',
      label: { 'zh-CN': '季度专项通报', 'en-US': 'Quarterly bulletins' },
      icon: <NotificationOutlined />,
      ability: 'dutylists.read',
      order: 59.1,
    },
    {
      key: 'dutylists.reports',
      path: '/dutylists/reports',
      label: { 'zh-CN': '年度专项述职', 'en-US': 'Yearly reports' },
      icon: <AuditOutlined />,
      ability: 'dutylists.read',
      order: 59.2,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default dutylistsModule;
