/** Every page module under web/modules/*: found at build time, its messages merged once. */
import { addMessages } from './i18n.tsx';
import type { MenuEntry, WebModule } from './types.ts';

const found = import.meta.glob<{ default: WebModule }>('../modules/*/index.tsx', { eager: true });

/** The loaded modules, in a stable order (by folder name). */
export const webModules: WebModule[] = Object.keys(found)
  .sort()
  .map((k) => found[k].default)
  .filter((m): m is WebModule => !!m && Array.isArray(m.routes));

for (const m of webModules) if (m.messages) addMessages(m.messages);

/** The side menu entries of all modules, ordered. */
export const menuEntries: MenuEntry[] = webModules
  .flatMap((m) => m.menu)
  .sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.key.localeCompare(b.key));
