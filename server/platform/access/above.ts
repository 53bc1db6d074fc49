/** The nodes above an actor's scope, where rows published higher up reach them. */
import { scopePaths, type Actor } from './access.ts';

/**
 * The nodes on the way down to each of the actor's grants for an action (not the grants' own
 * nodes): an item or activity published on one of them reaches the actor.
 */
export function pathsAbove(actor: Actor | null, action: string): string[] {
  const out = new Set<string>();
  for (const root of scopePaths(actor, action)) {
    const ids = root.split('/').filter(Boolean);
    for (let i = 1; i < ids.length; i++) out.add(`/${ids.slice(0, i).join('/')}/`);
  }
  return [...out];
}
