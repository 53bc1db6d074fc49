/** Honours pages: nominations, review and publication, a node's honours board, and the public board. */
import { TrophyOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { honoursMessages } from './honours.messages.ts';

const honoursModule: WebModule = {
  id: 'honours',
  routes: [{ path: 'honours', element: page(() => import('./honours.page.tsx'), 'HonoursPage') }],
  menu: [
    {
      key: 'honours',
      path: '/honours',
      label: { 'zh-CN': '荣誉评选', 'en-US': 'Honours' },
      icon: <TrophyOutlined />,
      ability: 'honours.read',
      order: 55,
    },
  ],
  messages: honoursMessages,
  publicRoutes: [
    {
      path: '/public/honours/:nodeId',
      element: page(() => import('./honours.page.tsx'), 'PublicHonoursPage'),
    },
  ],
};
export default honoursModule;
