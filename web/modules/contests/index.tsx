/** 擂台赛 pages: contests and their rounds, entries and scoring, and the published leaderboards 实绩晾晒. */
import { FlagOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const contestsModule: WebModule = {
  id: 'contests',
  title: { 'zh-CN': '擂台赛', 'en-US': 'Contests' },
  routes: [
    { path: 'contests', element: page(() => import('./contests.page.tsx'), 'ContestsPage') },
    { path: 'contests/new', element: page(() => import('./setup.page.tsx'), 'ContestSetupPage') },
    { path: 'contests/:id/edit', element: page(() => import('./setup.page.tsx'), 'ContestSetupPage') },
    { path: 'contests/:id', element: page(() => import('./contest.page.tsx'), 'ContestPage') },
    { path: 'contests/board/:roundId', element: page(() => import('./board.page.tsx'), 'BoardPage') },
  ],
  menu: [
    {
      key: 'contests',
      path: '/contests',
      label: { 'zh-CN': '擂台赛', 'en-US': 'Contests' },
      icon: <FlagOutlined />,
      ability: 'contests.read',
      order: 56,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default contestsModule;
