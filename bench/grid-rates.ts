/**
 * The rates dashboard at district scale: 2,000,000 events in one year over a district of 11
 * streets, 99 communities, 1,485 grids and 20 departments, loaded with COPY into a fresh database,
 * with the rollup built from the same events by the same definition. For random date ranges within
 * the year, the events service's rates (rollup sums) are timed per node level beside the naive
 * GROUP BY over the raw events, the two answers are checked equal, and p95 is printed
 * (target < 100 ms).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/grid-rates.ts
 *
 * BENCH_GRID_EVENTS overrides the event count. Appends to bench/RESULTS-grid.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { createServices } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import { EVENT_CATEGORIES } from '../server/modules/events/index.ts';
import {
  BENCH_MASTER_KEY,
  machine,
  ROOT,
  timeBeside,
  withDatabase,
  type Benchmark,
  type BenchContext,
  type BenchReport,
} from './lib.ts';

const EVENTS = Number(process.env.BENCH_GRID_EVENTS ?? 2_000_000);
const STREETS = 11;
const COMMUNITIES = 9;
const GRIDS = 15;
const DEPTS = 20;
const YEAR_START = Date.parse('2026-01-01T00:00:00+08:00');
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-grid.md');

/** A small deterministic PRNG (mulberry32) so every run loads the same data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function copy(client: pg.PoolClient, table: string, columns: string[], rows: Iterable<string>) {
  const stream = client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(rows), stream);
}

type Node = { id: string; path: string; level: string; name: string };

/** Runs the benchmark against a PostgreSQL server where it may create a database. */
export async function runGridRates(adminUrl: string, log: (m: string) => void): Promise<BenchReport> {
  const name = 'gz_bench_grid_rates';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  const { db, pool } = createDb(url, 12);
  try {
    await migrate(pool);
    const rnd = prng(20261123);
    // the tree
    const city = uuidv7();
    const district = uuidv7();
    const nodes: (Node & { parent: string | null; depth: number })[] = [
      { id: city, path: `/${city}/`, level: 'city', name: '深圳市', parent: null, depth: 0 },
      {
        id: district,
        path: `/${city}/${district}/`,
        level: 'district',
        name: '龙岗区',
        parent: city,
        depth: 1,
      },
    ];
    const grids: Node[] = [];
    const depts: Node[] = [];
    for (let d = 0; d < DEPTS; d++) {
      const id = uuidv7();
      const n = {
        id,
        path: `/${city}/${district}/${id}/`,
        level: 'department',
        name: `部门${d + 1}`,
        parent: district,
        depth: 2,
      };
      nodes.push(n);
      depts.push(n);
    }
    for (let s = 0; s < STREETS; s++) {
      const sid = uuidv7();
      const sp = `/${city}/${district}/${sid}/`;
      nodes.push({ id: sid, path: sp, level: 'street', name: `街道${s + 1}`, parent: district, depth: 2 });
      for (let c = 0; c < COMMUNITIES; c++) {
        const cid = uuidv7();
        const cp = `${sp}${cid}/`;
        nodes.push({
          id: cid,
          path: cp,
          level: 'community',
          name: `社区${s + 1}-${c + 1}`,
          parent: sid,
          depth: 3,
        });
        for (let g = 0; g < GRIDS; g++) {
          const gid = uuidv7();
          const n = {
            id: gid,
            path: `${cp}${gid}/`,
            level: 'grid',
            name: `网格${s + 1}-${c + 1}-${g + 1}`,
            parent: cid,
            depth: 4,
          };
          nodes.push(n);
          grids.push(n);
        }
      }
    }
    const client = await pool.connect();
    try {
      await copy(
        client,
        'org_nodes',
        ['district_id', 'id', 'parent_id', 'level', 'name', 'path', 'depth', 'name_initials', 'name_pinyin'],
        nodes.map(
          (n) =>
            [
              n.level === 'city' ? city : district,
              n.id,
              n.parent ?? '\\N',
              n.level,
              n.name,
              n.path,
              n.depth,
              'x',
              'x',
            ].join('\t') + '\n',
        ),
      );
      log(`tree: ${nodes.length} nodes (${grids.length} grids, ${DEPTS} departments)`);
      const t0 = performance.now();
      const cols = [
        'district_id',
        'id',
        'node_id',
        'handling_node_id',
        'department_id',
        'category',
        'level',
        'title',
        'reporter_kind',
        'reporter_name',
        'state',
        'reported_at',
        'report_day',
        'received_at',
        'dispatched_at',
        'ever_dispatched',
        'handled_at',
        'verified_at',
        'closed_at',
      ];
      const communityOf = (g: Node) => g.path.split('/').filter(Boolean)[3];
      function* rows() {
        for (let i = 0; i < EVENTS; i++) {
          const g = grids[Math.floor(rnd() * grids.length)];
          const at = YEAR_START + Math.floor(rnd() * 365 * 86400_000);
          const reported = new Date(at);
          const day = new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
          const r = rnd();
          // a Longgang-like mix: ~94% received, ~85% of those dispatched, ~83% of those verified
          const merged = r < 0.01;
          const received = !merged && rnd() < 0.94;
          const dispatched = received && rnd() < 0.85;
          const handled = dispatched && rnd() < 0.9;
          const verified = handled && rnd() < 0.92;
          const closed = verified && rnd() < 0.8;
          const state = merged
            ? 'merged'
            : closed
              ? 'closed'
              : verified
                ? 'verified'
                : handled
                  ? 'handled'
                  : dispatched
                    ? 'dispatched'
                    : received
                      ? 'received'
                      : 'reported';
          const ts = (h: number) => new Date(at + h * 3600_000).toISOString();
          const dept = dispatched ? depts[Math.floor(rnd() * depts.length)].id : '\\N';
          yield (
            [
              district,
              uuidv7(at),
              g.id,
              communityOf(g),
              dept,
              EVENT_CATEGORIES[Math.floor(rnd() * EVENT_CATEGORIES.length)],
              1,
              '事件',
              'grid_worker',
              '网格员',
              state,
              reported.toISOString(),
              day,
              received ? ts(2) : '\\N',
              dispatched ? ts(4) : '\\N',
              dispatched ? 't' : 'f',
              handled ? ts(48) : '\\N',
              verified ? ts(60) : '\\N',
              closed ? ts(72) : '\\N',
            ].join('\t') + '\n'
          );
        }
      }
      await copy(client, 'events_events', cols, rows());
      const t1 = performance.now();
      log(`events: ${EVENTS.toLocaleString('en')} rows by COPY in ${((t1 - t0) / 1000).toFixed(1)} s`);
      // The rollup by the same definition the service maintains per change (events.rules.ts rateVector).
      await client.query(`
        INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported, received, dispatched, handled, verified)
        SELECT e.district_id, a.node_id, e.report_day, e.category,
               (('x' || right(e.id::text, 2))::bit(8)::int % 8)::smallint,
               count(*), count(e.received_at), count(*) FILTER (WHERE e.ever_dispatched),
               count(e.handled_at), count(e.verified_at)
        FROM events_events e
        JOIN org_nodes g ON g.id = e.node_id
        CROSS JOIN LATERAL (
          SELECT x AS node_id FROM unnest(string_to_array(trim(both '/' from g.path), '/')::uuid[]) AS x WHERE x <> '${city}'
          UNION ALL SELECT e.department_id WHERE e.ever_dispatched
        ) a
        WHERE e.state <> 'merged'
        GROUP BY 1, 2, 3, 4, 5`);
      await client.query('ANALYZE');
      const rollupRows = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM events_rollup'))
        .rows[0].n;
      log(
        `rollup: ${rollupRows.toLocaleString('en')} rows built in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
      );
    } finally {
      client.release();
    }

    const services = createServices({ db, pool, keys: deriveKeys(Buffer.from(BENCH_MASTER_KEY, 'hex')) });
    const districtNode = nodes[1];
    const ctx: RequestContext = {
      actor: {
        userId: uuidv7(),
        username: 'bench',
        displayName: 'bench',
        personId: null,
        grants: [{ role: 'org_officer', nodeId: district, districtId: district, path: districtNode.path }],
      },
      ip: '127.0.0.1',
      userAgent: 'bench',
      lang: 'zh-CN',
    };
    const range = () => {
      const a = Math.floor(rnd() * 365);
      const b = Math.floor(rnd() * 365);
      const day = (n: number) =>
        new Date(YEAR_START + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
      return { from: day(Math.min(a, b)), to: day(Math.max(a, b)) };
    };
    const naive = async (n: Node, from: string, to: string) => {
      const where =
        n.level === 'department'
          ? `e.department_id = $1`
          : `e.node_id IN (SELECT id FROM org_nodes WHERE path LIKE $1)`;
      const r = await pool.query<{
        reported: number;
        received: number;
        dispatched: number;
        verified: number;
      }>(
        `SELECT count(*)::int AS reported, count(e.received_at)::int AS received,
                (count(*) FILTER (WHERE e.ever_dispatched))::int AS dispatched, count(e.verified_at)::int AS verified
         FROM events_events e WHERE ${where} AND e.state <> 'merged' AND e.report_day BETWEEN $2 AND $3`,
        [n.level === 'department' ? n.id : n.path + '%', from, to],
      );
      return r.rows[0];
    };
    const levels: [string, Node[], number, number][] = [
      ['district', [districtNode], 200, 10],
      ['street', nodes.filter((n) => n.level === 'street'), 200, 20],
      ['community', nodes.filter((n) => n.level === 'community'), 200, 20],
      ['grid', grids, 200, 20],
      ['department', depts, 200, 20],
    ];
    const table: string[] = [
      '| node level | rollup (service) p50 / p95 / max ms | naive GROUP BY p50 / p95 ms | speed-up at p95 | answers equal |',
      '|---|---|---|---|---|',
    ];
    let worstP95 = 0;
    for (const [level, pool_, n, naiveN] of levels) {
      type Totals = { reported: number; received: number; dispatched: number; verified: number };
      const r = await timeBeside({
        calls: n,
        baselineCalls: naiveN,
        sample: () => ({ node: pool_[Math.floor(rnd() * pool_.length)], ...range() }),
        service: async ({ node, from, to }): Promise<Totals> => {
          const q = node.level === 'department' ? { departmentId: node.id } : { nodeId: node.id };
          const got = await services.events.rates(ctx, { ...q, from, to, granularity: 'week' });
          return got.totals;
        },
        baseline: ({ node, from, to }) => naive(node, from, to),
        same: (tot, want) =>
          tot.reported === want.reported &&
          tot.received === want.received &&
          tot.dispatched === want.dispatched &&
          tot.verified === want.verified,
        onMismatch: ({ node, from, to }, tot, want) =>
          log(
            `  MISMATCH at ${level} ${node.name} ${from}..${to}: ${JSON.stringify(tot)} vs ${JSON.stringify(want)}`,
          ),
      });
      const p95 = r.service.p95;
      worstP95 = Math.max(worstP95, p95);
      const line = `| ${level} | ${r.service.p50.toFixed(1)} / ${p95.toFixed(1)} / ${r.service.max.toFixed(1)} | ${r.baseline.p50.toFixed(1)} / ${r.baseline.p95.toFixed(1)} | ${(r.baseline.p95 / p95).toFixed(1)}× | ${r.equal}/${r.checked} |`;
      log(line);
      table.push(line);
    }
    const md = [
      `## grid-rates: receipt and disposal rates over ${EVENTS.toLocaleString('en')} events in a year`,
      '',
      await machine(adminUrl),
      '',
      `District tree: ${STREETS} streets, ${STREETS * COMMUNITIES} communities, ${grids.length} grids, ${DEPTS} departments. ` +
        'Each query: `events.rates` (service, scope check, rollup sum by day, weekly trend) for a random node of the level and a random date range within the year; ' +
        "beside it the naive GROUP BY over the raw events for the same node and range (fewer samples: it is slow), whose counts must equal the rollup's.",
      '',
      ...table,
      '',
      `Worst p95 of the rollup path: ${worstP95.toFixed(1)} ms (target < 100 ms: ${worstP95 < 100 ? 'met' : 'NOT met'}).`,
    ].join('\n');
    return { name: 'grid-rates', markdown: md };
  } finally {
    await db.destroy().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/** The benchmark as bench/run.ts selects it. */
export const benchmark: Benchmark = {
  name: 'grid-rates',
  description: 'receipt/disposal rates per node over 2M events in a year: rollup vs naive GROUP BY',
  run: (ctx: BenchContext) => runGridRates(ctx.adminUrl, ctx.log),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const r = await runGridRates(url, (m) => console.log(m));
  console.log('\n' + r.markdown);
  if (!fs.existsSync(RESULTS)) fs.writeFileSync(RESULTS, '# Benchmark results: grid governance\n');
  fs.appendFileSync(RESULTS, '\n' + r.markdown + '\n');
  process.exit(0);
}
