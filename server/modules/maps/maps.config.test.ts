import { describe, expect, it } from 'vitest';
import { mapConfigFrom, tileOrigins } from './maps.config.ts';

describe('base map settings', () => {
  it('with nothing set, draws a blank base (works offline and in tests)', () => {
    const c = mapConfigFrom({});
    expect(c.layers).toEqual([]);
    expect(c.center).toEqual([22.5431, 114.0579]);
  });
  it('AMap tiles are GCJ-02, so the client shifts what it draws', () => {
    const c = mapConfigFrom({ MAP_TILES: 'amap' });
    expect(c.crs).toBe('gcj02');
    expect(tileOrigins(c)).toEqual([1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`));
  });
  it('Tianditu carries the key and an annotation layer; a URL template wins over a preset', () => {
    const t = mapConfigFrom({ MAP_TILES: 'tianditu', MAP_TILE_KEY: 'k&1' });
    expect(t.layers).toHaveLength(2);
    expect(t.layers[0]).toContain('tk=k%261');
    const u = mapConfigFrom({
      MAP_TILES: 'osm',
      MAP_TILE_URL: 'https://tiles.example.cn/{z}/{x}/{y}.png',
      MAP_TILE_CRS: 'gcj02',
    });
    expect(u).toMatchObject({ layers: ['https://tiles.example.cn/{z}/{x}/{y}.png'], crs: 'gcj02' });
    expect(tileOrigins(u)).toEqual(['https://tiles.example.cn']);
  });
  it('a malformed centre falls back to Futian', () => {
    expect(mapConfigFrom({ MAP_CENTER: 'x,y' }).center).toEqual([22.5431, 114.0579]);
    expect(mapConfigFrom({ MAP_CENTER: '30.27,120.15' }).center).toEqual([30.27, 120.15]);
  });
});
