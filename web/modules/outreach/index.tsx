/** 在职党员到社区报到 "双报到" pages: the officers' register, one report, the member's own page, the public pledges. */
import { FlagOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const outreachModule: WebModule = {
  id: 'outreach',
  title: { 'zh-CN': '在职党员到社区报到', 'en-US': 'Members reported to communities' },
  routes: [
    { path: 'outreach', element: page(() => import('./register.page.tsx'), 'RegisterPage') },
    { path: 'outreach/me', element: page(() => import('./me.page.tsx'), 'MePage') },
    { path: 'outreach/reports/:id', element: page(() => import('./report.page.tsx'), 'ReportPage') },
  ],
  menu: [
    {
      key: 'outreach.register',
      path: '/outreach',
      label: { 'zh-CN': '在职党员报到', 'en-US': 'Members reported' },
      icon: <TeamOutlined />,
      ability: 'outreach.read',
      order: 46,
    },
    {
      key: 'outreach.me',
      path: '/outreach/me',
      label: { 'zh-CN': '到社区报到', 'en-US': 'Report to a community' },
      icon: <FlagOutlined />,
      ability: 'outreach.report',
      order: 46,
    },
  ],
  publicRoutes: [
    {
      path: '/public/outreach/:communityId',
      element: page(() => import('./public.page.tsx'), 'PublicPledgesPage'),
    },
  ],
  // the pages add their own messages when they load (outreach.shared.tsx), so the first load stays small
};
export default outreachModule;
