/** People: residents and their identities, masked, with reveal, import and export. */
import { TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { peopleMessages } from './people.messages.ts';

const peopleModule: WebModule = {
  id: 'people',
  routes: [{ path: '/people', element: page(() => import('./people.page.tsx'), 'PeoplePage') }],
  menu: [
    {
      key: 'people',
      path: '/people',
      label: { 'zh-CN': '人员信息', 'en-US': 'People' },
      icon: <TeamOutlined />,
      ability: 'people.read',
      order: 10,
    },
  ],
  messages: peopleMessages,
};
export default peopleModule;
