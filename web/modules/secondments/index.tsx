/** 基层一线实践锻炼 and 专项考察: batches, streets, cadres' logs and ratings, special assessments. */
import { FlagOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const secondmentsModule: WebModule = {
  id: 'secondments',
  title: { 'zh-CN': '一线实践锻炼', 'en-US': 'Front-line secondments' },
  routes: [{ path: 'secondments', element: page(() => import('./secondments.page.tsx'), 'SecondmentsPage') }],
  menu: [
    {
      key: 'secondments',
      path: '/secondments',
      label: { 'zh-CN': '一线实践锻炼', 'en-US': 'Front-line secondments' },
      icon: <FlagOutlined />,
      ability: 'secondments.read',
      order: 36,
    },
  ],
  // the pages add their own messages when they load (web/app/i18n.tsx), so the first load stays small
};
export default secondmentsModule;
