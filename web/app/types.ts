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
  routes: RouteObject[];
  menu: MenuEntry[];
  messages?: { 'zh-CN': Record<string, string>; 'en-US': Record<string, string> };
  /** Routes reachable without login (public pages), outside the app layout. */
  publicRoutes?: RouteObject[];
}
