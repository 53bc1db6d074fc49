/**
 * What events needs from the grid module, as a port: grid's own reads, passed in by the
 * composition root (grid's directory, built before events), so events never imports grid and the
 * two modules do not depend on each other in a cycle.
 */

/** The grid module's reads events uses. */
export interface EventsGridPort {
  /** Paths of the grids a user serves today by assignment (a cadre 我当网格员 reports there). */
  assignedPaths(userId: string): Promise<string[]>;
  /** Patrols by id (文明巡查): their district and who logged them, for reports raised on one. */
  patrolsById(ids: string[]): Promise<Map<string, { districtId: string; userId: string }>>;
  /**
   * The deepest grid under a subtree whose outline holds a point (a resident's report names a
   * place, not a grid); null when none does. Optional: without it the resident's own node is used.
   */
  gridAt?(path: string, lat: number, lng: number): Promise<string | null>;
}

/** A port with no grid behind it (tests and tools that run events alone). */
export const NO_GRID: EventsGridPort = {
  assignedPaths: async () => [],
  patrolsById: async () => new Map(),
};
