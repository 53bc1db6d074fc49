/** Residents' pages: sign-up and log-in by phone (public), my page, and officers' invitations. */
import { IdcardOutlined, UserAddOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { residentsMessages } from './residents.messages.ts';

const residentsModule: WebModule = {
  id: 'residents',
  routes: [
    { path: 'residents/me', element: page(() => import('./me.page.tsx'), 'ResidentMePage') },
    { path: 'residents/invite', element: page(() => import('./invite.page.tsx'), 'InvitePage') },
  ],
  menu: [
    {
      key: 'residents.me',
      path: '/residents/me',
      label: { 'zh-CN': '我的', 'en-US': 'Me' },
      icon: <IdcardOutlined />,
      ability: 'residents.self',
      order: 5,
    },
    {
      key: 'residents.invite',
      path: '/residents/invite',
      label: { 'zh-CN': '居民邀请码', 'en-US': 'Invite residents' },
      icon: <UserAddOutlined />,
      ability: 'accounts.invite',
      order: 44,
    },
  ],
  messages: residentsMessages,
  publicRoutes: [{ path: '/r/signup', element: page(() => import('./signup.page.tsx'), 'SignupPage') }],
};
export default residentsModule;
