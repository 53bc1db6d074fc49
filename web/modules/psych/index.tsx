/** 社会心理服务体系 pages: the overview (points, screening), booking, the counsellor's sessions, the register, subsidies. */
import { HeartOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';

const psychModule: WebModule = {
  id: 'psych',
  title: { 'zh-CN': '社会心理服务', 'en-US': 'Psychological services' },
  routes: [
    { path: 'psych', element: page(() => import('./points.page.tsx'), 'PointsPage') },
    { path: 'psych/book', element: page(() => import('./book.page.tsx'), 'BookPage') },
    { path: 'psych/sessions', element: page(() => import('./sessions.page.tsx'), 'SessionsPage') },
    { path: 'psych/patients', element: page(() => import('./patients.page.tsx'), 'PatientsPage') },
    { path: 'psych/patients/:id', element: page(() => import('./patient.page.tsx'), 'PatientPage') },
    { path: 'psych/subsidies', element: page(() => import('./subsidies.page.tsx'), 'SubsidiesPage') },
  ],
  menu: [
    {
      key: 'psych.overview',
      path: '/psych',
      label: { 'zh-CN': '社会心理服务', 'en-US': 'Psychological services' },
      icon: <HeartOutlined />,
      ability: 'psych.read',
      order: 61,
    },
    {
      key: 'psych.book',
      path: '/psych/book',
      label: { 'zh-CN': '预约心理咨询', 'en-US': 'Book counselling' },
      icon: <HeartOutlined />,
      ability: 'psych.book',
      order: 61,
    },
    {
      key: 'psych.sessions',
      path: '/psych/sessions',
      label: { 'zh-CN': '心理咨询预约', 'en-US': 'Counselling bookings' },
      icon: <HeartOutlined />,
      ability: 'psych.counsel',
      order: 62,
    },
    {
      key: 'psych.patients',
      path: '/psych/patients',
      label: { 'zh-CN': '严重精神障碍患者', 'en-US': 'Severe mental disorders' },
      icon: <HeartOutlined />,
      ability: 'psych.patients',
      order: 63,
    },
    {
      key: 'psych.subsidies',
      path: '/psych/subsidies',
      label: { 'zh-CN': '服药补贴', 'en-US': 'Medication subsidies' },
      icon: <HeartOutlined />,
      ability: 'psych.subsidy.check',
      order: 64,
    },
    {
      key: 'psych.subsidies.street',
      path: '/psych/subsidies',
      label: { 'zh-CN': '服药补贴审批', 'en-US': 'Medication subsidies' },
      icon: <HeartOutlined />,
      ability: 'psych.subsidy.approve',
      order: 64,
    },
  ],
};
export default psychModule;
