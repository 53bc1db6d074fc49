/** 正向激励与关心关爱 pages: records and figures, a record, the decision, rest periods, the cadre's own page, care, the catalogue. */
import { HeartOutlined, TrophyOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const incentivesModule: WebModule = {
  id: 'incentives',
  title: { 'zh-CN': '正向激励', 'en-US': 'Incentives and care' },
  routes: [
    { path: 'incentives', element: page(() => import('./grants.page.tsx'), 'GrantsPage') },
    { path: 'incentives/grants/:id', element: page(() => import('./grant.page.tsx'), 'GrantPage') },
    {
      path: 'incentives/grants/:id/decision',
      element: page(() => import('./documents.page.tsx'), 'DecisionPage'),
    },
    { path: 'incentives/rests', element: page(() => import('./rests.page.tsx'), 'RestsPage') },
    {
      path: 'incentives/rests/:id/notice',
      element: page(() => import('./documents.page.tsx'), 'NoticePage'),
    },
    { path: 'incentives/mine', element: page(() => import('./mine.page.tsx'), 'MinePage') },
    { path: 'incentives/care', element: page(() => import('./care.page.tsx'), 'CarePage') },
    { path: 'incentives/measures', element: page(() => import('./measures.page.tsx'), 'MeasuresPage') },
  ],
  menu: [
    {
      key: 'incentives.grants',
      path: '/incentives',
      label: { 'zh-CN': '正向激励', 'en-US': 'Incentives' },
      icon: <TrophyOutlined />,
      ability: 'incentives.read',
      order: 60,
    },
    {
      key: 'incentives.care',
      path: '/incentives/care',
      label: { 'zh-CN': '关心关爱', 'en-US': 'Care and talks' },
      icon: <HeartOutlined />,
      ability: 'incentives.read',
      order: 61,
    },
    {
      key: 'incentives.mine',
      path: '/incentives/mine',
      label: { 'zh-CN': '我的激励与休整', 'en-US': 'My incentives and rest' },
      icon: <TrophyOutlined />,
      ability: 'incentives.own',
      order: 60,
    },
  ],
};
export default incentivesModule;
