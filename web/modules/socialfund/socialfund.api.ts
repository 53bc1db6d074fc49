/** The socialfund API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { GRADES } from '../../../server/modules/socialfund/socialfund.rules.ts';

export type Funds = Res<'get', '/api/socialfund/funds'>;
export type Fund = Funds['funds'][number];
export type RoundSummary = Fund['rounds'][number];
export type Round = Res<'get', '/api/socialfund/rounds/{id}'>;
export type AppRow = Round['applicationsList'][number];
export type Application = Res<'get', '/api/socialfund/applications/{id}'>;
export type Published = Res<'get', '/api/socialfund/public/rounds/{id}'>;
export type RoundInput = Body<'post', '/api/socialfund/funds/{id}/rounds'>;
export type ApplicationInput = Body<'post', '/api/socialfund/rounds/{id}/applications'>;
export type MoveInput = Body<'post', '/api/socialfund/applications/{id}/moves'>;
export type ReportInput = Body<'post', '/api/socialfund/applications/{id}/reports'>;

/** The funds of the user's district with their rounds. */
export const getFunds = () => client.get('/api/socialfund/funds');
/** Opens a round of a fund. */
export const createRound = (id: string, body: RoundInput) =>
  client.post('/api/socialfund/funds/{id}/rounds', { path: { id }, body });
/** A round with its ranked applications. */
export const getRound = (id: string) => client.get('/api/socialfund/rounds/{id}', { path: { id } });
/** Moves a round to review or publishes it. */
export const moveRound = (id: string, body: Body<'post', '/api/socialfund/rounds/{id}/moves'>) =>
  client.post('/api/socialfund/rounds/{id}/moves', { path: { id }, body });
/** Starts an application (idempotent). */
export const apply = (id: string, body: ApplicationInput, key: string) =>
  client.post('/api/socialfund/rounds/{id}/applications', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** The applications the user may see. */
export const listApplications = () => client.get('/api/socialfund/applications', { query: {} });
/** One application. */
export const getApplication = (id: string) =>
  client.get('/api/socialfund/applications/{id}', { path: { id } });
/** The printable 资助协议 of a granted application. */
export const getAgreement = (id: string) =>
  client.get('/api/socialfund/applications/{id}/agreement', { path: { id } });
/** Moves an application. */
export const moveApplication = (id: string, body: MoveInput) =>
  client.post('/api/socialfund/applications/{id}/moves', { path: { id }, body });
/** Scores an application. */
export const scoreApplication = (
  id: string,
  body: Body<'post', '/api/socialfund/applications/{id}/scores'>,
) => client.post('/api/socialfund/applications/{id}/scores', { path: { id }, body });
/** Pays a tranche. */
export const payTranche = (id: string, body: Body<'post', '/api/socialfund/applications/{id}/payments'>) =>
  client.post('/api/socialfund/applications/{id}/payments', { path: { id }, body });
/** Reports progress (idempotent). */
export const reportProgress = (id: string, body: ReportInput, key: string) =>
  client.post('/api/socialfund/applications/{id}/reports', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** The public list of a published round. */
export const getPublished = (id: string) =>
  client.get('/api/socialfund/public/rounds/{id}', { path: { id } });
/** Checks (dryRun) or applies an import of budget lines. */
export const importLines = (id: string, file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/socialfund/rounds/{id}/lines/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};
export const applicationsExportUrl = (id: string) =>
  client.url('/api/socialfund/rounds/{id}/export', { path: { id } });
export const fundedExportUrl = (id: string) =>
  client.url('/api/socialfund/rounds/{id}/funded/export', { path: { id } });

/** Yuan from fen, with thousands separators. */
export const yuan = (fen: number | null | undefined) =>
  fen == null
    ? '—'
    : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
