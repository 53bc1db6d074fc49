/**
 * Livelihood projects: micro projects from a resident's order to the rating (phones first), the
 * deputies' vote on the year's projects, and the projects section of each community's public page.
 */
import { AuditOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { lazySection, registerCommunitySection } from '../council/slots.ts';
import { projectsWebMessages } from './projects.messages.ts';

registerCommunitySection({
  key: 'projects',
  order: 20,
  render: lazySection(() => import('./public.tsx'), 'PublicProjectsSection'),
});

const projectsModule: WebModule = {
  id: 'projects',
  routes: [
    { path: 'projects', element: page(() => import('./projects.page.tsx'), 'ProjectsPage') },
    { path: 'projects/new', element: page(() => import('./projects.page.tsx'), 'OrderPage') },
    { path: 'projects/ballots', element: page(() => import('./ballots.page.tsx'), 'BallotsPage') },
    { path: 'projects/ballots/:id', element: page(() => import('./ballots.page.tsx'), 'BallotPage') },
    { path: 'projects/:id', element: page(() => import('./project.page.tsx'), 'ProjectPage') },
  ],
  menu: [
    {
      key: 'projects.list',
      path: '/projects',
      label: { 'zh-CN': '民生微实事', 'en-US': 'Micro projects' },
      icon: <ShoppingCartOutlined />,
      ability: 'projects.read',
      order: 7,
    },
    {
      key: 'projects.ballots',
      path: '/projects/ballots',
      label: { 'zh-CN': '代表票决', 'en-US': 'Deputies’ vote' },
      icon: <AuditOutlined />,
      ability: 'projects.read',
      order: 8,
    },
  ],
  messages: projectsWebMessages,
};
export default projectsModule;
