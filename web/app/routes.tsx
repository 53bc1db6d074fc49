/**
 * The routes of every module (the registry, web/app/modules.ts): fetched by the router after the
 * login page, on the first navigation to any other address (web/app/shell.tsx), so the login page's
 * first load carries neither the modules' menus nor their message tables.
 */
import type { RouteObject } from 'react-router';
import { page } from './lazy.tsx';
import { webModules } from './modules.ts';

/** The public pages (outside the app layout) of every module but those the shell already knows. */
export function publicRoutes(known: ReadonlySet<string>): RouteObject[] {
  return webModules.filter((m) => !known.has(m.id)).flatMap((m) => m.publicRoutes ?? []);
}

/** The pages inside the app layout: every module's routes, the landing page and "not found". */
export function layoutRoutes(): RouteObject[] {
  return [
    // a module may own the landing page (web/modules/home); else the first menu entry opens
    ...(webModules.some((m) => m.routes.some((r) => r.index))
      ? []
      : [{ index: true, element: page(() => import('./shell-pages.tsx'), 'FirstEntry') }]),
    ...webModules.flatMap((m) => m.routes),
    { path: '*', element: page(() => import('./shell-pages.tsx'), 'NotFound') },
  ];
}
