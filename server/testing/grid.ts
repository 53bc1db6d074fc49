/** Test helpers for grids: an outline for 福山第1网格 and assignments (through the grid module's routes). */
import type { Client, TestEnv } from './harness.ts';

/** A closed ring around 福山第1网格 (grid111): 114.05–114.06 E, 22.54–22.55 N. */
export const GRID111_RING = [
  [114.05, 22.54],
  [114.06, 22.54],
  [114.06, 22.55],
  [114.05, 22.55],
  [114.05, 22.54],
];

/** Gives grid111 its first outline (the ring above), so a point inside finds the grid. */
export function outlineGrid111(env: TestEnv, officer: Client) {
  return officer.put(`/api/grid/grids/${env.nodes.grid111.id}/outline`, {
    version: 0,
    geojson: { type: 'Polygon', coordinates: [GRID111_RING] },
  });
}

/** Assigns an account to a grid from 2026-01-01, as its worker unless said, by the officer over it. */
export function assignToGrid(officer: Client, c: Client, nodeId: string, kind = 'worker') {
  return officer.post('/api/grid/assignments', { userId: c.userId, nodeId, kind, from: '2026-01-01' });
}
