/** Subtree roots: a set of node paths with none inside another. */

/** The minimal roots of some paths: duplicates and any path inside another are dropped, sorted. */
export function minimalRoots(paths: string[]): string[] {
  const s = [...new Set(paths)].sort();
  return s.filter((p, i) => !s.slice(0, i).some((q) => p.startsWith(q)));
}
