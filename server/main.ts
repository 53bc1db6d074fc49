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
import { createHttpApp, createServices } from './composition-root.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo/seed.ts';

const started = Date.now();
const config = loadConfig();
const say = (m: string) => console.log(`[gongzhi] ${m}`);

let embedded: EmbeddedPg | undefined;
let url = config.databaseUrl;
if (!url) {
  embedded = await startEmbedded(config.dataDir, say);
  url = embedded.url;
  say(`embedded PostgreSQL running under ${embedded.dataDir}`);
}
const { db, pool } = createDb(url);
const group = createGroupDb(url);
const changes = listenForChanges(url);
let app: Awaited<ReturnType<typeof createHttpApp>> | undefined;
let daily: ReturnType<typeof startDailyJobs> | undefined;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: shutting down`);
  try {
    await daily?.stop();
    await app?.close();
    await changes.close();
    await group.pool.end();
    await pool.end();
    await embedded?.stop();
    say('stopped cleanly');
    process.exit(0);
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const applied = await migrate(pool, undefined, say);
  if (applied.length) say(`applied ${applied.length} migrations`);
  const keys = deriveKeys(loadMasterKey(config.dataDir));
  const services = createServices({
    db,
    pool,
    groupDb: group.db,
    keys,
    changes,
    pageCache: config.pageCache,
  });
  const demo = config.demo ? await seedDemoIfEmpty({ db, pool, services, log: say }) : null;
  const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
  app = await createHttpApp(services, {
    logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    webDist,
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
      [{ name: 'tasks.evaluate', run: (day) => services.tasks.runDailyEvaluation({ day }) }],
      say,
    );
  // service-level timers turning yellow or red: told once each (dedupe keys), so any process may sweep
  if (config.dailyJobs)
    setInterval(
      () => void services.events.notifyTimers().catch((e) => say(`timer notices failed: ${e}`)),
      5 * 60_000,
    ).unref();
} catch (e) {
  console.error(e);
  await shutdown('error');
  process.exit(1);
}
