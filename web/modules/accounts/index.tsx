/** Accounts: users and their role grants (system/security administrators), and the security policy. */
import { SafetyOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { accountsMessages } from './accounts.messages.ts';

const accountsModule: WebModule = {
  id: 'accounts',
  routes: [
    { path: '/accounts/users', element: page(() => import('./users.page.tsx'), 'UsersPage') },
    { path: '/accounts/policy', element: page(() => import('./policy.page.tsx'), 'PolicyPage') },
  ],
  menu: [
    {
      key: 'accounts.users',
      path: '/accounts/users',
      label: { 'zh-CN': '用户与授权', 'en-US': 'Users and grants' },
      icon: <UserSwitchOutlined />,
      ability: 'accounts.read',
      order: 80,
    },
    {
      key: 'accounts.policy',
      path: '/accounts/policy',
      label: { 'zh-CN': '安全策略', 'en-US': 'Security policy' },
      icon: <SafetyOutlined />,
      ability: 'accounts.policy',
      order: 81,
    },
  ],
  messages: accountsMessages,
};
export default accountsModule;
