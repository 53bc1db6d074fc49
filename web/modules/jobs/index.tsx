/** 社区人才发展服务站 pages: stations, fairs and postings; the station's tickets; a resident's phone page. */
import { IdcardOutlined, ShopOutlined, SolutionOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const jobsModule: WebModule = {
  id: 'jobs',
  routes: [
    { path: 'jobs', element: page(() => import('./postings.page.tsx'), 'PostingsPage') },
    { path: 'jobs/tickets', element: page(() => import('./tickets.page.tsx'), 'TicketsPage') },
    { path: 'jobs/mine', element: page(() => import('./mine.page.tsx'), 'MinePage') },
  ],
  menu: [
    {
      key: 'jobs.postings',
      path: '/jobs',
      label: { 'zh-CN': '人才服务站', 'en-US': 'Talent station' },
      icon: <ShopOutlined />,
      ability: 'jobs.read',
      order: 55,
    },
    {
      key: 'jobs.tickets',
      path: '/jobs/tickets',
      label: { 'zh-CN': '求职工单', 'en-US': 'Job tickets' },
      icon: <SolutionOutlined />,
      ability: 'jobs.manage',
      order: 56,
    },
    {
      key: 'jobs.mine',
      path: '/jobs/mine',
      label: { 'zh-CN': '我要求职', 'en-US': 'Find a job' },
      icon: <IdcardOutlined />,
      ability: 'jobs.seek',
      order: 56,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default jobsModule;
