/**
 * The one map of the client: grid outlines, points (events, places) and, in pick mode, a point the
 * user sets by tapping or from the phone's GPS. Leaflet is fetched with the first map a user opens.
 * Tiles come from the server's base map setting; with none set, or when tiles cannot be reached,
 * outlines and points are drawn on a blank base, so maps work offline and in tests. Coordinates in
 * and out are WGS-84 whatever datum the tiles use.
 */
import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import { addMessages } from './i18n.tsx';

/** An outline to draw (GeoJSON Polygon/MultiPolygon, or a Feature or FeatureCollection of them). */
export interface MapOutline {
  id: string;
  name: string;
  geojson: unknown;
  /** Stroke colour; the party red by default. */
  color?: string;
}

/** A point to draw, WGS-84. */
export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  /** Shown on hover and read by screen readers. */
  title: string;
  /** Fill colour (e.g. red for open events, green for closed). */
  color?: string;
  /** Radius in pixels (default 6). */
  radius?: number;
}

/** A place in WGS-84. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** What a map shows and how it answers. */
export interface GeoMapProps {
  outlines?: MapOutline[];
  points?: MapPoint[];
  height?: number;
  /** Pick mode: the point chosen so far, drawn as a marker. */
  picked?: LatLng | null;
  /** Pick mode: called with the tapped (or located) place. */
  onPick?: (p: LatLng) => void;
  /** Called when a point is clicked. */
  onPointClick?: (id: string) => void;
  /** Shows a 定位 button that asks the phone for its position (pick mode). */
  locate?: boolean;
  /** What the map shows, for screen readers, e.g. '事件分布图'. */
  label: string;
  testId?: string;
}

addMessages({
  'zh-CN': {
    'map.locate': '使用当前位置',
    'map.locating': '正在定位…',
    'map.locate.failed': '无法获取位置：{reason}',
    'map.noTiles': '底图无法加载，仅显示轮廓和点位',
    'map.blank': '未配置底图，仅显示轮廓和点位',
    'map.pickHint': '点击地图选择位置',
    'map.picked': '已选位置：{lat}, {lng}',
  },
  'en-US': {
    'map.locate': 'Use my location',
    'map.locating': 'Locating…',
    'map.locate.failed': 'Could not get your position: {reason}',
    'map.noTiles': 'The base map cannot be loaded; outlines and points only',
    'map.blank': 'No base map is set; outlines and points only',
    'map.pickHint': 'Tap the map to choose a place',
    'map.picked': 'Chosen: {lat}, {lng}',
  },
});

const LeafletMap = lazy(() => import('./map.leaflet.tsx'));

/** A map of outlines and points, optionally for picking a place. */
export function GeoMap(props: GeoMapProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 360 }} />}>
      <LeafletMap {...props} />
    </Suspense>
  );
}
