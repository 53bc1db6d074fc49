/**
 * Party-organisation quality pages (seed 004, Luohu): activities planned by 5W1H and recorded, the
 * 主题党日 menu, grading by results, and the secretaries' yearly reports.
 */
import { AuditOutlined, FlagOutlined, TrophyOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { partyorgsMessages } from './partyorgs.messages.ts';

const partyorgsModule: WebModule = {
  id: 'partyorgs',
  routes: [
    { path: 'partyorgs', element: page(() => import('./activities.page.tsx'), 'ActivitiesPage') },
    { path: 'partyorgs/grades', element: page(() => import('./grades.page.tsx'), 'GradesPage') },
    { path: 'partyorgs/reports', element: page(() => import('./grades.page.tsx'), 'ReportsPage') },
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
  ],
  messages: partyorgsMessages,
};
export default partyorgsModule;
