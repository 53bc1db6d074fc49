/** 专职党务工作者 pages: the post register with vacancies and figures; one worker's logs and appraisals. */
import { IdcardOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const partyworkersModule: WebModule = {
  id: 'partyworkers',
  title: { 'zh-CN': '专职党务工作者', 'en-US': 'Party workers' },
  routes: [
    { path: 'partyworkers', element: page(() => import('./register.page.tsx'), 'RegisterPage') },
    { path: 'partyworkers/workers/:id', element: page(() => import('./worker.page.tsx'), 'WorkerPage') },
  ],
  menu: [
    {
      key: 'partyworkers.register',
      path: '/partyworkers',
      label: { 'zh-CN': '专职党务工作者', 'en-US': 'Party workers' },
      icon: <IdcardOutlined />,
      ability: 'partyworkers.read',
      order: 59,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default partyworkersModule;
