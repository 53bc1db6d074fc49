/**
 * Runs the real app for the e2e tier (Playwright's webServer): a fresh DATA_DIR under .tmp and, when
 * DATABASE_URL is set, a freshly created database on that server, dropped again when the app stops.
 * (Playwright starts webServer before globalSetup, so the database is made here, in front of the app.)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const run = process.env.GZ_E2E_RUN ?? String(Date.now());
const dataDir = path.join(root, '.tmp', `e2e-${run}`);
const port = process.env.E2E_PORT ?? '3999';
const say = (m: string) => console.log(`[e2e] ${m}`);

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

let databaseUrl: string | undefined;
let dbName: string | undefined;
const base = process.env.DATABASE_URL;
if (base) {
  dbName = `gz_e2e_${run.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
  await admin(base, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  const u = new URL(base);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
  say(`database ${dbName} created`);
}
fs.mkdirSync(dataDir, { recursive: true });

// While this server runs, web/dist must not change under it (@fastify/static lists its files at
// start): hold the lock scripts/build-web.mjs takes exclusively to move a new build in.
// One lock per checkout, named as scripts/build-web.mjs names it.
const LOCK = path.join(
  os.tmpdir(),
  `gongzhi-web-dist-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`,
);
const holder = await new Promise<ReturnType<typeof spawn> | null>((resolve) => {
  const h = spawn('flock', ['-s', LOCK, 'sh', '-c', 'echo locked; exec cat'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  h.on('error', () => resolve(null)); // no flock(1): run without the guard
  h.stdout!.once('data', () => resolve(h));
});
if (holder) say('web/dist held for this run');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DEMO: '1',
};
if (databaseUrl) env.DATABASE_URL = databaseUrl;
else delete env.DATABASE_URL;
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts')], {
  cwd: root,
  env,
  stdio: 'inherit',
});

let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (base && dbName) {
    await admin(base, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch((e) =>
      console.error(`[e2e] could not drop ${dbName}:`, e),
    );
    say(`database ${dbName} dropped`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  holder?.stdin?.end();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
child.on('exit', (code) => {
  void cleanUp().finally(() => process.exit(code ?? 0));
});
