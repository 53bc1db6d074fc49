/**
 * The public page of a community has a slot other modules fill (projects, the marketplace,
 * volunteer activities): a module registers a section at load, from its own web index.tsx:
 *
 *   registerCommunitySection({ key: 'projects', order: 20, render: (nodeId) => <ProjectsSection nodeId={nodeId} /> });
 */
import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** One section of a community's public page, rendered after the council's own. */
export interface CommunitySection {
  key: string;
  /** Lower first. */
  order: number;
  render: (communityId: string) => ReactNode;
}

const sections: CommunitySection[] = [];

/** Adds a section to every community's public page (once per key). */
export function registerCommunitySection(s: CommunitySection) {
  if (!sections.some((x) => x.key === s.key)) sections.push(s);
}

/** The registered sections, in order. */
export function communitySections(): CommunitySection[] {
  return [...sections].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/**
 * A section's render whose component is fetched when a public page first shows it, so a module's
 * section adds nothing to the login page's first load: lazySection(() => import('./x.tsx'), 'XSection').
 */
export function lazySection(load: () => Promise<object>, name: string): (communityId: string) => ReactNode {
  const Section = lazy(async () => ({
    default: (await load())[name as keyof object] as ComponentType<{ communityId: string }>,
  }));
  return (communityId) =>
    createElement(Suspense, { fallback: null }, createElement(Section, { communityId }));
}
