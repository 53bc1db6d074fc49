/** Mediation 矛盾纠纷调解 (seed 003, Futian): cases, one case, rooms and the 331 steps, figures. */
import { AuditOutlined, BarChartOutlined, ShopOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { CasePage } from './case.page.tsx';
import { CasesPage } from './cases.page.tsx';
import { mediationMessages } from './mediation.messages.ts';
import { FiguresPage, RoomsPage } from './rooms.page.tsx';

const mediationModule: WebModule = {
  id: 'mediation',
  routes: [
    { path: 'mediation', element: <CasesPage /> },
    { path: 'mediation/cases/:id', element: <CasePage /> },
    { path: 'mediation/rooms', element: <RoomsPage /> },
    { path: 'mediation/figures', element: <FiguresPage /> },
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
