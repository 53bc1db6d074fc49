/**
 * Mobile party member pages (seed 001, Beilun): the register and its five clears, the monthly
 * inflow and outflow tables with chart and map, return codes and vanguard teams, a member's own
 * records, and the phone page a return code opens.
 */
import { AimOutlined, BarChartOutlined, QrcodeOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { CodesPage } from './codes.page.tsx';
import { FlowsPage } from './flows.page.tsx';
import { partymembersMessages } from './partymembers.messages.ts';
import { MemberPage, MinePage, RegisterPage } from './register.page.tsx';
import { ReturnPage } from './return.page.tsx';

const partymembersModule: WebModule = {
  id: 'partymembers',
  routes: [
    { path: 'partymembers', element: <RegisterPage /> },
    { path: 'partymembers/members/:id', element: <MemberPage /> },
    { path: 'partymembers/flows', element: <FlowsPage /> },
    { path: 'partymembers/codes', element: <CodesPage /> },
    { path: 'partymembers/mine', element: <MinePage /> },
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
  publicRoutes: [{ path: '/m/return/:token', element: <ReturnPage /> }],
};
export default partymembersModule;
