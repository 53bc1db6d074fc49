/** Honours pages: nominations, review and publication, a node's honours board, and the public board. */
import { TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { honoursMessages } from './honours.messages.ts';
import { HonoursPage, PublicHonoursPage } from './honours.page.tsx';

const honoursModule: WebModule = {
  id: 'honours',
  routes: [{ path: 'honours', element: <HonoursPage /> }],
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
  publicRoutes: [{ path: '/public/honours/:nodeId', element: <PublicHonoursPage /> }],
};
export default honoursModule;
