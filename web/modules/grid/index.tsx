/**
 * The grid governance pages 网格化治理: the grid worker's offline field app (due list, visits,
 * event reports, sync queue), civilisation patrols 文明巡查, the event inbox and detail for
 * officers and departments, the grid dashboard with its map, registers, visit cycles and Open311
 * keys. Registering this module also
 * starts the offline replay loop and the service worker that makes it an installable PWA.
 */
import {
  AlertOutlined,
  BorderOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FlagOutlined,
  ScheduleOutlined,
  SyncOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { gridMessages } from './grid.messages.ts';
import { startOutbox } from './outbox.ts';

if (typeof window !== 'undefined') {
  startOutbox();
  // the service worker only makes sense on the built app (the dev server rewrites modules on the fly).
  // The module registry loads after sign-in, usually after the page's load event: register at once then.
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => {});
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register);
  }
}

const m = gridMessages;
const label = (key: string) => ({ 'zh-CN': m['zh-CN'][key], 'en-US': m['en-US'][key] });

const gridModule: WebModule = {
  id: 'grid',
  messages: gridMessages,
  routes: [
    { path: 'grid/due', element: page(() => import('./due.page.tsx')) },
    { path: 'grid/report', element: page(() => import('./report.page.tsx')) },
    { path: 'grid/sync', element: page(() => import('./sync.page.tsx')) },
    { path: 'grid/dashboard', element: page(() => import('./dashboard.page.tsx')) },
    { path: 'grid/registers', element: page(() => import('./registers.page.tsx')) },
    { path: 'grid/cycles', element: page(() => import('./cycles.page.tsx')) },
    { path: 'grid/patrols', element: page(() => import('./patrols.page.tsx')) },
    { path: 'grid/standards', element: page(() => import('./standards.page.tsx')) },
    { path: 'grid/grids', element: page(() => import('./grids.page.tsx')) },
  ],
  menu: [
    {
      key: 'grid-due',
      path: '/grid/due',
      label: label('grid.menu.due'),
      icon: <ScheduleOutlined />,
      ability: 'grid.visit',
      order: 5,
    },
    {
      key: 'grid-report',
      path: '/grid/report',
      label: label('grid.menu.report'),
      icon: <AlertOutlined />,
      ability: 'events.report',
      order: 6,
    },
    {
      key: 'grid-sync',
      path: '/grid/sync',
      label: label('grid.menu.sync'),
      icon: <SyncOutlined />,
      ability: 'grid.visit',
      order: 7,
    },
    {
      key: 'grid-dashboard',
      path: '/grid/dashboard',
      label: label('grid.menu.dashboard'),
      icon: <DashboardOutlined />,
      ability: 'grid.read',
      order: 41,
    },
    {
      key: 'grid-dashboard-dept',
      path: '/grid/dashboard',
      label: label('grid.menu.dashboard'),
      icon: <DashboardOutlined />,
      ability: 'events.handle',
      order: 41,
    },
    {
      key: 'grid-registers',
      path: '/grid/registers',
      label: label('grid.menu.registers'),
      icon: <DatabaseOutlined />,
      ability: 'grid.read',
      order: 42,
    },
    {
      key: 'grid-cycles',
      path: '/grid/cycles',
      label: label('grid.menu.cycles'),
      icon: <CalendarOutlined />,
      ability: 'grid.read',
      order: 43,
    },
    {
      key: 'grid-patrols',
      path: '/grid/patrols',
      label: label('grid.menu.patrols'),
      icon: <FlagOutlined />,
      ability: 'grid.read',
      order: 8,
    },
    {
      key: 'grid-standards',
      path: '/grid/standards',
      label: label('grid.menu.standards'),
      icon: <TrophyOutlined />,
      ability: 'grid.read',
      order: 44,
    },
    {
      key: 'grid-grids',
      path: '/grid/grids',
      label: label('grid.menu.grids'),
      icon: <BorderOutlined />,
      ability: 'grid.manage',
      order: 45,
    },
  ],
};

/** The grid module as the shell loads it. */
export default gridModule;
