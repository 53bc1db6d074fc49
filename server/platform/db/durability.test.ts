/**
 * The app under a database that drops its connections (pg_terminate_backend of every backend of
 * the app: the main pool, the group pool and the LISTEN connection): the process lives on,
 * requests caught mid-query answer 503 problem+json in the user's language, the next requests
 * succeed without a restart, every acknowledged write is there, and the caches built on
 * LISTEN/NOTIFY forget what they held while they could not hear.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids.ts';
import { createTestEnv, type Client, type Res, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let admin: pg.Client;
let officer: Client;
let worker: Client;
const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  worker = await env.as('grid_worker', 'grid111');
  admin = new pg.Client({ connectionString: env.url, application_name: 'durability-admin' });
  await admin.connect();
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  await admin.end();
  await env.close();
});

const newNode = (i: number) =>
  officer.post('/api/org/nodes', {
    parentId: env.nodes.district.id,
    level: 'department',
    name: `断线测试部门${i}`,
  });
const report = () =>
  worker.post('/api/events', {
    id: uuidv7(),
    nodeId: env.nodes.grid111.id,
    category: 'fire_hazard',
    title: '楼道堆放杂物',
    description: '断线测试',
    position: { lat: 22.54, lng: 114.05 },
  });

/** Backends of the app on this test's database (everything but the admin connection). */
async function appBackends(where = 'true'): Promise<number> {
  const r = await admin.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${where}`,
  );
  return r.rows[0].n;
}
const killApp = () =>
  admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );

async function until(what: string, ok: () => Promise<boolean> | boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function expectUnavailable(res: Res) {
  expect(res.status, res.raw).toBe(503);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.headers['retry-after']).toBe('1');
  expect(res.body).toMatchObject({ code: 'error.db_unavailable', title: '数据库暂时不可用，请稍后重试' });
}

describe('connections dropped under the app', () => {
  it('requests caught mid-query answer 503, the app reconnects, and no acknowledged write is lost', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await newNode(i);
      expect(res.status).toBe(200);
      acknowledged.push(res.body.id);
    }
    expect((await report()).status).toBe(200); // the group pool has a connection now

    // hold every request at the database: a lock the app's statements wait for
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE org_nodes, events_events IN ACCESS EXCLUSIVE MODE');
    const inFlight = [newNode(100), newNode(101), officer.get(`/api/org/nodes/${acknowledged[0]}`), report()];
    await until(
      'requests to wait on the lock',
      async () => (await appBackends(`wait_event_type = 'Lock'`)) >= 2,
    );
    await killApp();
    await admin.query('ROLLBACK');
    // a request caught mid-query fails with 503; one that had not reached the database yet (or
    // the intake, which retries a failed group report by report) may be served on a new
    // connection once the lock is gone: then it is acknowledged and must be kept
    const answers = await Promise.all(inFlight);
    for (const res of answers) if (res.status !== 200) expectUnavailable(res);
    expect(answers.filter((r) => r.status === 503).length).toBeGreaterThanOrEqual(1);
    for (const res of answers.slice(0, 2)) if (res.status === 200) acknowledged.push(res.body.id);

    // the next requests are served on new connections
    await until('a write to succeed again', async () => {
      const res = await newNode(200);
      if (res.status === 200) acknowledged.push(res.body.id);
      else expectUnavailable(res);
      return res.status === 200;
    });
    expect((await report()).status).toBe(200);
    for (let i = 201; i < 205; i++) {
      const res = await newNode(i);
      expect(res.status).toBe(200);
      acknowledged.push(res.body.id);
    }
    const stored = await admin.query('SELECT id FROM org_nodes WHERE id = ANY($1)', [acknowledged]);
    expect(stored.rowCount).toBe(acknowledged.length);
    expect(uncaught).toEqual([]);
  });

  it('idle connections dropped between requests are replaced without an error', async () => {
    expect((await officer.get(`/api/org/nodes/${env.nodes.district.id}`)).status).toBe(200);
    await killApp();
    // gone on the server, and the pool has dropped its idle clients (it hears their sockets close a
    // moment later; a request before that took a dead client and answered 503)
    await until('the pool to notice', async () => (await appBackends()) === 0 && env.pool.idleCount === 0);
    // the pool noticed the idle clients' loss and connects afresh
    const res = await officer.get(`/api/org/nodes/${env.nodes.district.id}`);
    expect(res.status, res.raw).toBe(200);
    expect(uncaught).toEqual([]);
  });

  it('a change committed while the listener was down is seen once it is back (the caches were dropped)', async () => {
    const c = await env.as('community_officer', 'community11');
    expect((await c.get('/api/notify/unread-count')).status).toBe(200); // its session is cached now
    const listener = async () =>
      (
        await admin.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'gongzhi-listen'`,
        )
      ).rows.map((r) => r.pid as number);
    await until('the listener', async () => (await listener()).length === 1);
    const [before] = await listener();
    // disable the account in a transaction that commits while nobody listens: its notice is lost
    await admin.query('BEGIN');
    await admin.query('UPDATE accounts_users SET disabled = true WHERE id = $1', [c.userId]);
    await killApp();
    await admin.query('COMMIT');
    // a new listener connects; the cache was dropped on the loss and again on the return, so the
    // cached session is not served
    await until('a new listener', async () => {
      const now = await listener();
      return now.length === 1 && now[0] !== before;
    });
    await env.changesHeard();
    const res = await c.get('/api/notify/unread-count');
    expect(res.status).toBe(401);
    expect(uncaught).toEqual([]);
  });
});
