/**
 * npm run restore -- BACKUP [--key KEYFILE]: restores a backup made by `npm run backup` onto an
 * empty database: the embedded one under DATA_DIR (a new, empty data folder) or DATABASE_URL (an
 * empty database). The master key is opened with the passphrase (GONGZHI_BACKUP_PASSPHRASE, or
 * asked) and written to DATA_DIR/master.key, unless GONGZHI_MASTER_KEY is set (it must be the same
 * key). KEYFILE defaults to the backup's name with .key.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  askPassphrase,
  openKey,
  readBackupHeader,
  restoreDatabase,
  type SealedKey,
} from '../server/platform/backup.ts';
import { loadConfig } from '../server/platform/config.ts';
import { createDb } from '../server/platform/db/db.ts';
import { runningEmbeddedUrl, startEmbedded, type EmbeddedPg } from '../server/platform/db/embedded.ts';
import { loadMasterKey, writeMasterKey } from '../server/platform/secrets.ts';

const say = (m: string) => console.log(`[restore] ${m}`);
const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--key');
if (!file) {
  console.error('usage: npm run restore -- BACKUP [--key KEYFILE]');
  process.exit(2);
}
const keyFile = args.includes('--key')
  ? args[args.indexOf('--key') + 1]
  : file.replace(/\.backup\.gz$/, '') + '.key.json';
const header = await readBackupHeader(file);
say(
  `backup of ${header.createdAt}: ${header.tables.length} tables, ${header.migrations.length} migrations, key ${header.keyFingerprint}`,
);
const master = openKey(JSON.parse(fs.readFileSync(keyFile, 'utf8')) as SealedKey, await askPassphrase(false));

const config = loadConfig();
if (process.env.GONGZHI_MASTER_KEY && !loadMasterKey(config.dataDir).equals(master)) {
  console.error('[restore] GONGZHI_MASTER_KEY is set to another key than the backup was made with');
  process.exit(2);
}
const keyPath = path.join(config.dataDir, 'master.key');
if (
  !process.env.GONGZHI_MASTER_KEY &&
  fs.existsSync(keyPath) &&
  !loadMasterKey(config.dataDir).equals(master)
) {
  console.error(`[restore] ${keyPath} holds another key; restore into a new DATA_DIR`);
  process.exit(2);
}

let embedded: EmbeddedPg | undefined;
let url = config.databaseUrl ?? runningEmbeddedUrl(config.dataDir);
if (!url) {
  embedded = await startEmbedded(config.dataDir, say);
  url = embedded.url;
}
const { pool } = createDb(url, 2);
try {
  const t0 = Date.now();
  const r = await restoreDatabase(pool, file, master, { log: say });
  if (!process.env.GONGZHI_MASTER_KEY) {
    writeMasterKey(config.dataDir, master);
    say(`master key written to ${keyPath}`);
  }
  const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
  say(
    `restored ${total} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s; check the audit chain with: npm run audit:verify`,
  );
} finally {
  await pool.end();
  await embedded?.stop();
}
