/**
 * 一榜三令 pages: the board, a task's timeline, the register of orders, leaderboards, orders and
 * points, party projects, public page.
 */
import {
  FlagOutlined,
  FileProtectOutlined,
  TrophyOutlined,
  TeamOutlined,
  StarOutlined,
  FundProjectionScreenOutlined,
} from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { tasksMessages } from './tasks.messages.ts';

const tasksModule: WebModule = {
  id: 'tasks',
  routes: [
    { path: 'tasks', element: page(() => import('./board.page.tsx'), 'BoardPage') },
    { path: 'tasks/tasks/:id', element: page(() => import('./task.page.tsx'), 'TaskPage') },
    { path: 'tasks/orders/:id', element: page(() => import('./orders.page.tsx'), 'OrderPage') },
    { path: 'tasks/orders', element: page(() => import('./orders.page.tsx'), 'OrdersPage') },
    { path: 'tasks/leaderboard', element: page(() => import('./leaderboard.page.tsx'), 'LeaderboardPage') },
    { path: 'tasks/points', element: page(() => import('./points.page.tsx'), 'PointsPage') },
    { path: 'tasks/party', element: page(() => import('./party.page.tsx'), 'PartyProjectsPage') },
    { path: 'tasks/projects', element: page(() => import('./projects.page.tsx'), 'ProjectsPage') },
  ],
  menu: [
    {
      key: 'tasks.board',
      path: '/tasks',
      label: { 'zh-CN': '任务榜', 'en-US': 'Task list' },
      icon: <FlagOutlined />,
      ability: 'tasks.read',
      order: 20,
    },
    {
      key: 'tasks.orders',
      path: '/tasks/orders',
      label: { 'zh-CN': '三令台账', 'en-US': 'Orders register' },
      icon: <FileProtectOutlined />,
      ability: 'tasks.read',
      order: 21,
    },
    {
      key: 'tasks.leaderboard',
      path: '/tasks/leaderboard',
      label: { 'zh-CN': '单位排行榜', 'en-US': 'Leaderboards' },
      icon: <TrophyOutlined />,
      ability: 'tasks.read',
      order: 22,
    },
    {
      key: 'tasks.points',
      path: '/tasks/points',
      label: { 'zh-CN': '令与积分', 'en-US': 'Orders and points' },
      icon: <StarOutlined />,
      ability: 'tasks.manage',
      order: 24,
    },
    {
      key: 'tasks.published',
      path: '/tasks',
      label: { 'zh-CN': '任务榜', 'en-US': 'Task list' },
      icon: <FlagOutlined />,
      ability: 'tasks.view_published',
      order: 20,
    },
    {
      key: 'tasks.projects',
      path: '/tasks/projects',
      label: { 'zh-CN': '重大项目', 'en-US': 'Major projects' },
      icon: <FundProjectionScreenOutlined />,
      ability: 'tasks.read',
      order: 23,
    },
    {
      key: 'tasks.party',
      path: '/tasks/party',
      label: { 'zh-CN': '党建项目认领', 'en-US': 'Party projects' },
      icon: <TeamOutlined />,
      ability: 'tasks.read',
      order: 23,
    },
  ],
  messages: tasksMessages,
  publicRoutes: [
    { path: '/public/tasks', element: page(() => import('./public.page.tsx'), 'PublicTasksPage') },
  ],
};
export default tasksModule;
