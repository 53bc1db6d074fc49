/**
 * A map with no internet tiles: grid outlines (GeoJSON Polygon/MultiPolygon, or a Feature of one)
 * and event points drawn as SVG on a plain background, in an equirectangular projection scaled by
 * the cosine of the middle latitude so shapes keep their proportions.
 */
import { useNavigate } from 'react-router';
import { Empty, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';

type Ring = [number, number][];

/** Polygons (as rings of [lng, lat]) found in a GeoJSON geometry or feature. */
export function ringsOf(geo: unknown): Ring[][] {
  const g = geo as { type?: string; geometry?: unknown; coordinates?: unknown; features?: unknown[] } | null;
  if (!g || typeof g !== 'object') return [];
  if (g.type === 'Feature') return ringsOf(g.geometry);
  if (g.type === 'FeatureCollection') return (g.features ?? []).flatMap(ringsOf);
  if (g.type === 'Polygon') return [g.coordinates as Ring[]];
  if (g.type === 'MultiPolygon') return g.coordinates as Ring[][];
  return [];
}

/** One outline to draw. */
export interface MapOutline {
  id: string;
  name: string;
  geojson: unknown;
}
/** One point to draw. */
export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  title: string;
  open: boolean;
  recurring?: boolean;
}

const W = 600;
const H = 400;
const PAD = 20;

/** The map component. */
export function GridMap(props: { outlines: MapOutline[]; points: MapPoint[]; height?: number }) {
  const t = useT();
  const navigate = useNavigate();
  const polys = props.outlines.map((o) => ({ ...o, rings: ringsOf(o.geojson) }));
  const coords: [number, number][] = [
    ...polys.flatMap((p) => p.rings.flat(2) as unknown as [number, number][]),
    ...props.points.map((p) => [p.lng, p.lat] as [number, number]),
  ].filter((c) => Array.isArray(c) && Number.isFinite(c[0]) && Number.isFinite(c[1]));
  if (!coords.length)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('grid.map.empty')}
        data-testid="grid-map-empty"
      />
    );
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of coords) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-5);
  const spanY = Math.max(maxY - minY, 1e-5);
  const s = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY);
  const offX = (W - spanX * s) / 2;
  const offY = (H - spanY * s) / 2;
  const px = (lng: number) => offX + (lng - minX) * k * s;
  const py = (lat: number) => H - offY - (lat - minY) * s;
  const path = (rings: Ring[]) =>
    rings
      .map(
        (r) => r.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join('') + 'Z',
      )
      .join('');
  return (
    <div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        style={{
          width: '100%',
          height: props.height ?? 'auto',
          background: '#f5f7fa',
          border: '1px solid #e5e5e5',
          borderRadius: 6,
        }}
        data-testid="grid-map"
      >
        {polys.map((p) =>
          p.rings.map((rings, i) => (
            <path
              key={`${p.id}-${i}`}
              d={path(rings)}
              fill="rgba(200,16,46,0.06)"
              stroke="#c8102e"
              strokeWidth={1.5}
            >
              <title>{p.name}</title>
            </path>
          )),
        )}
        {props.points.map((p) => (
          <circle
            key={p.id}
            cx={px(p.lng)}
            cy={py(p.lat)}
            r={p.recurring ? 7 : 5}
            fill={p.open ? '#f5222d' : '#52c41a'}
            stroke="#fff"
            strokeWidth={1.5}
            style={{ cursor: 'pointer' }}
            onClick={() => navigate(`/grid/events/${p.id}`)}
            data-testid="map-point"
          >
            <title>{p.title}</title>
          </circle>
        ))}
      </svg>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('grid.map.legend')}
      </Typography.Text>
    </div>
  );
}
