/** People: residents and their identities, masked, with reveal, import and export. */
import { TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { peopleMessages } from './people.messages.ts';
import { PeoplePage } from './people.page.tsx';

const peopleModule: WebModule = {
  id: 'people',
  routes: [{ path: '/people', element: <PeoplePage /> }],
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
