/** Mediation 矛盾纠纷调解 (seed 003, Futian): cases, one case, rooms and the 331 steps, figures. */
import { AuditOutlined, BarChartOutlined, ShopOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { mediationMessages } from './mediation.messages.ts';

const mediationModule: WebModule = {
  id: 'mediation',
  routes: [
    { path: 'mediation', element: page(() => import('./cases.page.tsx'), 'CasesPage') },
    { path: 'mediation/cases/:id', element: page(() => import('./case.page.tsx'), 'CasePage') },
    { path: 'mediation/rooms', element: page(() => import('./rooms.page.tsx'), 'RoomsPage') },
    { path: 'mediation/figures', element: page(() => import('./rooms.page.tsx'), 'FiguresPage') },
  ],
  menu: [
    {
      key: 'mediation.cases',
      path: '/mediation',
      label: { 'zh-CN': '矛盾纠纷调解', 'en-US': 'Mediation' },
      icon: <AuditOutlined />,
      ability: 'mediation.read',
      order: 55,
    },
    {
      key: 'mediation.rooms',
      path: '/mediation/rooms',
      label: { 'zh-CN': '人民调解室', 'en-US': 'Mediation rooms' },
      icon: <ShopOutlined />,
      ability: 'mediation.read',
      order: 56,
    },
    {
      key: 'mediation.figures',
      path: '/mediation/figures',
      label: { 'zh-CN': '调解成效', 'en-US': 'Mediation figures' },
      icon: <BarChartOutlined />,
      ability: 'mediation.export',
      order: 57,
    },
  ],
  messages: mediationMessages,
};
export default mediationModule;
