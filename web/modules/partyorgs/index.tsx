/**
 * Party-organisation quality pages (seed 004, Luohu): activities planned by 5W1H and recorded, the
 * 主题党日 menu, grading by results, the secretaries' yearly reports, and the temporary party
 * organisations of major projects with their lifetime.
 */
import { AuditOutlined, ClockCircleOutlined, FlagOutlined, TrophyOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { partyorgsMessages } from './partyorgs.messages.ts';

const partyorgsModule: WebModule = {
  id: 'partyorgs',
  routes: [
    { path: 'partyorgs', element: page(() => import('./activities.page.tsx'), 'ActivitiesPage') },
    { path: 'partyorgs/grades', element: page(() => import('./grades.page.tsx'), 'GradesPage') },
    { path: 'partyorgs/reports', element: page(() => import('./grades.page.tsx'), 'ReportsPage') },
    {
      path: 'partyorgs/temporary',
      element: page(() => import('./temporary.page.tsx'), 'TemporaryOrgsPage'),
    },
  ],
  menu: [
    {
      key: 'partyorgs.activities',
      path: '/partyorgs',
      label: { 'zh-CN': '党建活动', 'en-US': 'Party activities' },
      icon: <FlagOutlined />,
      ability: 'partyorgs.read',
      order: 64,
    },
    {
      key: 'partyorgs.grades',
      path: '/partyorgs/grades',
      label: { 'zh-CN': '质量等级评定', 'en-US': 'Quality grades' },
      icon: <TrophyOutlined />,
      ability: 'partyorgs.read',
      order: 65,
    },
    {
      key: 'partyorgs.reports',
      path: '/partyorgs/reports',
      label: { 'zh-CN': '书记述职评议', 'en-US': "Secretaries' reports" },
      icon: <AuditOutlined />,
      ability: 'partyorgs.read',
      order: 66,
    },
    {
      key: 'partyorgs.temporary',
      path: '/partyorgs/temporary',
      label: { 'zh-CN': '临时党组织', 'en-US': 'Temporary party orgs' },
      icon: <ClockCircleOutlined />,
      ability: 'org.party.write',
      order: 67,
    },
  ],
  messages: partyorgsMessages,
};
export default partyorgsModule;
