/** 文明巡访团 pages: the roster and the year's rounds; one round with its findings (phone-friendly). */
import { EyeOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const visitteamModule: WebModule = {
  id: 'visitteam',
  title: { 'zh-CN': '文明巡访团', 'en-US': 'Visiting team' },
  routes: [
    { path: 'visitteam', element: page(() => import('./team.page.tsx'), 'TeamPage') },
    { path: 'visitteam/rounds/:id', element: page(() => import('./round.page.tsx'), 'RoundPage') },
  ],
  menu: [
    {
      key: 'visitteam.team',
      path: '/visitteam',
      label: { 'zh-CN': '文明巡访团', 'en-US': 'Visiting team' },
      icon: <EyeOutlined />,
      ability: 'visitteam.read',
      order: 60,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default visitteamModule;
