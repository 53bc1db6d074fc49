/** 强村富民 fund pages: the register with the node's figures, a project's whole course, a pool's ledger. */
import { BankOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { PoolPage } from './pool.page.tsx';
import { ProjectPage } from './project.page.tsx';
import { ProjectsPage } from './projects.page.tsx';
import { villagefundWebMessages } from './villagefund.messages.ts';

const villagefundModule: WebModule = {
  id: 'villagefund',
  routes: [
    { path: 'villagefund', element: <ProjectsPage /> },
    { path: 'villagefund/projects/:id', element: <ProjectPage /> },
    { path: 'villagefund/pools/:id', element: <PoolPage /> },
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
