/**
 * The street dashboard's figures, statement by statement (not a timed benchmark of its own: a
 * measuring aid for district-day's biggest cost). Starts the app on the district-day database with
 * every statement captured, asks `GET /api/home/stats` once at a street (as jiedao) and once at the
 * district (as zzb), then EXPLAIN ANALYZEs each captured statement of the grid, volunteers and
 * partyorgs figures with its own values and prints its execution time, slowest first.
 *
 *   node --import tsx scripts/street-stats.ts [--residents 1000000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { benchDatabase } from '../bench/demo-gen.ts';
import { login, ROOT, startApp, withDatabase } from '../bench/lib.ts';

const at = process.argv.indexOf('--residents');
const residents = at > 0 ? Number(process.argv[at + 1]) : 1_000_000;
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = withDatabase(adminUrl, `${benchDatabase(residents)}_day`);
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/** Which figure a statement belongs to, by the tables it reads (grid's readiness asks events by id). */
function moduleOf(text: string): string | null {
  if (/\bgrid_/.test(text) || /"e"\."id" in/.test(text)) return 'grid';
  if (/\bvolunteers_/.test(text)) return 'volunteers';
  if (/\b(partyorgs_|org_party)/.test(text)) return 'partyorgs';
  return null;
}

async function main() {
  const capture = path.join(os.tmpdir(), `gz-street-stats-${process.pid}.jsonl`);
  const app = await startApp(url, (m) => console.error(m), {
    NODE_OPTIONS: `--import=${path.join(ROOT, 'bench', 'sql-capture.mjs')}`,
    GZ_SQL_CAPTURE: capture,
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [username, label] of [
      ['jiedao', 'street'],
      ['zzb', 'district'],
    ] as const) {
      const cookie = await login(app.base, username, DEMO_PASSWORD);
      const me = (await (await fetch(`${app.base}/api/auth/me`, { headers: { cookie } })).json()) as {
        grants: { nodeId: string }[];
      };
      const nodeId = me.grants[0].nodeId;
      const ask = () =>
        fetch(`${app.base}/api/home/stats?nodeId=${nodeId}&year=${year}`, { headers: { cookie } });
      await ask(); // warm: plans, caches
      fs.writeFileSync(capture, '');
      const t0 = performance.now();
      const res = await ask();
      const ms = performance.now() - t0;
      const body = (await res.json()) as { key: string; value: number | null }[];
      const lines = fs.readFileSync(capture, 'utf8').split('\n').filter(Boolean);
      console.log(`\n## ${label} (${username}, node ${nodeId}): ${res.status} in ${ms.toFixed(0)} ms`);
      const figures = body.filter((s) => ['grid', 'volunteers', 'partyorgs'].includes(s.key.split('.')[0]));
      console.log(figures.map((s) => `${s.key}=${s.value}`).join(' '));
      const byModule: Record<string, number> = {};
      const rows: { module: string; ms: number; text: string }[] = [];
      for (const l of lines) {
        const s = JSON.parse(l) as { text: string; values: unknown[] };
        const module = moduleOf(s.text);
        if (!module || !/^\s*(select|with)/i.test(s.text)) continue;
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, s.values);
        const p = plan.rows[0]['QUERY PLAN'][0];
        const took = p['Planning Time'] + p['Execution Time'];
        byModule[module] = (byModule[module] ?? 0) + took;
        rows.push({ module, ms: took, text: s.text.replace(/\s+/g, ' ').slice(0, 160) });
        if (process.env.STATS_DUMP)
          fs.appendFileSync(process.env.STATS_DUMP, JSON.stringify({ label, ms: took, ...s }) + '\n');
      }
      for (const [m, t] of Object.entries(byModule)) console.log(`${m}: ${t.toFixed(1)} ms in all`);
      for (const r of rows.sort((a, b) => b.ms - a.ms))
        console.log(`  ${r.module.padEnd(10)} ${r.ms.toFixed(1).padStart(7)} ms  ${r.text}`);
    }
  } finally {
    await client.end();
    await app.stop();
    fs.rmSync(capture, { force: true });
  }
}

await main();
