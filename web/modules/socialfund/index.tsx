/** 专项资金 pages: funds and rounds (a chart per round), a round's ranked applications, an application, the public list. */
import { FundOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const socialfundModule: WebModule = {
  id: 'socialfund',
  title: { 'zh-CN': '专项资金', 'en-US': 'Funds' },
  routes: [
    { path: 'socialfund', element: page(() => import('./funds.page.tsx'), 'FundsPage') },
    { path: 'socialfund/rounds/:id', element: page(() => import('./round.page.tsx'), 'RoundPage') },
    {
      path: 'socialfund/applications/:id',
      element: page(() => import('./application.page.tsx'), 'ApplicationPage'),
    },
  ],
  menu: [
    {
      key: 'socialfund.funds',
      path: '/socialfund',
      label: { 'zh-CN': '专项资金', 'en-US': 'Funds' },
      icon: <FundOutlined />,
      ability: 'socialfund.read',
      order: 59,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
  publicRoutes: [
    { path: '/socialfund-public/:id', element: page(() => import('./public.page.tsx'), 'PublishedPage') },
    {
      path: '/print/socialfund-agreement/:id',
      element: page(() => import('./agreement.page.tsx'), 'AgreementPrintPage'),
    },
  ],
};
export default socialfundModule;
