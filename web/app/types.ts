/** The contract between the web shell and each module's pages. */
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';

/** A text in both languages, Chinese first. */
export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

/** One entry of the side menu; shown only when the user has the ability (if one is named). */
export interface MenuEntry {
  key: string;
  path: string;
  label: Bilingual;
  icon?: ReactNode;
  /** An action name from the server's abilities list, e.g. 'people.read'. */
  ability?: string;
  /** Sort position in the menu (lower first). */
  order?: number;
}

/** What web/modules/<m>/index.tsx exports as default. The shell loads every module it finds. */
export interface WebModule {
  id: string;
  /**
   * The module's name, a heading where the home page groups to-dos and dashboard figures by
   * module (the server's `module` field). Without it the module's first menu label is used.
   */
  title?: Bilingual;
  /**
   * The pages inside the app layout. Name each page with page(() => import('./x.page.tsx'), 'X')
   * from app/lazy.tsx, so its code loads only when the route is shown (the login page's first
   * load is checked against a size limit in CI, scripts/bundle-size.test.ts).
   */
  routes: RouteObject[];
  menu: MenuEntry[];
  messages?: { 'zh-CN': Record<string, string>; 'en-US': Record<string, string> };
  /** Routes reachable without login (public pages), outside the app layout. */
  publicRoutes?: RouteObject[];
}
