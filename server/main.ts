/** Starts gongzhi: config → database (embedded or DATABASE_URL) → migrate → demo if empty → HTTP. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './platform/config.ts';
import { startDailyJobs } from './platform/daily.ts';
import { listenForChanges } from './platform/db/changes.ts';
import { createDb, createGroupDb } from './platform/db/db.ts';
import { startEmbedded, type EmbeddedPg } from './platform/db/embedded.ts';
import { migrate } from './platform/db/migrator.ts';
import { deriveKeys, loadMasterKey } from './platform/secrets.ts';
import { createServices } from './composition-root.ts';
import { createHttpApp } from './http-root.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo/seed.ts';

const started = Date.now();
const config = loadConfig();
const say = (m: string) => console.log(`[gongzhi] ${m}`);

/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
const DRAIN_MS = 20_000;

let embedded: EmbeddedPg | undefined;
let pools: { main: ReturnType<typeof createDb>; group: ReturnType<typeof createGroupDb> } | undefined;
let changes: ReturnType<typeof listenForChanges> | undefined;
let app: Awaited<ReturnType<typeof createHttpApp>> | undefined;
let daily: ReturnType<typeof startDailyJobs> | undefined;
let sweep: NodeJS.Timeout | undefined;
let starting: Promise<void> = Promise.resolve();
let stopping = false;

/**
 * Stops in order: no new requests (each answered 503 while draining), requests in flight finish
 * (cut after DRAIN_MS), the daily job finishes, then the listener, the pools and the embedded
 * PostgreSQL close. Only when every step succeeded does it say "stopped cleanly" and exit 0.
 */
async function shutdown(signal: string, code = 0) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: shutting down`);
  let clean = true;
  const step = async (what: string, fn: () => Promise<unknown> | undefined) => {
    try {
      await fn();
    } catch (e) {
      clean = false;
      console.error(`[gongzhi] ${what} failed:`, e);
    }
  };
  // a start-up still running finishes (or fails) first, so nothing opens after it is closed
  await starting.catch(() => undefined);
  await step('closing HTTP', async () => {
    if (!app) return;
    const cut = setTimeout(() => {
      say(`requests still running after ${DRAIN_MS / 1000} s: closing their connections`);
      app?.server.closeAllConnections();
    }, DRAIN_MS);
    try {
      await app.close();
    } finally {
      clearTimeout(cut);
    }
  });
  if (sweep) clearInterval(sweep);
  await step('stopping the daily jobs', () => daily?.stop());
  await step('closing the listener', () => changes?.close());
  await step('closing the group pool', () => pools?.group.db.destroy());
  await step('closing the pool', () => pools?.main.db.destroy());
  await step('stopping PostgreSQL', () => embedded?.stop());
  if (clean && code === 0) say('stopped cleanly');
  process.exit(clean ? code : 1);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

async function start() {
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbedded(config.dataDir, say);
    url = embedded.url;
    say(`embedded PostgreSQL running under ${embedded.dataDir}`);
  }
  pools = { main: createDb(url), group: createGroupDb(url) };
  const { db, pool } = pools.main;
  changes = listenForChanges(url);
  const applied = await migrate(pool, undefined, say);
  if (applied.length) say(`applied ${applied.length} migrations`);
  const keys = deriveKeys(loadMasterKey(config.dataDir));
  const services = createServices({
    db,
    pool,
    groupDb: pools.group.db,
    keys,
    changes,
    pageCache: config.pageCache,
  });
  const demo = config.demo ? await seedDemoIfEmpty({ db, pool, services, log: say }) : null;
  if (stopping) return;
  const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
  app = await createHttpApp(services, {
    logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    webDist,
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
  });
  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host}:${config.port}`;
  say(
    `serving ${base}  (API docs ${base}/api/docs)  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (demo) {
    say(`demo logins (password ${DEMO_PASSWORD} for every account):`);
    for (const a of demo.accounts) say(`  ${a.username.padEnd(12)} ${a.role.padEnd(18)} ${a.label}`);
  }
  // the daily task evaluation 每日研判: once per Shanghai day, whichever process gets there first
  if (config.dailyJobs)
    daily = startDailyJobs(
      db,
      [
        { name: 'tasks.evaluate', run: (day) => services.tasks.runDailyEvaluation({ day }) },
        // 严重精神障碍 follow-ups due or overdue: told to the patient's grid worker, once per due day
        { name: 'psych.followups', run: (day) => services.psych.notifyFollowups(day) },
        // 契约化党建: a joint project past its due day, told to its community once
        { name: 'compacts.overdue', run: (day) => services.compacts.notifyOverdue(day) },
      ],
      say,
    );
  // every five minutes: service-level timers turning yellow or red (told once each, dedupe keys) and
  // votes whose closing time has passed tallied (a settled vote is skipped), so any process may sweep
  if (config.dailyJobs)
    sweep = setInterval(() => {
      void services.events.notifyTimers().catch((e) => say(`timer notices failed: ${e}`));
      void services.votes.settleDue().catch((e) => say(`settling closed votes failed: ${e}`));
    }, 5 * 60_000).unref();
}

starting = start();
try {
  await starting;
} catch (e) {
  console.error(e);
  await shutdown('error', 1);
}
