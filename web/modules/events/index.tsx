/**
 * The events pages 事件: the inbox of officers and departments, one event with its lifecycle,
 * a reporter's own reports with their progress, a resident's report by place, prevention items
 * and the district's events settings.
 */
import {
  InboxOutlined,
  FileSearchOutlined,
  FormOutlined,
  SafetyOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { eventsMessages } from './messages.ts';

const m = eventsMessages;
const label = (key: string) => ({
  'zh-CN': m['zh-CN'][key as keyof (typeof m)['zh-CN']],
  'en-US': m['en-US'][key as keyof (typeof m)['en-US']],
});

const eventsModule: WebModule = {
  id: 'events',
  messages: eventsMessages,
  routes: [
    { path: 'events', element: page(() => import('./EventsPage.tsx')) },
    { path: 'events/mine', element: page(() => import('./MyReportsPage.tsx')) },
    { path: 'events/report', element: page(() => import('./ResidentReportPage.tsx')) },
    { path: 'events/prevention', element: page(() => import('./PreventionPage.tsx')) },
    { path: 'events/settings', element: page(() => import('./SettingsPage.tsx')) },
    { path: 'events/:id', element: page(() => import('./EventDetailPage.tsx')) },
    // the addresses these pages had under the grid module, for bookmarks and notices sent before
    { path: 'grid/events', element: page(() => import('./EventsPage.tsx')) },
    { path: 'grid/events/:id', element: page(() => import('./EventDetailPage.tsx')) },
  ],
  menu: [
    {
      key: 'events-inbox',
      path: '/events',
      label: label('ev.menu.events'),
      icon: <InboxOutlined />,
      ability: 'events.read',
      order: 40,
    },
    {
      key: 'events-inbox-dept',
      path: '/events',
      label: label('ev.menu.events'),
      icon: <InboxOutlined />,
      ability: 'events.handle',
      order: 40,
    },
    {
      key: 'events-report',
      path: '/events/report',
      label: label('ev.menu.report'),
      icon: <FormOutlined />,
      ability: 'events.report',
      order: 4,
    },
    {
      key: 'events-mine',
      path: '/events/mine',
      label: label('ev.menu.mine'),
      icon: <FileSearchOutlined />,
      ability: 'events.report',
      order: 5,
    },
    {
      key: 'events-prevention',
      path: '/events/prevention',
      label: label('ev.menu.prevention'),
      icon: <SafetyOutlined />,
      ability: 'events.read',
      order: 44,
    },
    {
      key: 'events-settings',
      path: '/events/settings',
      label: label('ev.menu.settings'),
      icon: <SettingOutlined />,
      ability: 'events.configure',
      order: 91,
    },
  ],
};

/** The events module as the shell loads it. */
export default eventsModule;
