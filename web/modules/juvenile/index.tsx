/** 未成年人保护与帮教 pages: the cases with the year's figures, one case (matching, sessions, closing), the report. */
import { SafetyOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const juvenileModule: WebModule = {
  id: 'juvenile',
  title: { 'zh-CN': '未成年人帮教', 'en-US': 'Juvenile protection' },
  routes: [
    { path: 'juvenile', element: page(() => import('./cases.page.tsx'), 'CasesPage') },
    { path: 'juvenile/cases/:id', element: page(() => import('./case.page.tsx'), 'CasePage') },
    { path: 'juvenile/cases/:id/report', element: page(() => import('./report.page.tsx'), 'ReportPage') },
  ],
  menu: [
    {
      key: 'juvenile.cases',
      path: '/juvenile',
      label: { 'zh-CN': '未成年人帮教', 'en-US': 'Juvenile protection' },
      icon: <SafetyOutlined />,
      ability: 'juvenile.read',
      order: 60,
    },
  ],
  // the pages add their own messages when they load (juvenile.shared.tsx)
};
export default juvenileModule;
