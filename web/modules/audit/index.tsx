/** The auditor's page: the hash-chained audit log with filters, Excel export and chain verification. */
import { AuditOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { auditMessages } from './audit.messages.ts';

const auditModule: WebModule = {
  id: 'audit',
  routes: [{ path: '/audit', element: page(() => import('./audit.page.tsx'), 'AuditPage') }],
  menu: [
    {
      key: 'audit',
      path: '/audit',
      label: { 'zh-CN': '审计日志', 'en-US': 'Audit log' },
      icon: <AuditOutlined />,
      ability: 'audit.read',
      order: 90,
    },
  ],
  messages: auditMessages,
};
export default auditModule;
