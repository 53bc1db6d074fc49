/** The task-force API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export type Order = Res<'get', '/api/taskforces/orders'>[number];
export type Application = Res<'get', '/api/taskforces/applications'>[number];
export type Member = Res<'get', '/api/taskforces/members'>[number];
export type Rank = Res<'get', '/api/taskforces/retired-ranking'>[number];
export type OrderInput = Body<'post', '/api/taskforces/orders'>;
export type MemberImport = Res<'post', '/api/taskforces/members/import'>;

export const listOrders = () => client.get('/api/taskforces/orders', { query: {} });
export const publishOrder = (b: OrderInput) => client.post('/api/taskforces/orders', { body: b });
export const printUrl = (id: string) => client.url('/api/taskforces/orders/{id}/print', { path: { id } });
export const closeOrder = (id: string, reason: string) =>
  client.post('/api/taskforces/orders/{id}/close', { path: { id }, body: { reason } });
export const apply = (id: string, b: Body<'post', '/api/taskforces/orders/{id}/applications'>) =>
  client.post('/api/taskforces/orders/{id}/applications', { path: { id }, body: b });
export const listApplications = (mine: boolean) =>
  client.get('/api/taskforces/applications', { query: { mine: mine ? '1' : '0' } });
export const withdraw = (id: string, version: number) =>
  client.post('/api/taskforces/applications/{id}/withdraw', { path: { id }, body: { version } });
export const decide = (id: string, b: Body<'post', '/api/taskforces/applications/{id}/decide'>) =>
  client.post('/api/taskforces/applications/{id}/decide', { path: { id }, body: b });
export const listMembers = () => client.get('/api/taskforces/members', { query: {} });
export const rate = (id: string, b: Body<'post', '/api/taskforces/members/{id}/ratings'>) =>
  client.post('/api/taskforces/members/{id}/ratings', { path: { id }, body: b });
export const declareIncentive = (id: string) =>
  client.post('/api/taskforces/members/{id}/incentive', { path: { id } });
export const retiredRanking = () => client.get('/api/taskforces/retired-ranking', { query: {} });
export const exportUrl = () => client.url('/api/taskforces/export', { query: {} });
export const importMembers = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/taskforces/members/import', { query: { dryRun: dryRun ? '1' : '0' }, body });
};
export const departments = (districtId: string) =>
  client.get('/api/org/nodes/{id}/children', { path: { id: districtId } });
