/** The Open311 pages: a district's publication setting and its API keys. */
import { ApiOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { open311Messages } from './messages.ts';

const open311Module: WebModule = {
  id: 'open311',
  messages: open311Messages,
  routes: [
    { path: 'open311/keys', element: page(() => import('./Open311KeysPage.tsx')) },
    // the address this page had under the grid module
    { path: 'grid/open311-keys', element: page(() => import('./Open311KeysPage.tsx')) },
  ],
  menu: [
    {
      key: 'open311-keys',
      path: '/open311/keys',
      label: {
        'zh-CN': open311Messages['zh-CN']['o311.menu'],
        'en-US': open311Messages['en-US']['o311.menu'],
      },
      icon: <ApiOutlined />,
      ability: 'open311.keys',
      order: 90,
    },
  ],
};

/** The Open311 module as the shell loads it. */
export default open311Module;
