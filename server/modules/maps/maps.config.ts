/**
 * The base map a district's pages draw on, from settings: none (a blank base with outlines and
 * points, which works offline and in tests), a preset (osm, amap, tianditu) or a tile URL template.
 * Stored coordinates are always WGS-84; a GCJ-02 tile source (AMap, Tencent) is drawn shifted by the
 * web client (gcoord).
 */
import type { z } from 'zod';
import type { mapConfig } from './maps.schemas.ts';

/** What the web client needs to draw the base map. */
export type MapConfig = z.infer<typeof mapConfig>;

const PRESETS: Record<string, (key: string) => Omit<MapConfig, 'center'>> = {
  osm: () => ({
    layers: ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'],
    subdomains: 'abc',
    crs: 'wgs84',
    attribution: '© OpenStreetMap contributors',
    maxZoom: 19,
  }),
  amap: () => ({
    layers: [
      'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    ],
    subdomains: '1234',
    crs: 'gcj02',
    attribution: '© 高德地图 AutoNavi',
    maxZoom: 18,
  }),
  // 天地图: vector base plus Chinese annotations; CGCS2000 is WGS-84 to within centimetres
  tianditu: (key) => ({
    layers: ['vec', 'cva'].map(
      (l) =>
        `https://t{s}.tianditu.gov.cn/${l}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${l}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    ),
    subdomains: '01234567',
    crs: 'wgs84',
    attribution: '© 天地图 Tianditu',
    maxZoom: 18,
  }),
};

/** Reads the map settings (MAP_TILES, MAP_TILE_URL, MAP_TILE_CRS, MAP_TILE_KEY, MAP_CENTER). */
export function mapConfigFrom(env: NodeJS.ProcessEnv = process.env): MapConfig {
  const center = (env.MAP_CENTER ?? '22.5431,114.0579').split(',').map(Number);
  const c: [number, number] =
    center.length === 2 && center.every(Number.isFinite) ? [center[0], center[1]] : [22.5431, 114.0579];
  const url = env.MAP_TILE_URL?.trim();
  if (url)
    return {
      layers: [url],
      subdomains: env.MAP_TILE_SUBDOMAINS ?? 'abc',
      crs: env.MAP_TILE_CRS === 'gcj02' ? 'gcj02' : 'wgs84',
      attribution: env.MAP_TILE_ATTRIBUTION ?? '',
      maxZoom: 18,
      center: c,
    };
  const preset = PRESETS[(env.MAP_TILES ?? '').trim().toLowerCase()];
  if (preset) return { ...preset(env.MAP_TILE_KEY ?? ''), center: c };
  return { layers: [], subdomains: '', crs: 'wgs84', attribution: '', maxZoom: 19, center: c };
}

/** Origins the tiles come from, for the Content-Security-Policy's img-src. */
export function tileOrigins(cfg: MapConfig = mapConfigFrom()): string[] {
  const out = new Set<string>();
  for (const l of cfg.layers) {
    const subs = cfg.subdomains ? [...cfg.subdomains] : [''];
    for (const s of subs)
      try {
        out.add(new URL(l.replace('{s}', s).replace(/\{[xyz]\}/g, '0')).origin);
      } catch {
        // not a URL: nothing to allow
      }
  }
  return [...out];
}
