/**
 * Benchmark (b): `npm run demo -- --residents N` in rows per second (people + identities, written by
 * the real CLI in a child process, with its peak memory), next to a raw COPY of the same kind of
 * rows already encoded (generated and encrypted beforehand into files, then only streamed in).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { personRow } from '../server/modules/people/index.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { createPiiCipher } from '../server/platform/pii/pii.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import {
  batched,
  COPY_SQL,
  copyInto,
  identityLine,
  nodeLine,
  partyOrgLine,
  personLine,
} from '../demo/copy.ts';
import { buildTree, DEFAULT_DEMO, people } from '../demo/generate.ts';
import {
  BENCH_MASTER_KEY,
  fmt,
  recreateDatabase,
  runNode,
  adminQuery,
  type BenchContext,
  type Benchmark,
  type BenchReport,
} from './lib.ts';

/** The database a benchmark district of this size lives in (reused by the people-list benchmark). */
export function benchDatabase(residents: number): string {
  return `gz_bench_${residents}`;
}

/** Builds the benchmark district with the real CLI; returns its summary line. */
export async function buildBenchDistrict(
  ctx: BenchContext,
  opts: { database?: string; history?: boolean } = {},
) {
  const url = await recreateDatabase(ctx.adminUrl, opts.database ?? benchDatabase(ctx.residents));
  let last = 0;
  const out = await runNode(
    'demo/cli.ts',
    ['--residents', String(ctx.residents), '--database-url', url, ...(opts.history ? ['--history'] : [])],
    { GONGZHI_MASTER_KEY: BENCH_MASTER_KEY },
    (l) => {
      // keep the log readable: every progress line for small runs, one in ten seconds for big ones
      const now = Date.now();
      if (!l.includes('rows (') || now - last > 10_000) {
        last = now;
        ctx.log(`  ${l}`);
      }
    },
  );
  const line = out.split('\n').find((l) => l.startsWith('demo-result '));
  if (!line) throw new Error('demo CLI printed no result');
  return JSON.parse(line.slice('demo-result '.length)) as {
    persons: number;
    identities: number;
    ms: number;
    peopleRowsPerSec: number;
    peakRssMb: number;
  };
}

async function writeLines(file: string, lines: Iterable<string>) {
  const out = fs.createWriteStream(file);
  for (const piece of batched(lines, 1 << 20)) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Raw baseline: the same rows pre-encoded into files, then COPY alone is timed. */
async function rawCopy(ctx: BenchContext) {
  const url = await recreateDatabase(ctx.adminUrl, 'gz_bench_raw');
  const { db, pool } = createDb(url, 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-bench-'));
  try {
    await migrate(pool);
    const opts = { seed: DEFAULT_DEMO.seed, residents: ctx.residents };
    const tree = buildTree(opts);
    const client = await pool.connect();
    try {
      await copyInto(client, COPY_SQL.nodes, batched(tree.nodes.map(nodeLine)));
      await copyInto(client, COPY_SQL.partyOrgs, batched(tree.partyOrgs.map(partyOrgLine)));
    } finally {
      client.release();
    }
    ctx.log(`  raw: pre-encoding ${fmt(ctx.residents)} people into files (not timed)…`);
    const pii = createPiiCipher(deriveKeys(Buffer.from(BENCH_MASTER_KEY, 'hex')));
    const personsFile = path.join(dir, 'persons.copy');
    const identitiesFile = path.join(dir, 'identities.copy');
    let identities = 0;
    const ids = fs.createWriteStream(identitiesFile);
    let idBuf = '';
    const personLines = function* () {
      for (const p of people(tree)) {
        yield personLine(personRow(pii, p));
        for (const i of p.identities) {
          idBuf += identityLine(p.districtId, p.id, i);
          identities++;
        }
        if (idBuf.length > 1 << 20) {
          ids.write(idBuf);
          idBuf = '';
        }
      }
    };
    await writeLines(personsFile, personLines());
    ids.end(idBuf);
    await once(ids, 'finish');
    ctx.log(`  raw: COPY of ${fmt(ctx.residents)} people and ${fmt(identities)} identities (timed)…`);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const t0 = performance.now();
    try {
      await pipeline(
        fs.createReadStream(personsFile, { highWaterMark: 1 << 20 }),
        c.query(copyStreams.from(COPY_SQL.persons)),
      );
      await pipeline(
        fs.createReadStream(identitiesFile, { highWaterMark: 1 << 20 }),
        c.query(copyStreams.from(COPY_SQL.identities)),
      );
    } finally {
      await c.end();
    }
    const seconds = (performance.now() - t0) / 1000;
    return { rows: ctx.residents + identities, seconds, rowsPerSec: (ctx.residents + identities) / seconds };
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    await adminQuery(ctx.adminUrl, 'DROP DATABASE IF EXISTS gz_bench_raw WITH (FORCE)');
  }
}

/** The demo-generation benchmark. */
export const demoGenBenchmark: Benchmark = {
  name: 'demo-gen',
  description: 'npm run demo rows/s and peak RSS next to a raw COPY of the same pre-encoded rows',
  async run(ctx): Promise<BenchReport> {
    ctx.log(`demo-gen: building a ${fmt(ctx.residents)}-resident district with npm run demo…`);
    const gen = await buildBenchDistrict(ctx);
    const raw = await rawCopy(ctx);
    const ratio = gen.peopleRowsPerSec / raw.rowsPerSec;
    const rows = gen.persons + gen.identities;
    const lines = [
      `### demo-gen: ${fmt(ctx.residents)} residents`,
      '',
      '| | rows (people + identities) | time | rows/s | peak RSS |',
      '|---|---:|---:|---:|---:|',
      `| \`npm run demo\` (generate + SM4/HMAC-SM3 encode + COPY) | ${fmt(rows)} | ${fmt(rows / gen.peopleRowsPerSec, 1)} s | ${fmt(gen.peopleRowsPerSec)} | ${fmt(gen.peakRssMb)} MB |`,
      `| raw COPY of pre-encoded rows | ${fmt(raw.rows)} | ${fmt(raw.seconds, 1)} s | ${fmt(raw.rowsPerSec)} | |`,
      '',
      `Ratio ${(ratio * 100).toFixed(0)}% of raw (target ≥ 50%): ${ratio >= 0.5 ? 'met' : 'NOT met'}. ` +
        `Peak RSS ${gen.peakRssMb} MB (target < 1 GB): ${gen.peakRssMb < 1024 ? 'met' : 'NOT met'}. ` +
        `Whole CLI run incl. tree and accounts: ${fmt(gen.ms / 1000, 1)} s.`,
    ];
    return { name: 'demo-gen', markdown: lines.join('\n') };
  },
};
