/** 业主大会与业委会 pages: compounds and owners' registers, assemblies with the tally and the notice, voting on a phone, elections. */
import { AuditOutlined, CheckSquareOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const ownersModule: WebModule = {
  id: 'owners',
  title: { 'zh-CN': '业主大会与业委会', 'en-US': 'Owners’ assemblies' },
  routes: [
    { path: 'owners', element: page(() => import('./compounds.page.tsx'), 'CompoundsPage') },
    { path: 'owners/compounds/:id', element: page(() => import('./register.page.tsx'), 'RegisterPage') },
    { path: 'owners/assemblies', element: page(() => import('./assemblies.page.tsx'), 'AssembliesPage') },
    { path: 'owners/assemblies/:id', element: page(() => import('./assembly.page.tsx'), 'AssemblyPage') },
    { path: 'owners/assemblies/:id/notice', element: page(() => import('./notice.page.tsx'), 'NoticePage') },
    { path: 'owners/vote', element: page(() => import('./vote.page.tsx'), 'VotePage') },
    { path: 'owners/elections', element: page(() => import('./elections.page.tsx'), 'ElectionsPage') },
    { path: 'owners/elections/:id', element: page(() => import('./election.page.tsx'), 'ElectionPage') },
  ],
  menu: [
    {
      key: 'owners.compounds',
      path: '/owners',
      label: { 'zh-CN': '业主名册', 'en-US': 'Owners’ registers' },
      icon: <HomeOutlined />,
      ability: 'owners.read',
      order: 61,
    },
    {
      key: 'owners.assemblies',
      path: '/owners/assemblies',
      label: { 'zh-CN': '业主大会', 'en-US': 'Owners’ assemblies' },
      icon: <AuditOutlined />,
      ability: 'owners.read',
      order: 62,
    },
    {
      key: 'owners.elections',
      path: '/owners/elections',
      label: { 'zh-CN': '业委会选举', 'en-US': 'Committee elections' },
      icon: <TeamOutlined />,
      ability: 'owners.read',
      order: 63,
    },
    {
      key: 'owners.vote',
      path: '/owners/vote',
      label: { 'zh-CN': '业主表决', 'en-US': 'Vote as an owner' },
      icon: <CheckSquareOutlined />,
      ability: 'owners.vote',
      order: 64,
    },
  ],
};
export default ownersModule;
