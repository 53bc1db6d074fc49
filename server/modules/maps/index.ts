/** Public face of the maps module: the base map settings every page with a map uses. */
export { mapsRoutes } from './maps.routes.ts';
export { mapConfigFrom, tileOrigins, type MapConfig } from './maps.config.ts';
