/** 强村富民 fund pages: the register with the node's figures, a project's whole course, a pool's ledger. */
import { BankOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { villagefundWebMessages } from './villagefund.messages.ts';

const villagefundModule: WebModule = {
  id: 'villagefund',
  routes: [
    { path: 'villagefund', element: page(() => import('./projects.page.tsx'), 'ProjectsPage') },
    { path: 'villagefund/projects/:id', element: page(() => import('./project.page.tsx'), 'ProjectPage') },
    { path: 'villagefund/pools/:id', element: page(() => import('./pool.page.tsx'), 'PoolPage') },
  ],
  menu: [
    {
      key: 'villagefund',
      path: '/villagefund',
      label: { 'zh-CN': '强村富民', 'en-US': 'Village fund' },
      icon: <BankOutlined />,
      ability: 'villagefund.read',
      order: 60,
    },
  ],
  messages: villagefundWebMessages,
};
export default villagefundModule;
