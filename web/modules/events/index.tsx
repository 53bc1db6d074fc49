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
import type { WebModule } from '../../app/types.ts';
import { eventsMessages } from './messages.ts';
import EventsPage from './EventsPage.tsx';
import EventDetailPage from './EventDetailPage.tsx';
import MyReportsPage from './MyReportsPage.tsx';
import ResidentReportPage from './ResidentReportPage.tsx';
import PreventionPage from './PreventionPage.tsx';
import SettingsPage from './SettingsPage.tsx';

const m = eventsMessages;
const label = (key: string) => ({
  'zh-CN': m['zh-CN'][key as keyof (typeof m)['zh-CN']],
  'en-US': m['en-US'][key as keyof (typeof m)['en-US']],
});

const eventsModule: WebModule = {
  id: 'events',
  messages: eventsMessages,
  routes: [
    { path: 'events', element: <EventsPage /> },
    { path: 'events/mine', element: <MyReportsPage /> },
    { path: 'events/report', element: <ResidentReportPage /> },
    { path: 'events/prevention', element: <PreventionPage /> },
    { path: 'events/settings', element: <SettingsPage /> },
    { path: 'events/:id', element: <EventDetailPage /> },
    // the addresses these pages had under the grid module, for bookmarks and notices sent before
    { path: 'grid/events', element: <EventsPage /> },
    { path: 'grid/events/:id', element: <EventDetailPage /> },
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
