/**
 * npm run backup [-- --out DIR]: a consistent backup of the database (embedded under DATA_DIR, or
 * DATABASE_URL) into DIR (./backups), and beside it the master key encrypted under a passphrase
 * (GONGZHI_BACKUP_PASSPHRASE, or asked). Safe while the app runs: the snapshot sees every write
 * committed before it began. Keep the two files apart: the key file and its passphrase together
 * unlock every national ID in the backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { askPassphrase, backupDatabase, sealKey } from '../server/platform/backup.ts';
import { loadConfig } from '../server/platform/config.ts';
import { createDb } from '../server/platform/db/db.ts';
import { runningEmbeddedUrl, startEmbedded, type EmbeddedPg } from '../server/platform/db/embedded.ts';
import { findMasterKey } from '../server/platform/secrets.ts';

const say = (m: string) => console.log(`[backup] ${m}`);
const args = process.argv.slice(2);
const outDir = path.resolve(
  args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : 'backups',
);

const config = loadConfig();
const master = findMasterKey(config.dataDir);
if (!master) {
  console.error(
    '[backup] no master key (GONGZHI_MASTER_KEY or DATA_DIR/master.key): nothing could be restored',
  );
  process.exit(2);
}
const passphrase = await askPassphrase(true);

let embedded: EmbeddedPg | undefined;
let url = config.databaseUrl ?? runningEmbeddedUrl(config.dataDir);
if (!url) {
  if (!fs.existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'))) {
    console.error(`[backup] no database: neither DATABASE_URL nor a PostgreSQL under ${config.dataDir}`);
    process.exit(2);
  }
  embedded = await startEmbedded(config.dataDir, say);
  url = embedded.url;
}
const { pool } = createDb(url, 2);
try {
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const dump = path.join(outDir, `gongzhi-${stamp}.backup.gz`);
  const keyFile = path.join(outDir, `gongzhi-${stamp}.key.json`);
  const t0 = Date.now();
  const r = await backupDatabase(pool, dump, master);
  fs.writeFileSync(keyFile, JSON.stringify(sealKey(master, passphrase), null, 2) + '\n', { mode: 0o600 });
  const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
  say(
    `${dump}: ${r.header.tables.length} tables, ${total} rows, ${(r.bytes / 2 ** 20).toFixed(1)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  say(`${keyFile}: the master key (fingerprint ${r.header.keyFingerprint}), encrypted under the passphrase`);
  say('store the key file apart from the backup; restore with: npm run restore -- ' + dump);
} finally {
  await pool.end();
  await embedded?.stop();
}
