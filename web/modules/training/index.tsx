/** 领雁学苑 pages: classes with QR check-in, the curriculum and teacher pools, forums, exams, certificates, my record. */
import {
  BookOutlined,
  CommentOutlined,
  FileDoneOutlined,
  ReadOutlined,
  SolutionOutlined,
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
  ],
  messages: trainingWebMessages,
};
export default trainingModule;
