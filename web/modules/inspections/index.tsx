/** Inspections 巡察 (seed 004): rounds, problems, feedback letters and rectification, on one page. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const inspectionsModule: WebModule = {
  id: 'inspections',
  title: { 'zh-CN': '巡察整改', 'en-US': 'Inspections' },
  routes: [{ path: 'inspections', element: page(() => import('./inspections.page.tsx'), 'InspectionsPage') }],
  menu: [
    {
      key: 'inspections',
      path: '/inspections',
      label: { 'zh-CN': '巡察整改', 'en-US': 'Inspections' },
      icon: <SafetyCertificateOutlined />,
      ability: 'inspections.read',
      order: 58,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx); the inbox has the notices' tags
};
export default inspectionsModule;
