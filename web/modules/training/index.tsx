/** 领雁学苑 pages: classes with QR check-in, the curriculum and teacher pools, forums, exams, certificates, my record. */
import {
  AimOutlined,
  ApartmentOutlined,
  BookOutlined,
  CommentOutlined,
  FileDoneOutlined,
  ReadOutlined,
  SolutionOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { trainingWebMessages } from './training.messages.ts';

const trainingModule: WebModule = {
  id: 'training',
  routes: [
    { path: 'training', element: page(() => import('./classes.page.tsx'), 'ClassesPage') },
    { path: 'training/classes/:id', element: page(() => import('./classes.page.tsx'), 'ClassPage') },
    { path: 'training/checkin', element: page(() => import('./classes.page.tsx'), 'CheckinPage') },
    { path: 'training/courses', element: page(() => import('./academy.page.tsx'), 'AcademyPage') },
    { path: 'training/forums', element: page(() => import('./academy.page.tsx'), 'ForumsPage') },
    { path: 'training/exams', element: page(() => import('./exams.page.tsx'), 'ExamsPage') },
    { path: 'training/exams/:id/take', element: page(() => import('./exams.page.tsx'), 'TakeExamPage') },
    { path: 'training/certificates/:id', element: page(() => import('./exams.page.tsx'), 'CertificatePage') },
    { path: 'training/record', element: page(() => import('./exams.page.tsx'), 'RecordPage') },
    { path: 'training/awards', element: page(() => import('./awards.page.tsx'), 'AwardsPage') },
    { path: 'training/tracks', element: page(() => import('./tracks.page.tsx'), 'TracksPage') },
    { path: 'training/tracks/mine', element: page(() => import('./tracks.page.tsx'), 'MyTracksPage') },
  ],
  publicRoutes: [
    {
      path: '/print/teacher-award/:id',
      element: page(() => import('./awards.page.tsx'), 'TeacherAwardPrintPage'),
    },
  ],
  menu: [
    {
      key: 'training',
      path: '/training',
      label: { 'zh-CN': '领雁学苑', 'en-US': 'Academy' },
      icon: <ReadOutlined />,
      ability: 'training.read',
      order: 62,
    },
    {
      key: 'training.courses',
      path: '/training/courses',
      label: { 'zh-CN': '五力十课与师资', 'en-US': 'Curriculum' },
      icon: <BookOutlined />,
      ability: 'training.read',
      order: 63,
    },
    {
      key: 'training.forums',
      path: '/training/forums',
      label: { 'zh-CN': '头雁论坛', 'en-US': 'Forums' },
      icon: <CommentOutlined />,
      ability: 'training.read',
      order: 64,
    },
    {
      key: 'training.exams',
      path: '/training/exams',
      label: { 'zh-CN': '考试', 'en-US': 'Exams' },
      icon: <FileDoneOutlined />,
      ability: 'training.read',
      order: 65,
    },
    {
      key: 'training.record',
      path: '/training/record',
      label: { 'zh-CN': '我的学习档案', 'en-US': 'My record' },
      icon: <SolutionOutlined />,
      ability: 'training.learn',
      order: 66,
    },
    {
      key: 'training.awards',
      path: '/training/awards',
      label: { 'zh-CN': '教师激励', 'en-US': 'Teachers’ awards' },
      icon: <TrophyOutlined />,
      ability: 'training.read',
      order: 67,
    },
    {
      key: 'training.tracks',
      path: '/training/tracks',
      label: { 'zh-CN': '分类培训计划', 'en-US': 'Training per track' },
      icon: <ApartmentOutlined />,
      ability: 'training.manage',
      order: 68,
    },
    {
      key: 'training.tracks.mine',
      path: '/training/tracks/mine',
      label: { 'zh-CN': '我的培训计划', 'en-US': 'My training plan' },
      icon: <AimOutlined />,
      ability: 'training.learn',
      order: 69,
    },
  ],
  messages: trainingWebMessages,
};
export default trainingModule;
