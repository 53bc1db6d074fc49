/** Votes pages: my votes and one vote's ballot (phones), paper ballots (officers). */
import { CheckSquareOutlined, FileDoneOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { votesMessages } from './votes.messages.ts';

const votesModule: WebModule = {
  id: 'votes',
  routes: [
    { path: 'votes', element: page(() => import('./votes.page.tsx'), 'VotesPage') },
    { path: 'votes/paper', element: page(() => import('./paper.page.tsx'), 'PaperPage') },
    { path: 'votes/:id', element: page(() => import('./votes.page.tsx'), 'VotePage') },
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
  publicRoutes: [
    {
      path: '/print/vote-result/:id',
      element: page(() => import('./print.page.tsx'), 'VoteResultPrintPage'),
    },
  ],
};
export default votesModule;
