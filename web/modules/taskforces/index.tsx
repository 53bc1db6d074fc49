/** 专班招募令 pages: orders and applications for the organisation department and cadres, members, the 退职领导 ranking. */
import { FlagOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const taskforcesModule: WebModule = {
  id: 'taskforces',
  routes: [{ path: 'taskforces', element: page(() => import('./taskforces.page.tsx'), 'TaskforcesPage') }],
  menu: [
    {
      key: 'taskforces',
      path: '/taskforces',
      label: { 'zh-CN': '专班招募', 'en-US': 'Task forces' },
      icon: <FlagOutlined />,
      ability: 'taskforces.read',
      order: 56,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default taskforcesModule;
