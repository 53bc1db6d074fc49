/** The Leaflet implementation behind GeoMap (fetched on first use; see map.tsx). */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import gcoord from 'gcoord';
import { client, type Res } from './client.ts';
import { useT } from './i18n.tsx';
import type { GeoMapProps, LatLng } from './map.tsx';

/** The base map settings, asked once per page load. */
function useMapConfig() {
  return useQuery({
    queryKey: ['maps', 'config'],
    queryFn: () => client.get('/api/maps/config'),
    staleTime: Infinity,
  });
}

/** Converters between stored WGS-84 and the datum the tiles are drawn in. */
function datum(crs: Res<'get', '/api/maps/config'>['crs']) {
  if (crs === 'wgs84') return { toMap: (p: LatLng) => p, fromMap: (p: LatLng) => p };
  return {
    toMap: (p: LatLng) => {
      const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
      return { lat, lng };
    },
    fromMap: (p: LatLng) => {
      const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.GCJ02, gcoord.WGS84);
      return { lat, lng };
    },
  };
}

/** Moves every position of a GeoJSON object through f (for GCJ-02 tiles). */
function shiftGeo(geo: unknown, f: (p: LatLng) => LatLng): unknown {
  if (Array.isArray(geo)) {
    if (geo.length >= 2 && typeof geo[0] === 'number' && typeof geo[1] === 'number') {
      const p = f({ lng: geo[0], lat: geo[1] });
      return [p.lng, p.lat];
    }
    return geo.map((g) => shiftGeo(g, f));
  }
  if (geo && typeof geo === 'object')
    return Object.fromEntries(
      Object.entries(geo).map(([k, v]) => [k, k === 'properties' ? v : shiftGeo(v, f)]),
    );
  return geo;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The map itself. */
export default function LeafletMap(props: GeoMapProps) {
  const t = useT();
  const cfg = useMapConfig();
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<L.LayerGroup | null>(null);
  const pickedLayer = useRef<L.CircleMarker | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string | null>(null);
  const onPick = useRef(props.onPick);
  onPick.current = props.onPick;
  const onPointClick = useRef(props.onPointClick);
  onPointClick.current = props.onPointClick;
  const conf = cfg.data;
  const d = datum(conf?.crs ?? 'wgs84');

  // the map and its base layers, once the settings are known
  useEffect(() => {
    if (!conf || !box.current) return;
    const m = L.map(box.current, {
      zoomControl: true,
      attributionControl: !!conf.attribution,
      maxZoom: conf.maxZoom,
    });
    m.setView(d.toMap({ lat: conf.center[0], lng: conf.center[1] }), 13);
    let failures = 0;
    for (const url of conf.layers) {
      const layer = L.tileLayer(url, {
        subdomains: conf.subdomains || 'abc',
        maxZoom: conf.maxZoom,
        attribution: conf.attribution,
      });
      layer.on('tileerror', () => {
        if (++failures >= 4) setTilesFailed(true);
      });
      layer.addTo(m);
    }
    m.on('click', (e: L.LeafletMouseEvent) => {
      if (onPick.current) {
        const p = d.fromMap({ lat: e.latlng.lat, lng: e.latlng.lng });
        onPick.current({ lat: round(p.lat), lng: round(p.lng) });
      }
    });
    layers.current = L.layerGroup().addTo(m);
    map.current = m;
    // the container may get its size after a drawer or tab opens
    const ro = new ResizeObserver(() => m.invalidateSize());
    ro.observe(box.current);
    return () => {
      ro.disconnect();
      m.remove();
      map.current = null;
      layers.current = null;
      pickedLayer.current = null;
    };
    // the settings are asked once per page load; d follows conf
  }, [conf]);

  // outlines and points, redrawn when they change; the view fits them
  useEffect(() => {
    const m = map.current;
    const g = layers.current;
    if (!m || !g) return;
    g.clearLayers();
    const bounds = L.latLngBounds([]);
    for (const o of props.outlines ?? []) {
      const geo = L.geoJSON(shiftGeo(o.geojson, d.toMap) as GeoJSON.GeoJsonObject, {
        style: { color: o.color ?? '#c8102e', weight: 2, fillOpacity: 0.06 },
      });
      geo.bindTooltip(o.name);
      geo.addTo(g);
      const b = geo.getBounds();
      if (b.isValid()) bounds.extend(b);
    }
    for (const p of props.points ?? []) {
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) continue;
      const at = d.toMap(p);
      const c = L.circleMarker([at.lat, at.lng], {
        radius: p.radius ?? 6,
        color: '#fff',
        weight: 1.5,
        fillColor: p.color ?? '#f5222d',
        fillOpacity: 0.9,
      });
      c.bindTooltip(p.title);
      c.on('click', () => onPointClick.current?.(p.id));
      c.addTo(g);
      bounds.extend([at.lat, at.lng]);
    }
    if (bounds.isValid()) m.fitBounds(bounds.pad(0.1), { maxZoom: 17 });
    // d follows conf, which the first effect waits for
  }, [props.outlines, props.points, conf]);

  // the picked place
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    pickedLayer.current?.remove();
    pickedLayer.current = null;
    if (props.picked) {
      const at = d.toMap(props.picked);
      pickedLayer.current = L.circleMarker([at.lat, at.lng], {
        radius: 9,
        color: '#1677ff',
        weight: 3,
        fillColor: '#1677ff',
        fillOpacity: 0.4,
      }).addTo(m);
      if (!m.getBounds().contains([at.lat, at.lng])) m.setView([at.lat, at.lng], Math.max(m.getZoom(), 16));
    }
  }, [props.picked?.lat, props.picked?.lng, conf]);

  const locate = () => {
    if (!navigator.geolocation) {
      setLocateError(t('map.locate.failed', { reason: 'geolocation' }));
      return;
    }
    setLocating(true);
    setLocateError(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onPick.current?.({ lat: round(pos.coords.latitude), lng: round(pos.coords.longitude) });
      },
      (err) => {
        setLocating(false);
        setLocateError(t('map.locate.failed', { reason: err.message }));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const blank = conf && conf.layers.length === 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={4}>
      {tilesFailed && <Alert type="warning" showIcon message={t('map.noTiles')} />}
      {props.onPick && (
        <Space wrap>
          {props.locate && (
            <Button icon={<AimOutlined />} onClick={locate} loading={locating}>
              {locating ? t('map.locating') : t('map.locate')}
            </Button>
          )}
          <Typography.Text type="secondary">
            {props.picked
              ? t('map.picked', { lat: props.picked.lat.toFixed(5), lng: props.picked.lng.toFixed(5) })
              : t('map.pickHint')}
          </Typography.Text>
        </Space>
      )}
      {locateError && <Alert type="error" showIcon message={locateError} />}
      <div
        ref={box}
        role="region"
        aria-label={props.label}
        data-testid={props.testId ?? 'geo-map'}
        data-points={(props.points ?? []).length}
        data-outlines={(props.outlines ?? []).length}
        style={{
          width: '100%',
          height: props.height ?? 360,
          background: blank || tilesFailed ? '#f5f7fa' : undefined,
          border: '1px solid #e5e5e5',
          borderRadius: 6,
        }}
      />
      {blank && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('map.blank')}
        </Typography.Text>
      )}
    </Space>
  );
}
