/** Votes pages: my votes and one vote's ballot (phones), paper ballots (officers). */
import { CheckSquareOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { PaperPage } from './paper.page.tsx';
import { votesMessages } from './votes.messages.ts';
import { VotePage, VotesPage } from './votes.page.tsx';

const votesModule: WebModule = {
  id: 'votes',
  routes: [
    { path: 'votes', element: <VotesPage /> },
    { path: 'votes/paper', element: <PaperPage /> },
    { path: 'votes/:id', element: <VotePage /> },
  ],
  menu: [
    {
      key: 'votes.list',
      path: '/votes',
      label: { 'zh-CN': '投票表决', 'en-US': 'Votes' },
      icon: <CheckSquareOutlined />,
      ability: 'votes.read',
      order: 41,
    },
    {
      key: 'votes.paper',
      path: '/votes/paper',
      label: { 'zh-CN': '纸质选票', 'en-US': 'Paper ballots' },
      icon: <FileDoneOutlined />,
      ability: 'votes.paper',
      order: 43,
    },
  ],
  messages: votesMessages,
};
export default votesModule;
