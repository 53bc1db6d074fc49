/** What the web client receives to draw maps. */
import { z } from 'zod';

/** The base map settings. No layers: draw a blank base with outlines and points. */
export const mapConfig = z.object({
  /** Tile URL templates ({s}, {z}, {x}, {y}), drawn in order; empty for a blank base. */
  layers: z.array(z.string()),
  subdomains: z.string(),
  /** The tiles' datum: 'gcj02' shifts what is drawn (stored points are WGS-84). */
  crs: z.enum(['wgs84', 'gcj02']),
  attribution: z.string(),
  maxZoom: z.number().int(),
  /** Where a map with nothing on it starts: [lat, lng]. */
  center: z.tuple([z.number(), z.number()]),
});
