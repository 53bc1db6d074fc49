/**
 * The public page of a community has a slot other modules fill (projects, the marketplace,
 * volunteer activities): a module registers a section at load, from its own web index.tsx:
 *
 *   registerCommunitySection({ key: 'projects', order: 20, render: (nodeId) => <ProjectsSection nodeId={nodeId} /> });
 */
import type { ReactNode } from 'react';

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
