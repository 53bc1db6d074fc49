/** The home page 工作台: every role lands here after login (to-do list, then the node's dashboard). */
import { HomeOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { homeMessages } from './home.messages.ts';

const homeModule: WebModule = {
  id: 'home',
  title: { 'zh-CN': '工作台', 'en-US': 'Home' },
  routes: [{ index: true, element: page(() => import('./home.page.tsx'), 'HomePage') }],
  menu: [
    {
      key: 'home',
      path: '/',
      label: { 'zh-CN': homeMessages['zh-CN']['home.menu'], 'en-US': homeMessages['en-US']['home.menu'] },
      icon: <HomeOutlined />,
      order: 0,
    },
  ],
  messages: homeMessages,
};
export default homeModule;
