/** Public face of the home module: the to-do list and node dashboards fed by every module. */
export { createHomeService, type HomeService, type HomeDeps } from './home.service.ts';
export { homeRoutes } from './home.routes.ts';
