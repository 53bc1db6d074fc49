/** The marketplace and social-organisation APIs as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Query, type Res } from '../../app/client.ts';

export { LISTS, SERVICE_CATEGORIES } from '../../../server/modules/services/services.rules.ts';
export {
  ORG_CATEGORIES,
  PARTY_BRANCH,
  INCUBATION_LEVELS,
  INSPECTION_RESULTS,
} from '../../../server/modules/socialorgs/socialorgs.rules.ts';

export type Item = Res<'get', '/api/services/items'>[number];
export type ItemInput = Body<'post', '/api/services/items'>;
export type Order = Res<'get', '/api/services/orders/{id}'>;
export type OrderList = Res<'get', '/api/services/orders'>;
export type OrderInput = Body<'post', '/api/services/orders'>;
export type ActionInput = Body<'post', '/api/services/orders/{id}/actions'>;
export type Boards = Res<'get', '/api/services/boards'>;
export type PublicServices = Res<'get', '/api/public/services/{id}'>;
export type Org = Res<'get', '/api/socialorgs'>[number];
export type OrgDetail = Res<'get', '/api/socialorgs/{id}'>;
export type OrgInput = Body<'post', '/api/socialorgs'>;
export type OrderView = NonNullable<Query<'get', '/api/services/orders'>['view']>;

/** Items of the four lists the user sees. */
export const listItems = (q: Query<'get', '/api/services/items'>) =>
  client.get('/api/services/items', { query: q });
/** Publishes an item. */
export const publishItem = (body: ItemInput) => client.post('/api/services/items', { body });
/** Opens or closes an item. */
export const setItemOpen = (id: string, open: boolean) =>
  client.post('/api/services/items/{id}/open', { path: { id }, body: { open } });
/** Orders as a view shows them. */
export const listOrders = (q: Query<'get', '/api/services/orders'> & { view: OrderView }) =>
  client.get('/api/services/orders', { query: q });
/** One order. */
export const getOrder = (id: string) => client.get('/api/services/orders/{id}', { path: { id } });
/** Places an order (Idempotency-Key: safe to send again). */
export const placeOrder = (body: OrderInput, key: string) =>
  client.post('/api/services/orders', { body, headers: { 'idempotency-key': key } });
/** Takes a step on an order (Idempotency-Key: safe to send again). */
export const actOnOrder = (id: string, body: ActionInput, key: string) =>
  client.post('/api/services/orders/{id}/actions', {
    path: { id },
    body,
    headers: {
      'idempotency-key': key,
    },
  });
/** The leaderboards and rates of a node. */
export const getBoards = (q: { nodeId?: string; year?: number }) =>
  client.get('/api/services/boards', { query: q });
/** The Excel of orders and lists. */
export const servicesExportUrl = (nodeId?: string) =>
  client.url('/api/services/export', { query: { nodeId } });
/** A community's marketplace in public. */
export const getPublicServices = (id: string) => client.get('/api/public/services/{id}', { path: { id } });

/** The social-organisation register. */
export const listOrgs = (q: { nodeId?: string; q?: string }) => client.get('/api/socialorgs', { query: q });
/** One organisation. */
export const getOrg = (id: string) => client.get('/api/socialorgs/{id}', { path: { id } });
/** Registers an organisation. */
export const registerOrg = (body: OrgInput) => client.post('/api/socialorgs', { body });
/** Records an inspection. */
export const inspectOrg = (id: string, body: Body<'post', '/api/socialorgs/{id}/inspections'>) =>
  client.post('/api/socialorgs/{id}/inspections', { path: { id }, body });
/** Records a project taken. */
export const addOrgProject = (
  id: string,
  body: { year: number; title: string; funder?: string; amountYuan: number },
) => client.post('/api/socialorgs/{id}/projects', { path: { id }, body });
/** Links a staff account. */
export const linkStaff = (id: string, username: string) =>
  client.post('/api/socialorgs/{id}/staff', { path: { id }, body: { username } });
/** The register's Excel. */
export const orgsExportUrl = (nodeId?: string) => client.url('/api/socialorgs/export', { query: { nodeId } });
/** Imports organisations onto a node. */
export const importOrgs = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return client.post('/api/socialorgs/import', { query: { nodeId }, body: f });
};
