/** Cadre assessment 干部考核 pages: my assessment, the cycle board, the unit's review, a sheet, results, a cadre's page, the library. */
import {
  AimOutlined,
  AuditOutlined,
  DashboardOutlined,
  SolutionOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { assessmentMessages } from './assessment.messages.ts';
import { BoardPage, ReviewPage, SheetPage } from './board.page.tsx';
import { FieldPage } from './field.page.tsx';
import { IndicatorsPage } from './indicators.page.tsx';
import { MyAssessmentPage } from './me.page.tsx';
import { PersonPage, ResultsPage } from './results.page.tsx';

const assessmentModule: WebModule = {
  id: 'assessment',
  routes: [
    { path: 'assessment/me', element: <MyAssessmentPage /> },
    { path: 'assessment/me/:id', element: <MyAssessmentPage /> },
    { path: 'assessment/board', element: <BoardPage /> },
    { path: 'assessment/review', element: <ReviewPage /> },
    { path: 'assessment/sheets/:id', element: <SheetPage /> },
    { path: 'assessment/results', element: <ResultsPage /> },
    { path: 'assessment/reports', element: <ResultsPage /> },
    { path: 'assessment/points', element: <ResultsPage /> },
    { path: 'assessment/months', element: <ResultsPage /> },
    { path: 'assessment/rotation', element: <ResultsPage /> },
    { path: 'assessment/people/:personId', element: <PersonPage /> },
    { path: 'assessment/indicators', element: <IndicatorsPage /> },
    { path: 'assessment/field', element: <FieldPage /> },
  ],
  menu: [
    {
      key: 'assessment.me',
      path: '/assessment/me',
      label: { 'zh-CN': '我的考核', 'en-US': 'My assessment' },
      icon: <UserOutlined />,
      ability: 'assessment.self',
      order: 30,
    },
    {
      key: 'assessment.board',
      path: '/assessment/board',
      label: { 'zh-CN': '考核看板', 'en-US': 'Assessment board' },
      icon: <DashboardOutlined />,
      ability: 'assessment.read',
      order: 31,
    },
    {
      key: 'assessment.review',
      path: '/assessment/review',
      label: { 'zh-CN': '考核审核', 'en-US': 'Sheet review' },
      icon: <AuditOutlined />,
      ability: 'assessment.review',
      order: 32,
    },
    {
      key: 'assessment.results',
      path: '/assessment/results',
      label: { 'zh-CN': '考核结果运用', 'en-US': 'Results and rankings' },
      icon: <TrophyOutlined />,
      ability: 'assessment.read',
      order: 33,
    },
    {
      key: 'assessment.indicators',
      path: '/assessment/indicators',
      label: { 'zh-CN': '考核指标库', 'en-US': 'Indicator library' },
      icon: <UnorderedListOutlined />,
      ability: 'assessment.read',
      order: 34,
    },
    {
      key: 'assessment.field',
      path: '/assessment/field',
      label: { 'zh-CN': '双点与加减分', 'en-US': 'Field points and entries' },
      icon: <AimOutlined />,
      ability: 'assessment.review',
      order: 34.5,
    },
    {
      key: 'assessment.file',
      path: '/assessment/results',
      label: { 'zh-CN': '干部画像', 'en-US': 'Cadre portraits' },
      icon: <SolutionOutlined />,
      ability: 'assessment.manage',
      order: 35,
    },
  ],
  messages: assessmentMessages,
};
export default assessmentModule;
