/** The owners API as typed functions: types are the routes' own (web/app/api.generated.ts). */
import { client, type Body, type Res } from '../../app/client.ts';

export { CHOICES, MATTER_KINDS } from '../../../server/modules/owners/owners.rules.ts';

export type CompoundList = Res<'get', '/api/owners/compounds'>;
export type CompoundRow = CompoundList['items'][number];
export type OwnerList = Res<'get', '/api/owners/compounds/{id}/owners'>;
export type OwnerRow = OwnerList['items'][number];
export type UnitInput = Body<'post', '/api/owners/compounds/{id}/units'>;
export type RegisterImport = Res<'post', '/api/owners/compounds/{id}/import'>;
export type AssemblyList = Res<'get', '/api/owners/assemblies'>;
export type AssemblyRow = AssemblyList['items'][number];
export type Assembly = Res<'get', '/api/owners/assemblies/{id}'>;
export type Matter = Assembly['matters'][number];
export type AssemblyInput = Body<'post', '/api/owners/assemblies'>;
export type PaperInput = Body<'post', '/api/owners/assemblies/{id}/paper'>;
export type Notice = Res<'get', '/api/owners/assemblies/{id}/notice'>;
export type MyBallots = Res<'get', '/api/owners/ballots/mine'>;
export type ElectionList = Res<'get', '/api/owners/elections'>;
export type ElectionRow = ElectionList['items'][number];
export type Election = Res<'get', '/api/owners/elections/{id}'>;
export type CandidateInput = Body<'post', '/api/owners/elections/{id}/candidates'>;
export type BallotInput = Body<'post', '/api/owners/elections/{id}/ballot'>;

/** Compounds in scope with their register figures. */
export const listCompounds = (nodeId?: string) => client.get('/api/owners/compounds', { query: { nodeId } });
/** A compound's owners. */
export const listOwners = (id: string) => client.get('/api/owners/compounds/{id}/owners', { path: { id } });
/** Registers a unit with its owner. */
export const addUnit = (id: string, body: UnitInput) =>
  client.post('/api/owners/compounds/{id}/units', { path: { id }, body });
/** The register as Excel. */
export const registerExportUrl = (id: string) =>
  client.url('/api/owners/compounds/{id}/export', { path: { id } });
/** Checks (dryRun) or applies a register import. */
export const importRegister = (id: string) => (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return client.post('/api/owners/compounds/{id}/import', {
    path: { id },
    query: { dryRun: dryRun ? '1' : '0' },
    body,
  });
};
/** Links an owner to a resident account. */
export const linkOwner = (id: string, username: string) =>
  client.post('/api/owners/owners/{id}/link', { path: { id }, body: { username } });
/** An owner's full phone (audited). */
export const revealOwner = (id: string) => client.post('/api/owners/owners/{id}/reveal', { path: { id } });
/** Assemblies in scope. */
export const listAssemblies = (nodeId?: string, year?: number) =>
  client.get('/api/owners/assemblies', { query: { nodeId, year } });
/** Opens an assembly (Idempotency-Key: safe to send again). */
export const openAssembly = (body: AssemblyInput, key: string) =>
  client.post('/api/owners/assemblies', { body, headers: { 'idempotency-key': key } });
/** One assembly. */
export const getAssembly = (id: string) => client.get('/api/owners/assemblies/{id}', { path: { id } });
/** Enters a paper ballot. */
export const enterPaper = (id: string, body: PaperInput) =>
  client.post('/api/owners/assemblies/{id}/paper', { path: { id }, body });
export type ProxyInput = Body<'post', '/api/owners/assemblies/{id}/proxies'>;
/** Records an owner's written authorisation of a proxy 委托投票. */
export const addProxy = (id: string, body: ProxyInput) =>
  client.post('/api/owners/assemblies/{id}/proxies', { path: { id }, body });
/** Confirms another officer's paper ballot. */
export const confirmPaper = (id: string, ownerId: string) =>
  client.post('/api/owners/assemblies/{id}/confirm', { path: { id }, body: { ownerId } });
/** Closes the vote. */
export const closeAssembly = (id: string, version: number) =>
  client.post('/api/owners/assemblies/{id}/close', { path: { id }, body: { version } });
/** The printable notice. */
export const getNotice = (id: string) => client.get('/api/owners/assemblies/{id}/notice', { path: { id } });
/** The resident's open ballots. */
export const myBallots = () => client.get('/api/owners/ballots/mine');
/** An owner's online ballot (Idempotency-Key: safe to send again). */
export const vote = (id: string, body: Body<'post', '/api/owners/assemblies/{id}/vote'>, key: string) =>
  client.post('/api/owners/assemblies/{id}/vote', {
    path: { id },
    body,
    headers: { 'idempotency-key': key },
  });
/** Elections in scope. */
export const listElections = (nodeId?: string) => client.get('/api/owners/elections', { query: { nodeId } });
/** Calls an election. */
export const callElection = (body: Body<'post', '/api/owners/elections'>) =>
  client.post('/api/owners/elections', { body });
/** One election. */
export const getElection = (id: string) => client.get('/api/owners/elections/{id}', { path: { id } });
/** Nominates an owner. */
export const nominate = (id: string, body: CandidateInput) =>
  client.post('/api/owners/elections/{id}/candidates', { path: { id }, body });
/** Vets a candidate. */
export const vetCandidate = (id: string, body: Body<'post', '/api/owners/elections/{id}/vet'>) =>
  client.post('/api/owners/elections/{id}/vet', { path: { id }, body });
/** Puts the candidates to an assembly. */
export const putToAssembly = (id: string, body: BallotInput) =>
  client.post('/api/owners/elections/{id}/ballot', { path: { id }, body });
