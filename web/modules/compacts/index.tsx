/** 契约化党建 pages: the contracts, one contract, the monthly round tables, one round table, the printouts. */
import { AuditOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const compactsModule: WebModule = {
  id: 'compacts',
  title: { 'zh-CN': '契约化党建', 'en-US': 'Branch contracts' },
  routes: [
    { path: 'compacts', element: page(() => import('./contracts.page.tsx'), 'ContractsPage') },
    { path: 'compacts/contracts/:id', element: page(() => import('./contract.page.tsx'), 'ContractPage') },
    { path: 'compacts/meetings', element: page(() => import('./meetings.page.tsx'), 'MeetingsPage') },
    { path: 'compacts/meetings/:id', element: page(() => import('./meeting.page.tsx'), 'MeetingPage') },
  ],
  menu: [
    {
      key: 'compacts.contracts',
      path: '/compacts',
      label: { 'zh-CN': '契约化党建', 'en-US': 'Branch contracts' },
      icon: <AuditOutlined />,
      ability: 'compacts.read',
      order: 58,
    },
  ],
  // the pages add their own messages when they load (compacts.shared.tsx), so the first load stays small
  publicRoutes: [
    { path: '/print/compact/:id', element: page(() => import('./contract.print.tsx'), 'ContractPrintPage') },
    {
      path: '/print/compact-minutes/:id',
      element: page(() => import('./minutes.print.tsx'), 'MinutesPrintPage'),
    },
  ],
};
export default compactsModule;
