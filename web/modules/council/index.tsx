/**
 * Council pages: topics and the six steps (phones first), raising a topic, the council desk,
 * meetings, councils and members, and the public community and topic pages (no login).
 */
import { CommentOutlined, ControlOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { BodiesPage } from './bodies.page.tsx';
import { councilMessages } from './council.messages.ts';
import { MeetingPage, MeetingsPage } from './meetings.page.tsx';
import { ModerationPage } from './moderation.page.tsx';
import { PublicCommunityPage, PublicIndexPage, PublicTopicPage } from './public.page.tsx';
import { TopicPage } from './topic.page.tsx';
import { RaisePage, TopicsPage } from './topics.page.tsx';

export { registerCommunitySection, type CommunitySection } from './slots.ts';

const councilModule: WebModule = {
  id: 'council',
  routes: [
    { path: 'council', element: <TopicsPage /> },
    { path: 'council/new', element: <RaisePage /> },
    { path: 'council/topics/:id', element: <TopicPage /> },
    { path: 'council/moderation', element: <ModerationPage /> },
    { path: 'council/meetings', element: <MeetingsPage /> },
    { path: 'council/meetings/:id', element: <MeetingPage /> },
    { path: 'council/bodies', element: <BodiesPage /> },
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
    { path: '/public', element: <PublicIndexPage /> },
    { path: '/public/c/:id', element: <PublicCommunityPage /> },
    { path: '/public/t/:id', element: <PublicTopicPage /> },
  ],
};
export default councilModule;
