/**
 * Event intake: logged-in grid workers POST /api/events (a client UUIDv7 and an Idempotency-Key on
 * every request) against server/main.ts in a child process, driven by autocannon; beside it, in
 * the same run, a raw `pg` INSERT of the same rows into events_events with the same number of
 * connections and duration, the two taking turns. Prints req/s and p99 of both and the ratio
 * (target ≥ 40% of raw).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/grid-intake.ts
 *
 * The API and the baseline alternate for BENCH_ROUNDS rounds (default 3) of BENCH_DURATION seconds each
 * (default 15), with BENCH_CONNECTIONS connections (default 10). Appends to bench/RESULTS-grid.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createServices } from '../server/composition-root.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { EVENT_CATEGORIES } from '../server/modules/events/events.rules.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import {
  BENCH_MASTER_KEY,
  closedLoop,
  login,
  machine,
  ROOT,
  startApp,
  withDatabase,
  type Benchmark,
  type BenchContext,
  type BenchReport,
} from './lib.ts';

const RESULTS = path.join(ROOT, 'bench', 'RESULTS-grid.md');
const WORKERS = 20;
const PASSWORD = 'Bench-Passw0rd!';

/** Runs the benchmark against a PostgreSQL server where it may create a database. */
export async function runGridIntake(
  adminUrl: string,
  log: (m: string) => void,
  duration = Number(process.env.BENCH_DURATION ?? 15),
  connections = Number(process.env.BENCH_CONNECTIONS ?? 10),
  roundsWanted = Number(process.env.BENCH_ROUNDS ?? 3),
): Promise<BenchReport> {
  const name = 'gz_bench_grid_intake';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  const { db, pool } = createDb(url, connections + 2);
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    await migrate(pool);
    const services = createServices({ db, pool, keys: deriveKeys(Buffer.from(BENCH_MASTER_KEY, 'hex')) });
    // a small tree: one district, one street, one community, WORKERS grids with one worker each
    const ids: { grid: string; district: string; community: string }[] = [];
    await db.transaction().execute(async (trx) => {
      const city = await services.org.bootstrapNode(trx, null, {
        level: 'city',
        name: '深圳市',
        code: '440300',
      });
      const cityRow = { id: city.id, district_id: city.districtId, path: city.path, depth: 0, level: 'city' };
      const d = await services.org.bootstrapNode(trx, cityRow, {
        level: 'district',
        name: '龙岗区',
        code: '440307',
      });
      const dRow = { id: d.id, district_id: d.districtId, path: d.path, depth: 1, level: 'district' };
      const s = await services.org.bootstrapNode(trx, dRow, {
        level: 'street',
        name: '龙城街道',
        code: '440307003',
      });
      const sRow = { id: s.id, district_id: s.districtId, path: s.path, depth: 2, level: 'street' };
      const c = await services.org.bootstrapNode(trx, sRow, {
        level: 'community',
        name: '回龙埔社区',
        code: '440307003001',
      });
      const cRow = { id: c.id, district_id: c.districtId, path: c.path, depth: 3, level: 'community' };
      for (let i = 0; i < WORKERS; i++) {
        const g = await services.org.bootstrapNode(trx, cRow, { level: 'grid', name: `第${i + 1}网格` });
        ids.push({ grid: g.id, district: d.id, community: c.id });
      }
    });
    for (let i = 0; i < WORKERS; i++)
      await services.accounts.bootstrapAccount({
        username: `gw${i}`,
        displayName: `网格员${i}`,
        password: PASSWORD,
        homeDistrictId: ids[i].district,
        grants: [{ role: 'grid_worker', nodeId: ids[i].grid, districtId: ids[i].district }],
      });
    app = await startApp(url, log);
    const sessions: { cookie: string; csrf: string; grid: string }[] = [];
    for (let i = 0; i < WORKERS; i++) {
      const cookie = await login(app.base, `gw${i}`, PASSWORD);
      const me = (await (await fetch(`${app.base}/api/auth/me`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      };
      sessions.push({ cookie, csrf: me.csrfToken, grid: ids[i].grid });
    }
    // Each worker reports in his own grid, a cell of about 550 m, over the code list's categories
    // (the recurrence search then finds what a grid's own history holds, not a whole district's).
    const spot = (i: number) => ({
      category: EVENT_CATEGORIES[Math.floor(Math.random() * EVENT_CATEGORIES.length)],
      lat: 22.5 + (i % 5) * 0.005 + Math.random() * 0.005,
      lng: 114.0 + Math.floor(i / 5) * 0.005 + Math.random() * 0.005,
    });
    const body = (i: number, id: string) => {
      const p = spot(i);
      return JSON.stringify({
        id,
        nodeId: ids[i].grid,
        category: p.category,
        title: '楼道堆放杂物',
        description: '3 楼楼道堆放纸箱，堵塞消防通道',
        position: { lat: p.lat, lng: p.lng },
      });
    };
    let n = 0;
    const base = app.base;
    const run = (seconds: number) =>
      autocannon({
        url: base,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: '/api/events',
            setupRequest: (req: any) => {
              const w = n++ % sessions.length;
              const s = sessions[w];
              const id = uuidv7();
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  cookie: s.cookie,
                  'x-csrf-token': s.csrf,
                  'idempotency-key': `bench-${id}`,
                },
                body: body(w, id),
              };
            },
          },
        ],
      });
    // the baseline: a raw INSERT of the same row, same connections and duration
    const rawInsert = () => {
      const i = Math.floor(Math.random() * WORKERS);
      const id = uuidv7();
      const now = new Date();
      const p = spot(i);
      return pool.query(
        `INSERT INTO events_events (district_id, id, node_id, handling_node_id, category, level, title, description,
           lat, lng, reporter_kind, reporter_user_id, reporter_name, state, reported_at, report_day)
         VALUES ($1, $2, $3, $4, $5, 1, '楼道堆放杂物', '3 楼楼道堆放纸箱，堵塞消防通道', $6, $7,
           'grid_worker', NULL, '网格员', 'reported', $8, $9)`,
        [
          ids[i].district,
          id,
          ids[i].grid,
          ids[i].community,
          p.category,
          p.lat,
          p.lng,
          now,
          now.toISOString().slice(0, 10),
        ],
      );
    };
    // Warm-up: a few seconds of both, then ANALYZE, so plans (foreign-key checks among them) are
    // made for tables that hold rows rather than for the empty tables of a new database.
    log(`warm-up: ${connections} connections × 3 s of each, then ANALYZE`);
    await run(3);
    await closedLoop(connections, 3, rawInsert);
    // The baseline's rows (the only ones with no reporter account) are deleted after each of its
    // phases, so that every API phase finds the events the API wrote and no others: each report
    // looks for earlier ones within 50 m, and the baseline's rows, as many again as the API's in
    // the same few cells, would otherwise make each round's reports costlier than the last's.
    const dropRaw = async () => {
      await pool.query('DELETE FROM events_events WHERE reporter_user_id IS NULL');
      await pool.query('VACUUM (ANALYZE) events_events');
    };
    await dropRaw();
    const count = async () =>
      (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events_events')).rows[0].n;
    // The two alternate, round after round, so that both meet the same spells of a shared
    // machine's load; each round's ratio is printed, and the verdict is on all rounds together.
    const rounds: { api: autocannon.Result; raw: Awaited<ReturnType<typeof closedLoop>>; created: number }[] =
      [];
    for (let k = 1; k <= roundsWanted; k++) {
      log(
        `round ${k}/${roundsWanted}: POST /api/events as ${WORKERS} grid workers, ${connections} connections × ${duration} s`,
      );
      const before = await count();
      const api = await run(duration);
      const created = (await count()) - before;
      log(
        `  API: ${api.requests.average.toFixed(0)} req/s, p99 ${api.latency.p99} ms, non-2xx ${api.non2xx}, events stored ${created}`,
      );
      const raw = await closedLoop(connections, duration, rawInsert);
      log(
        `  raw INSERT: ${raw.perSec.toFixed(0)} rows/s, p99 ${raw.p99.toFixed(1)} ms, errors ${raw.errors}; ratio ${((100 * api.requests.average) / raw.perSec).toFixed(0)}%`,
      );
      rounds.push({ api, raw, created });
      await dropRaw();
    }
    const apiTotal = rounds.reduce((a, r) => a + r.api.requests.total, 0) / (rounds.length * duration);
    const rawTotal = rounds.reduce((a, r) => a + r.raw.requests, 0) / (rounds.length * duration);
    const ratio = apiTotal / rawTotal;
    const ratios = rounds.map((r) => r.api.requests.average / r.raw.perSec).sort((a, b) => a - b);
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    const md = [
      '## grid-intake: grid workers report events (POST /api/events with Idempotency-Key)',
      '',
      await machine(adminUrl),
      '',
      `${connections} connections, ${WORKERS} logged-in grid workers; every request a new client UUIDv7 and Idempotency-Key. ` +
        `${rounds.length} rounds of ${duration} s of the API followed by ${duration} s of the raw INSERT ` +
        '(whose rows are deleted after each round, so the API finds only its own events).',
      'Each API request: session + CSRF, zod validation, then its group of reports (those that arrived while the ' +
        'group before was written): one statement that commits on its own, on the group pool (generic plans), ' +
        'with no read before it while the intake keeps its audit lane (the head it wrote last, seqs drawn ahead); it ' +
        'claims the Idempotency-Keys, appends the audit entries (only if the lane head is unmoved), decides recurrence ' +
        "(each report under its district's rule, carried in its row), flags the neighbours, takes the events' numbers " +
        '(one counter row per district and day), and writes the events, their steps and the rollup upserts. Nodes ' +
        "with their ancestors (org's kept reads), service levels and district settings come from memory, kept while " +
        'LISTEN/NOTIFY reports every change. The response view is built from the written row (nothing read after commit).',
      '',
      '| round | API req/s | API p99 ms | API errors / non-2xx | raw rows/s | raw p99 ms | API / raw |',
      '|---|---|---|---|---|---|---|',
      ...rounds.map(
        (r, k) =>
          `| ${k + 1} | ${r.api.requests.average.toFixed(0)} | ${r.api.latency.p99} | ${r.api.errors} / ${r.api.non2xx} | ` +
          `${r.raw.perSec.toFixed(0)} | ${r.raw.p99.toFixed(1)} | ${pct(r.api.requests.average / r.raw.perSec)} |`,
      ),
      `| all | ${apiTotal.toFixed(0)} | | | ${rawTotal.toFixed(0)} | | **${pct(ratio)}** |`,
      '',
      `API / raw over all rounds = ${pct(ratio)} (rounds from ${pct(ratios[0])} to ${pct(ratios[ratios.length - 1])}); ` +
        `target ≥ 40%: ${ratio >= 0.4 ? 'met' : 'NOT met'}. Events stored by the API: ${rounds.reduce((a, r) => a + r.created, 0)}.`,
    ].join('\n');
    return { name: 'grid-intake', markdown: md };
  } finally {
    if (app) await app.stop();
    await db.destroy().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/** The benchmark as bench/run.ts selects it. */
export const benchmark: Benchmark = {
  name: 'grid-intake',
  description: 'grid workers POST events with Idempotency-Keys (autocannon) vs a raw pg INSERT',
  run: (ctx: BenchContext) => runGridIntake(ctx.adminUrl, ctx.log, ctx.duration, ctx.connections),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const r = await runGridIntake(url, (m) => console.log(m));
  console.log('\n' + r.markdown);
  if (!fs.existsSync(RESULTS)) fs.writeFileSync(RESULTS, '# Benchmark results: grid governance\n');
  fs.appendFileSync(RESULTS, '\n' + r.markdown + '\n');
  process.exit(0);
}
