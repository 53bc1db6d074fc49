/**
 * `npm run demo -- --residents 5000000 [--seed s] [--database-url url] [--chunk n] [--workers n] [--history]`: builds a
 * full-size demo district for benchmarks into DATABASE_URL (or the embedded PostgreSQL under
 * DATA_DIR), streaming through COPY with progress lines and bounded memory; people are encrypted on
 * --workers threads (default: the cores, at most 4). `--history` then adds a year of every module's
 * work, as `npm start` does for its demo (not part of the timed figures). The database must not
 * hold a tree yet. The last line is a machine-readable summary (`demo-result {...}`).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createServices } from '../server/composition-root.ts';
import { loadConfig } from '../server/platform/config.ts';
import { createDb } from '../server/platform/db/db.ts';
import { startEmbedded, type EmbeddedPg } from '../server/platform/db/embedded.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { deriveKeys, loadMasterKey } from '../server/platform/secrets.ts';
import { DEFAULT_DEMO } from './generate.ts';
import { DEMO_PASSWORD, demoAccounts, loadDemoWithAccounts, seedHistory } from './seed.ts';

const { values } = parseArgs({
  options: {
    residents: { type: 'string', default: String(DEFAULT_DEMO.residents) },
    seed: { type: 'string', default: DEFAULT_DEMO.seed },
    'database-url': { type: 'string' },
    chunk: { type: 'string', default: '50000' },
    workers: { type: 'string', default: String(Math.min(4, os.availableParallelism())) },
    history: { type: 'boolean', default: false },
  },
});
const residents = Number(values.residents);
const chunk = Number(values.chunk);
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 0 || workers > 32) {
  console.error('--workers must be a whole number between 0 and 32');
  process.exit(2);
}
if (!Number.isInteger(residents) || residents < 100 || residents > 50_000_000) {
  console.error('--residents must be a whole number between 100 and 50000000');
  process.exit(2);
}
if (!Number.isInteger(chunk) || chunk < 1000) {
  console.error('--chunk must be a whole number of at least 1000');
  process.exit(2);
}

const say = (m: string) => console.log(`[demo] ${m}`);
const config = loadConfig();
let embedded: EmbeddedPg | undefined;
let url = values['database-url'] ?? config.databaseUrl;
if (!url) {
  embedded = await startEmbedded(config.dataDir, say);
  url = embedded.url;
}
const { db, pool } = createDb(url, 4);
let code = 0;
try {
  await migrate(pool, undefined, say);
  if (await db.selectFrom('org_nodes').select('id').limit(1).executeTakeFirst()) {
    throw new Error(
      'this database already holds an organisation tree; build the demo into an empty database',
    );
  }
  const keys = deriveKeys(loadMasterKey(config.dataDir));
  const services = createServices({ db, pool, keys });
  say(`building 福田区 with ${residents.toLocaleString('en')} residents (seed "${values.seed}")`);
  const r = await loadDemoWithAccounts(
    { db, pool, services },
    {
      seed: values.seed!,
      residents,
      chunk,
      workers,
      keys,
      onProgress: (p) => {
        const pct = ((100 * p.rows) / p.total).toFixed(1);
        say(
          `${p.phase.padEnd(6)} ${p.rows.toLocaleString('en')} rows (${pct}%) ${p.persons.toLocaleString('en')} people  ` +
            `${p.rowsPerSec.toLocaleString('en')} rows/s  RSS ${p.rssMb} MB  ${(p.elapsedMs / 1000).toFixed(0)} s`,
        );
      },
    },
  );
  say(
    `done in ${(r.ms / 1000).toFixed(1)} s: ${r.nodes} nodes, ${r.partyOrgs} party orgs, ${r.persons} people, ` +
      `${r.identities} identities; people rows ${r.peopleRowsPerSec.toLocaleString('en')}/s; peak RSS ${r.peakRssMb} MB`,
  );
  if (values.history) {
    const t0 = Date.now();
    await seedHistory({ db, services, log: say }, r.tree.district.id);
    say(`a year of every module's work in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  say(`demo logins (password ${DEMO_PASSWORD}):`);
  for (const a of await demoAccounts(db)) say(`  ${a.username.padEnd(10)} ${a.label}`);
  console.log(
    `demo-result ${JSON.stringify({
      residents,
      nodes: r.nodes,
      partyOrgs: r.partyOrgs,
      persons: r.persons,
      identities: r.identities,
      ms: r.ms,
      peopleRowsPerSec: r.peopleRowsPerSec,
      peakRssMb: r.peakRssMb,
    })}`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await pool.end();
  await embedded?.stop();
}
process.exit(code);
