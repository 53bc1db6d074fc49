/**
 * Council pages: topics and the six steps (phones first), raising a topic, the council desk,
 * meetings, councils and members, and the public community and topic pages (no login).
 */
import { CommentOutlined, ControlOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { councilMessages } from './council.messages.ts';

export { registerCommunitySection, type CommunitySection } from './slots.ts';

const councilModule: WebModule = {
  id: 'council',
  routes: [
    { path: 'council', element: page(() => import('./topics.page.tsx'), 'TopicsPage') },
    { path: 'council/new', element: page(() => import('./topics.page.tsx'), 'RaisePage') },
    { path: 'council/topics/:id', element: page(() => import('./topic.page.tsx'), 'TopicPage') },
    { path: 'council/moderation', element: page(() => import('./moderation.page.tsx'), 'ModerationPage') },
    { path: 'council/meetings', element: page(() => import('./meetings.page.tsx'), 'MeetingsPage') },
    { path: 'council/meetings/:id', element: page(() => import('./meetings.page.tsx'), 'MeetingPage') },
    { path: 'council/bodies', element: page(() => import('./bodies.page.tsx'), 'BodiesPage') },
  ],
  menu: [
    {
      key: 'council.topics',
      path: '/council',
      label: { 'zh-CN': '居民议事厅', 'en-US': 'Council' },
      icon: <CommentOutlined />,
      ability: 'council.read',
      order: 6,
    },
    {
      key: 'council.moderation',
      path: '/council/moderation',
      label: { 'zh-CN': '议事管理', 'en-US': 'Council desk' },
      icon: <ControlOutlined />,
      ability: 'council.moderate',
      order: 45,
    },
    {
      key: 'council.meetings',
      path: '/council/meetings',
      label: { 'zh-CN': '议事会议', 'en-US': 'Council meetings' },
      icon: <ScheduleOutlined />,
      ability: 'council.read',
      order: 46,
    },
    {
      key: 'council.bodies',
      path: '/council/bodies',
      label: { 'zh-CN': '议事机构', 'en-US': 'Councils' },
      icon: <TeamOutlined />,
      ability: 'council.read',
      order: 47,
    },
  ],
  messages: councilMessages,
  publicRoutes: [
    { path: '/public', element: page(() => import('./public.page.tsx'), 'PublicIndexPage') },
    { path: '/public/c/:id', element: page(() => import('./public.page.tsx'), 'PublicCommunityPage') },
    { path: '/public/t/:id', element: page(() => import('./public.page.tsx'), 'PublicTopicPage') },
  ],
};
export default councilModule;
