/** 示范创建与先锋指数测评 pages: programmes and declarations, one declaration, the pioneer index. */
import { FlagOutlined, TrophyOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const creationModule: WebModule = {
  id: 'creation',
  title: { 'zh-CN': '示范创建', 'en-US': 'Model creation' },
  routes: [
    { path: 'creation', element: page(() => import('./creation.page.tsx'), 'CreationPage') },
    {
      path: 'creation/declarations/:id',
      element: page(() => import('./declaration.page.tsx'), 'DeclarationPage'),
    },
    { path: 'creation/index', element: page(() => import('./index.page.tsx'), 'IndexPage') },
  ],
  menu: [
    {
      key: 'creation.programmes',
      path: '/creation',
      label: { 'zh-CN': '示范创建', 'en-US': 'Model creation' },
      icon: <TrophyOutlined />,
      ability: 'creation.read',
      order: 61,
    },
    {
      key: 'creation.index',
      path: '/creation/index',
      label: { 'zh-CN': '先锋指数', 'en-US': 'Pioneer index' },
      icon: <FlagOutlined />,
      ability: 'creation.index.read',
      order: 62,
    },
  ],
  // the pages add their own messages when they load (creation.shared.tsx)
};
export default creationModule;
