/**
 * Mobile party member pages (seed 001, Beilun): the register and its five clears, the monthly
 * inflow and outflow tables with chart and map, return codes and vanguard teams, a member's own
 * records, and the phone page a return code opens.
 */
import { AimOutlined, BarChartOutlined, QrcodeOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { partymembersMessages } from './partymembers.messages.ts';

const partymembersModule: WebModule = {
  id: 'partymembers',
  routes: [
    { path: 'partymembers', element: page(() => import('./register.page.tsx'), 'RegisterPage') },
    { path: 'partymembers/members/:id', element: page(() => import('./register.page.tsx'), 'MemberPage') },
    { path: 'partymembers/flows', element: page(() => import('./flows.page.tsx'), 'FlowsPage') },
    { path: 'partymembers/codes', element: page(() => import('./codes.page.tsx'), 'CodesPage') },
    { path: 'partymembers/mine', element: page(() => import('./register.page.tsx'), 'MinePage') },
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
  ],
  messages: partymembersMessages,
  publicRoutes: [
    { path: '/m/return/:token', element: page(() => import('./return.page.tsx'), 'ReturnPage') },
  ],
};
export default partymembersModule;
