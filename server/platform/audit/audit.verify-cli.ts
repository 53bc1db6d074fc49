/**
 * `npm run audit:verify`: checks the audit log's hash chain. Uses DATABASE_URL, or the embedded
 * PostgreSQL under DATA_DIR (through its socket when the app has it running, otherwise started
 * for the check and stopped again). Exits 0 when intact, 1 naming the first bad entry, 2 when
 * the check could not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/db.ts';
import { startEmbedded, type EmbeddedPg } from '../db/embedded.ts';
import { deriveKeys, loadMasterKey } from '../secrets.ts';
import { verifyChain } from './audit.ts';

/** The URL of the embedded server if one is already running under dataDir, else undefined. */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const pgdata = path.join(dataDir, 'pg');
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(pgdata)}`;
}

/** Runs the check and returns the process exit code; output goes to log and fail. */
export async function main(
  env: NodeJS.ProcessEnv = process.env,
  log: (m: string) => void = console.log,
  fail: (m: string) => void = console.error,
): Promise<number> {
  const config = loadConfig(env);
  const keyFile = path.join(config.dataDir, 'master.key');
  if (!env.GONGZHI_MASTER_KEY && !fs.existsSync(keyFile)) {
    fail(`no audit key: set GONGZHI_MASTER_KEY or keep ${keyFile} (the one the app uses)`);
    return 2;
  }
  const key = deriveKeys(loadMasterKey(config.dataDir, env)).audit;
  let embedded: EmbeddedPg | undefined;
  let url = config.databaseUrl ?? runningEmbeddedUrl(config.dataDir);
  if (!url) {
    if (!fs.existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'))) {
      fail(`no database: set DATABASE_URL or run the app once so ${config.dataDir}/pg exists`);
      return 2;
    }
    embedded = await startEmbedded(config.dataDir);
    url = embedded.url;
  }
  const { db } = createDb(url, 2);
  try {
    const r = await verifyChain(db, key);
    if (r.ok) {
      log(`audit chain intact: ${r.count} entries verified`);
      return 0;
    }
    const bad = await db
      .selectFrom('audit_log')
      .select(['seq', 'lane', 'at', 'action'])
      .where('seq', '=', r.badSeq)
      .executeTakeFirst();
    const what = bad
      ? `seq ${bad.seq} (lane ${bad.lane}), at ${new Date(bad.at).toISOString()}, action ${bad.action}`
      : `seq ${r.badSeq} (no longer in the log)`;
    fail(`audit chain BROKEN after ${r.count} good entries`);
    fail(`first bad entry: ${what}`);
    fail(`reason: ${r.reason}`);
    return 1;
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`audit verify could not run: ${(e as Error).message}`);
      process.exit(2);
    },
  );
}
