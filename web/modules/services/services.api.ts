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
import { api, qs } from '../../app/api.ts';

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
export type OrderView = 'mine' | 'open' | 'ours' | 'all';

/** Items of the four lists the user sees. */
export const listItems = (q: { list?: string; nodeId?: string }) =>
  api<Item[]>('GET', `/api/services/items${qs(q)}`);
/** Publishes an item. */
export const publishItem = (body: ItemInput) => api<{ id: string }>('POST', '/api/services/items', body);
/** Opens or closes an item. */
export const setItemOpen = (id: string, open: boolean) =>
  api('POST', `/api/services/items/${id}/open`, { open });
/** Orders as a view shows them. */
export const listOrders = (q: { view: OrderView; state?: string; nodeId?: string }) =>
  api<OrderList>('GET', `/api/services/orders${qs(q)}`);
/** One order. */
export const getOrder = (id: string) => api<Order>('GET', `/api/services/orders/${id}`);
/** Places an order (Idempotency-Key: safe to send again). */
export const placeOrder = (body: OrderInput, key: string) =>
  api<{ id: string }>('POST', '/api/services/orders', body, { 'idempotency-key': key });
/** Takes a step on an order (Idempotency-Key: safe to send again). */
export const actOnOrder = (id: string, body: ActionInput, key: string) =>
  api<{ state: string; replayed: boolean }>('POST', `/api/services/orders/${id}/actions`, body, {
    'idempotency-key': key,
  });
/** The leaderboards and rates of a node. */
export const getBoards = (q: { nodeId?: string; year?: number }) =>
  api<Boards>('GET', `/api/services/boards${qs(q)}`);
/** The Excel of orders and lists. */
export const servicesExportUrl = (nodeId?: string) => `/api/services/export${qs({ nodeId })}`;
/** A community's marketplace in public. */
export const getPublicServices = (id: string) => api<PublicServices>('GET', `/api/public/services/${id}`);

/** The social-organisation register. */
export const listOrgs = (q: { nodeId?: string; q?: string }) => api<Org[]>('GET', `/api/socialorgs${qs(q)}`);
/** One organisation. */
export const getOrg = (id: string) => api<OrgDetail>('GET', `/api/socialorgs/${id}`);
/** Registers an organisation. */
export const registerOrg = (body: OrgInput) => api<{ id: string }>('POST', '/api/socialorgs', body);
/** Records an inspection. */
export const inspectOrg = (id: string, body: { year: number; result: string; note?: string }) =>
  api('POST', `/api/socialorgs/${id}/inspections`, body);
/** Records a project taken. */
export const addOrgProject = (
  id: string,
  body: { year: number; title: string; funder?: string; amountYuan: number },
) => api('POST', `/api/socialorgs/${id}/projects`, body);
/** Links a staff account. */
export const linkStaff = (id: string, username: string) =>
  api('POST', `/api/socialorgs/${id}/staff`, { username });
/** The register's Excel. */
export const orgsExportUrl = (nodeId?: string) => `/api/socialorgs/export${qs({ nodeId })}`;
/** Imports organisations onto a node. */
export const importOrgs = (nodeId: string, file: File) => {
  const f = new FormData();
  f.append('file', file);
  return api<{ created: number; errors: { row: number; field: string; message: string }[] }>(
    'POST',
    `/api/socialorgs/import${qs({ nodeId })}`,
    f,
  );
};
