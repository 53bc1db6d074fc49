/**
 * Mobile party member pages (seed 001, Beilun): the register and its five clears, the monthly
 * inflow and outflow tables with chart and map, return codes and vanguard teams, a member's own
 * records, and the phone page a return code opens.
 */
import {
  AimOutlined,
  BarChartOutlined,
  PhoneOutlined,
  QrcodeOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { pairingMessages } from './pairing.messages.ts';
import { partymembersMessages } from './partymembers.messages.ts';

const partymembersModule: WebModule = {
  id: 'partymembers',
  routes: [
    { path: 'partymembers', element: page(() => import('./register.page.tsx'), 'RegisterPage') },
    { path: 'partymembers/members/:id', element: page(() => import('./register.page.tsx'), 'MemberPage') },
    { path: 'partymembers/flows', element: page(() => import('./flows.page.tsx'), 'FlowsPage') },
    { path: 'partymembers/codes', element: page(() => import('./codes.page.tsx'), 'CodesPage') },
    { path: 'partymembers/mine', element: page(() => import('./register.page.tsx'), 'MinePage') },
    { path: 'partymembers/pairing', element: page(() => import('./pairing.page.tsx'), 'PairingPage') },
    { path: 'partymembers/pairing/mine', element: page(() => import('./pair.page.tsx'), 'MyPairsPage') },
    { path: 'partymembers/pairing/pairs/:id', element: page(() => import('./pair.page.tsx'), 'PairPage') },
  ],
  menu: [
    {
      key: 'partymembers.register',
      path: '/partymembers',
      label: { 'zh-CN': '流动党员', 'en-US': 'Mobile party members' },
      icon: <UserSwitchOutlined />,
      ability: 'partymembers.read',
      order: 60,
    },
    {
      key: 'partymembers.flows',
      path: '/partymembers/flows',
      label: { 'zh-CN': '流入流出月报', 'en-US': 'Monthly inflow/outflow' },
      icon: <BarChartOutlined />,
      ability: 'partymembers.read',
      order: 61,
    },
    {
      key: 'partymembers.codes',
      path: '/partymembers/codes',
      label: { 'zh-CN': '归队码·先锋队', 'en-US': 'Return codes, teams' },
      icon: <QrcodeOutlined />,
      ability: 'partymembers.read',
      order: 62,
    },
    {
      key: 'partymembers.mine',
      path: '/partymembers/mine',
      label: { 'zh-CN': '我的流动登记', 'en-US': 'My mobile records' },
      icon: <AimOutlined />,
      ability: 'partymembers.own',
      order: 63,
    },
    {
      key: 'partymembers.pairing',
      path: '/partymembers/pairing',
      label: { 'zh-CN': '结对联系', 'en-US': 'Keeping in touch' },
      icon: <TeamOutlined />,
      ability: 'partymembers.read',
      order: 63.5,
    },
    {
      key: 'partymembers.pairing.mine',
      path: '/partymembers/pairing/mine',
      label: { 'zh-CN': '我联系的流动党员', 'en-US': 'Members I keep in touch with' },
      icon: <PhoneOutlined />,
      ability: 'partymembers.contact',
      order: 63.6,
    },
  ],
  messages: {
    'zh-CN': { ...partymembersMessages['zh-CN'], ...pairingMessages['zh-CN'] },
    'en-US': { ...partymembersMessages['en-US'], ...pairingMessages['en-US'] },
  },
  publicRoutes: [
    { path: '/m/return/:token', element: page(() => import('./return.page.tsx'), 'ReturnPage') },
  ],
};
export default partymembersModule;
