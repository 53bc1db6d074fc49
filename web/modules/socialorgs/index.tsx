/**
 * Support around the social organisations: 党建指导员 (roster, assignments, visits, coverage),
 * 草根领袖与本土社工 (the talent register), and the 总部基地 with its 四联 records.
 */
import { ApartmentOutlined, FlagOutlined, IdcardOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { socialorgsSupportMessages } from './socialorgs.messages.ts';

const socialorgsModule: WebModule = {
  id: 'socialorgs',
  title: { 'zh-CN': '社会组织培育', 'en-US': 'Social-organisation support' },
  routes: [
    {
      path: 'socialorgs/instructors',
      element: page(() => import('./instructors.page.tsx'), 'InstructorsPage'),
    },
    {
      path: 'socialorgs/instructors/:id',
      element: page(() => import('./instructor.page.tsx'), 'InstructorPage'),
    },
    { path: 'socialorgs/talents', element: page(() => import('./talents.page.tsx'), 'TalentsPage') },
    { path: 'socialorgs/bases', element: page(() => import('./bases.page.tsx'), 'BasesPage') },
    { path: 'socialorgs/bases/:id', element: page(() => import('./base.page.tsx'), 'BasePage') },
  ],
  menu: [
    {
      key: 'socialorgs.instructors',
      path: '/socialorgs/instructors',
      label: { 'zh-CN': '党建指导员', 'en-US': 'Party-building instructors' },
      icon: <FlagOutlined />,
      ability: 'socialorgs.read',
      order: 50,
    },
    {
      key: 'socialorgs.talents',
      path: '/socialorgs/talents',
      label: { 'zh-CN': '草根领袖与社工', 'en-US': 'Leaders and social workers' },
      icon: <IdcardOutlined />,
      ability: 'socialorgs.read',
      order: 51,
    },
    {
      key: 'socialorgs.bases',
      path: '/socialorgs/bases',
      label: { 'zh-CN': '总部基地与四联', 'en-US': 'Bases and four links' },
      icon: <ApartmentOutlined />,
      ability: 'socialorgs.read',
      order: 52,
    },
  ],
  messages: socialorgsSupportMessages,
};
export default socialorgsModule;
