/** 攻坚签约 pages: the drives, one drive (households, teams, confirmations, progress), the printable 攻坚日报. */
import { FlagOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const campaignsModule: WebModule = {
  id: 'campaigns',
  title: { 'zh-CN': '攻坚签约', 'en-US': 'Sign-up drives' },
  routes: [
    { path: 'campaigns', element: page(() => import('./campaigns.page.tsx'), 'CampaignsPage') },
    { path: 'campaigns/:id', element: page(() => import('./campaign.page.tsx'), 'CampaignPage') },
  ],
  menu: [
    {
      key: 'campaigns',
      path: '/campaigns',
      label: { 'zh-CN': '攻坚签约', 'en-US': 'Sign-up drives' },
      icon: <FlagOutlined />,
      ability: 'campaigns.read',
      order: 59,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
  publicRoutes: [
    {
      path: '/print/campaigns-bulletin/:id',
      element: page(() => import('./bulletin.page.tsx'), 'BulletinPrintPage'),
    },
  ],
};
export default campaignsModule;
