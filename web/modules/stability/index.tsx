/** 重大决策社会稳定风险评估 pages: the register, a decision with its assessment, the printable report, the catalogue. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const stabilityModule: WebModule = {
  id: 'stability',
  title: { 'zh-CN': '重大决策稳评', 'en-US': 'Decision risk assessment' },
  routes: [
    { path: 'stability', element: page(() => import('./register.page.tsx'), 'RegisterPage') },
    { path: 'stability/catalogue', element: page(() => import('./catalogue.page.tsx'), 'CataloguePage') },
    { path: 'stability/decisions/:id', element: page(() => import('./decision.page.tsx'), 'DecisionPage') },
    {
      path: 'stability/decisions/:id/report',
      element: page(() => import('./report.page.tsx'), 'ReportPage'),
    },
  ],
  menu: [
    {
      key: 'stability.register',
      path: '/stability',
      label: { 'zh-CN': '重大决策稳评', 'en-US': 'Decision risk assessment' },
      icon: <SafetyCertificateOutlined />,
      ability: 'stability.read',
      order: 59,
    },
  ],
  // the pages add their own messages when they load (stability.shared.tsx), so the first load stays small
};
export default stabilityModule;
