/** The map settings route: public, since the login-free report and public pages draw maps too. */
import type { App } from '../../platform/http/app.ts';
import { mapConfigFrom } from './maps.config.ts';
import { mapConfig } from './maps.schemas.ts';

/** Registers GET /api/maps/config. */
export function mapsRoutes(app: App) {
  const cfg = mapConfigFrom();
  app.get(
    '/api/maps/config',
    {
      config: { permission: 'public' },
      schema: { tags: ['maps'], summary: '地图底图设置 Base map settings', response: { 200: mapConfig } },
    },
    async () => cfg,
  );
}
