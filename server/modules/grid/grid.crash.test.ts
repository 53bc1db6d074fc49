/**
 * kill -9 of the server in the middle of an offline sync, then a replay of the same batch: every
 * record exists exactly once. Runs server/main.ts as a child process on this test's database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, TEST_PASSWORD, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let child: ChildProcess | null = null;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-crash-'));

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await env.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(port: number): Promise<ChildProcess> {
  const c = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: env.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: '0',
      SERVE_WEB: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      GONGZHI_MASTER_KEY: '07'.repeat(32),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
    const on = (d: Buffer) => {
      if (d.toString().includes('serving ')) {
        clearTimeout(timer);
        resolve();
      }
    };
    c.stdout!.on('data', on);
    c.stderr!.on('data', on);
    c.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  c.removeAllListeners('exit');
  return c;
}

it('a kill -9 during a sync, then a replay, creates each record exactly once', async () => {
  const worker = await env.as('grid_worker', 'grid111');
  const officer = await env.as('community_officer', 'community11');
  const records: string[] = [];
  for (let i = 0; i < 30; i++) {
    const r = await worker.post('/api/grid/registers/housing', {
      nodeId: env.nodes.grid111.id,
      attrs: { building: 'K栋', unit: '1', room: String(100 + i), occupancy: 'owner' },
    });
    records.push(r.body.id);
  }
  expect(officer.userId).toBeTruthy();
  const ops = records.flatMap((recordId) => {
    const v = uuidv7();
    const e = uuidv7();
    return [
      {
        key: `crash-${v}`,
        kind: 'visit.create',
        body: { id: v, recordId, visitedAt: new Date().toISOString(), result: 'met' },
      },
      {
        key: `crash-${e}`,
        kind: 'event.create',
        body: { id: e, nodeId: env.nodes.grid111.id, category: 'sanitation', title: '垃圾' },
      },
    ];
  });
  const visitIds = ops.filter((o) => o.kind === 'visit.create').map((o) => o.body.id);
  const eventIds = ops.filter((o) => o.kind === 'event.create').map((o) => o.body.id);

  const port = 30000 + Math.floor(Math.random() * 20000);
  child = await startServer(port);
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: worker.username, password: TEST_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const send = (b: string) =>
    fetch(`${b}/api/grid/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ ops }),
    });

  // start the sync, then kill the server while it is working through the queue
  const inflight = send(base).then(
    () => 'finished',
    () => 'cut',
  );
  const countIn = async (table: 'grid_visits' | 'events_events', ids: string[]) =>
    Number(
      (
        await env.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('c'))
          .where('id', 'in', ids)
          .executeTakeFirstOrThrow()
      ).c,
    );
  const deadline = Date.now() + 30_000;
  while ((await countIn('grid_visits', visitIds)) < 3 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  expect(await inflight).toBe('cut');
  const partial = (await countIn('grid_visits', visitIds)) + (await countIn('events_events', eventIds));
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(ops.length);

  // the phone replays the same batch against the restarted server
  const port2 = port + 1;
  child = await startServer(port2);
  const replay = await send(`http://127.0.0.1:${port2}`);
  expect(replay.status).toBe(200);
  const body = (await replay.json()) as { results: { status: string }[] };
  expect(body.results.every((r) => r.status === 'ok' || r.status === 'replayed')).toBe(true);
  expect(body.results.filter((r) => r.status === 'replayed').length).toBeGreaterThan(0);
  for (const id of visitIds) expect(await countIn('grid_visits', [id])).toBe(1);
  for (const id of eventIds) expect(await countIn('events_events', [id])).toBe(1);
  const steps = await env.db
    .selectFrom('events_steps')
    .select('event_id')
    .where('event_id', 'in', eventIds)
    .execute();
  expect(steps.length).toBe(eventIds.length);
}, 180_000);
