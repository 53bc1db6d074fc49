/**
 * Volunteering 志愿服务: activities, sign-up and QR check-in/out on phones, the organiser's QR
 * code and hours to confirm, a volunteer's stars and printable certificate, teams; and the
 * volunteer section of every community's public page.
 */
import { HeartOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { lazySection, registerCommunitySection } from '../council/slots.ts';
import { volunteersMessages } from './volunteers.messages.ts';

registerCommunitySection({
  key: 'volunteers',
  order: 40,
  render: lazySection(() => import('./public.section.tsx'), 'PublicVolunteersSection'),
});

const volunteersModule: WebModule = {
  id: 'volunteers',
  routes: [
    { path: 'volunteers', element: page(() => import('./activities.page.tsx'), 'ActivitiesPage') },
    { path: 'volunteers/me', element: page(() => import('./me.page.tsx'), 'MyVolunteeringPage') },
    { path: 'volunteers/teams', element: page(() => import('./me.page.tsx'), 'TeamsPage') },
    {
      path: 'volunteers/activities/:id',
      element: page(() => import('./activities.page.tsx'), 'ActivityPage'),
    },
    { path: 'volunteers/checkin/:id', element: page(() => import('./activities.page.tsx'), 'CheckinPage') },
  ],
  menu: [
    {
      key: 'volunteers',
      path: '/volunteers',
      label: { 'zh-CN': '志愿服务', 'en-US': 'Volunteering' },
      icon: <HeartOutlined />,
      ability: 'volunteers.read',
      order: 10,
    },
  ],
  messages: volunteersMessages,
  publicRoutes: [
    {
      path: '/print/volunteer-certificate',
      element: page(() => import('./me.page.tsx'), 'CertificatePrintPage'),
    },
  ],
};
export default volunteersModule;
