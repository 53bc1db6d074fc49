/** The marketplace and social-organisation APIs as typed functions: types from the server's zod schemas. */
import type { z } from 'zod';
import type {
  actionBody,
  boardsView,
  itemBody,
  itemView,
  orderBody,
  orderList,
  orderView,
  publicServices,
} from '../../../server/modules/services/services.schemas.ts';
import type { orgBody, orgDetail, orgView } from '../../../server/modules/socialorgs/socialorgs.schemas.ts';
import { client, type Body, type Query } from '../../app/client.ts';

export { LISTS, SERVICE_CATEGORIES } from '../../../server/modules/services/services.rules.ts';
export {
  ORG_CATEGORIES,
  PARTY_BRANCH,
  INCUBATION_LEVELS,
  INSPECTION_RESULTS,
} from '../../../server/modules/socialorgs/socialorgs.rules.ts';

export type Item = z.infer<typeof itemView>;
export type ItemInput = z.input<typeof itemBody>;
export type Order = z.infer<typeof orderView>;
export type OrderList = z.infer<typeof orderList>;
export type OrderInput = z.input<typeof orderBody>;
export type ActionInput = z.input<typeof actionBody>;
export type Boards = z.infer<typeof boardsView>;
export type PublicServices = z.infer<typeof publicServices>;
export type Org = z.infer<typeof orgView>;
export type OrgDetail = z.infer<typeof orgDetail>;
export type OrgInput = z.input<typeof orgBody>;
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
