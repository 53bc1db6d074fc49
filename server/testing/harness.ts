/**
 * The test environment every service and route test starts from: a fresh database, all services,
 * the HTTP app, a small fixed tree (two districts) and logged-in clients for any role on any node.
 */
import type { Role, RequestContext } from '../platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../platform/secrets.ts';
import { createServices, type Services } from '../composition-root.ts';
import { createHttpApp } from '../http-root.ts';
import type { App } from '../platform/http/app.ts';
import { SESSION_COOKIE } from '../platform/http/app.ts';
import { freshDb, type TestDb } from './db.ts';
import { listenForChanges } from '../platform/db/changes.ts';
import { SESSION_CHANNEL } from '../modules/accounts/index.ts';

export const TEST_PASSWORD = 'Test-Passw0rd!';

/** Keys of the fixture tree's nodes. */
export type NodeKey =
  | 'city'
  | 'district'
  | 'dept'
  | 'street1'
  | 'street2'
  | 'community11'
  | 'community12'
  | 'community21'
  | 'grid111'
  | 'grid211'
  | 'micro1111'
  | 'building'
  | 'district2'
  | 'street3'
  | 'community31';

type Shape = [NodeKey, NodeKey | null, string, string, string | null];
// key, parent, level, name, code
const SHAPE: Shape[] = [
  ['city', null, 'city', '深圳市', '440300'],
  ['district', 'city', 'district', '福田区', '440304'],
  ['dept', 'district', 'department', '区住房和建设局', 'ZJJ'],
  ['street1', 'district', 'street', '福田街道', '440304003'],
  ['street2', 'district', 'street', '香蜜湖街道', '440304007'],
  ['community11', 'street1', 'community', '福山社区', '440304003001'],
  ['community12', 'street1', 'community', '水围社区', '440304003002'],
  ['community21', 'street2', 'community', '竹林社区', '440304007001'],
  ['grid111', 'community11', 'grid', '福山第1网格', null],
  ['grid211', 'community21', 'grid', '竹林第1网格', null],
  ['micro1111', 'grid111', 'micro_grid', '福山1-1微网格', null],
  ['building', 'micro1111', 'building', '福山花园1栋', null],
  ['district2', 'city', 'district', '罗湖区', '440303'],
  ['street3', 'district2', 'street', '东门街道', '440303001'],
  ['community31', 'street3', 'community', '湖贝社区', '440303001001'],
];

/** A fixture node: its id, district and path. */
export interface FixtureNode {
  id: string;
  districtId: string;
  path: string;
}

/** A logged-in HTTP client for app.inject. */
export interface Client {
  userId: string;
  username: string;
  ctx: RequestContext;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Res>;
  get(url: string): Promise<Res>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<Res>;
  patch(url: string, body?: unknown): Promise<Res>;
  put(url: string, body?: unknown): Promise<Res>;
  del(url: string): Promise<Res>;
  /** Posts a file as the multipart field `file`, with the type the client claims. */
  upload(url: string, file: Buffer, name: string, type?: string): Promise<Res>;
}

/** A response with the JSON body parsed. */
export interface Res {
  status: number;
  body: any;
  headers: Record<string, unknown>;
  raw: string;
  rawPayload: Buffer;
}

export interface TestEnv extends TestDb {
  services: Services;
  app: App;
  nodes: Record<NodeKey, FixtureNode>;
  /** A new account holding role on node, logged in. */
  as(role: Role, node: NodeKey, opts?: { username?: string }): Promise<Client>;
  /** An anonymous client. */
  anon(): Client;
  /**
   * Logs in an existing account over HTTP (step one only); client is null when the login failed.
   * A client of a session still waiting for its second factor is returned too.
   */
  login(
    username: string,
    password?: string,
    headers?: Record<string, string>,
  ): Promise<{ res: Res; client: Client | null; cookie: string | null }>;
  /**
   * A client of an existing session, by its cookie (the account's id and context read back from
   * the server; the username too unless given).
   */
  session(cookie: string, username?: string): Promise<Client>;
  /** A service-level context for an existing account. */
  ctxOf(userId: string): Promise<RequestContext>;
  /**
   * Waits until the app has heard every change committed so far on a channel (after plain SQL on
   * accounts, by default; 'gz_org', 'gz_events_sla' … for other kept values).
   */
  changesHeard(channel?: string): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;

/**
 * A multipart body holding one file as the field `file` (an upload form's; another field name to
 * test a wrong form), and its content type.
 */
export function multipartFile(file: Buffer, name: string, type = 'application/octet-stream', field = 'file') {
  const boundary = 'gzb' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** An answer of app.inject as a Res, its JSON body parsed (undefined when it is not JSON). */
function toRes(r: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  rawPayload: Buffer;
  json(): unknown;
}): Res {
  let body: unknown = undefined;
  try {
    body = r.json();
  } catch {}
  return { status: r.statusCode, body, headers: r.headers, raw: r.body, rawPayload: r.rawPayload };
}

/** Builds the environment: fresh database, services, app, fixture tree. */
export async function createTestEnv(): Promise<TestEnv> {
  const t = await freshDb();
  // the session cache is on, as in the app: every route test runs through it
  const changes = listenForChanges(t.url);
  const services = createServices({
    db: t.db,
    pool: t.pool,
    groupDb: t.groupDb,
    keys: deriveKeys(TEST_MASTER_KEY),
    changes,
  });
  const app = await createHttpApp(services, { logLevel: 'silent' });
  const nodes = {} as Record<NodeKey, FixtureNode>;
  await t.db.transaction().execute(async (trx) => {
    for (const [key, parent, level, name, code] of SHAPE) {
      const p = parent ? nodes[parent] : null;
      const depth = p ? p.path.split('/').filter(Boolean).length - 1 : 0;
      const made = await services.org.bootstrapNode(
        trx,
        p ? { id: p.id, district_id: p.districtId, path: p.path, depth, level: '' } : null,
        { level: level as never, name, code },
      );
      nodes[key] = { id: made.id, districtId: made.districtId, path: made.path };
    }
  });

  const client = (
    userId: string,
    username: string,
    cookie: string | null,
    csrf: string | null,
    ctx: RequestContext,
  ): Client => {
    const request = async (
      method: string,
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await app.inject({
        method: method as 'GET',
        url,
        payload: body === undefined ? undefined : (body as object),
        headers: {
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...headers,
        },
      });
      return toRes(res);
    };
    return {
      userId,
      username,
      ctx,
      request,
      get: (u) => request('GET', u),
      post: (u, b, h) => request('POST', u, b ?? {}, h),
      patch: (u, b) => request('PATCH', u, b ?? {}),
      put: (u, b) => request('PUT', u, b ?? {}),
      del: (u) => request('DELETE', u),
      upload: (u, file, name, type) => {
        const form = multipartFile(file, name, type);
        return request('POST', u, form.body, form.headers);
      },
    };
  };

  const ctxOf = async (userId: string): Promise<RequestContext> => ({
    actor: await services.accounts.loadActor(userId),
    ip: '127.0.0.1',
    userAgent: 'vitest',
    lang: 'zh-CN',
  });

  const session = async (cookie: string, username?: string): Promise<Client> => {
    const me = (
      await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
      })
    ).json();
    const userId = me.user.id as string;
    return client(userId, username ?? me.user.username, cookie, me.csrfToken, await ctxOf(userId));
  };

  return {
    ...t,
    services,
    app,
    nodes,
    async as(role, node, opts = {}) {
      const username = opts.username ?? `${role.replace('_', '')}${++seq}`;
      const n = nodes[node];
      await services.accounts.bootstrapAccount({
        username,
        displayName: `${role}@${node}`,
        password: TEST_PASSWORD,
        homeDistrictId: n.districtId === n.id && node === 'city' ? null : n.districtId,
        grants: [{ role, nodeId: n.id, districtId: n.districtId }],
      });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: TEST_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      return session(res.cookies.find((c) => c.name === SESSION_COOKIE)!.value, username);
    },
    async login(username, password = TEST_PASSWORD, headers = {}) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        headers,
      });
      const res = toRes(r);
      const cookie = r.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? null;
      if (r.statusCode !== 200 || !cookie) return { res, client: null, cookie };
      return { res, cookie, client: await session(cookie, username) };
    },
    anon: () =>
      client('', 'anonymous', null, null, {
        actor: null,
        ip: '127.0.0.1',
        userAgent: 'vitest',
        lang: 'zh-CN',
      }),
    ctxOf,
    session,
    changesHeard: (channel = SESSION_CHANNEL) => changes.sync(channel),
    async close() {
      await app.close();
      await changes.close();
      await t.drop();
    },
  };
}
