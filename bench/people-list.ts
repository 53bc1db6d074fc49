/**
 * Benchmark (a): the scoped people list. GET /api/people?nodeId=<community>&limit=50 as the demo
 * community officer (shequ), under autocannon against the real app in a child process, next to a raw
 * `pg` query returning the same 50 rows with as many connections for as long.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { benchDatabase, buildBenchDistrict } from './demo-gen.ts';
import {
  closedLoop,
  databaseExists,
  fmt,
  login,
  startApp,
  withDatabase,
  type BenchContext,
  type Benchmark,
  type BenchReport,
} from './lib.ts';

// The plain query a DBA would write for the same page: people under the community, by name.
/** The obvious query: join the subtree's nodes, sort every person in it by name, keep 50. */
const NAIVE_SQL = `
  SELECT p.id, p.name, p.gender, p.birth_date, p.id_enc, p.phone_enc, p.address, p.node_id, n.name AS node_name,
    ARRAY(SELECT i.kind FROM people_identities i
          WHERE i.district_id = p.district_id AND i.person_id = p.id ORDER BY i.kind) AS kinds
  FROM people_persons p
  JOIN org_nodes n ON n.district_id = p.district_id AND n.id = p.node_id
  WHERE p.district_id = $1 AND n.path LIKE $2
  ORDER BY p.name, p.id
  LIMIT 50`;

/**
 * The baseline: the fastest single statement we know for the same 50 rows: each node's first 50
 * names from the (district_id, node_id, name, id) index, merged, then only those rows read in full.
 */
const RAW_SQL = `
  WITH page AS MATERIALIZED (
    SELECT x.district_id, x.id, x.name
    FROM org_nodes u
    CROSS JOIN LATERAL (
      SELECT p.district_id, p.id, p.name FROM people_persons p
      WHERE p.district_id = u.district_id AND p.node_id = u.id
      ORDER BY p.name, p.id LIMIT 50) x
    WHERE u.district_id = $1 AND u.path LIKE $2
    ORDER BY x.name, x.id LIMIT 50)
  SELECT p.id, p.name, p.gender, p.birth_date, p.id_enc, p.phone_enc, p.address, p.node_id, n.name AS node_name,
    ARRAY(SELECT i.kind FROM people_identities i
          WHERE i.district_id = p.district_id AND i.person_id = p.id ORDER BY i.kind) AS kinds
  FROM page JOIN people_persons p ON p.district_id = page.district_id AND p.id = page.id
  JOIN org_nodes n ON n.id = p.node_id
  ORDER BY page.name, page.id`;

/** The people-list benchmark. */
export const peopleListBenchmark: Benchmark = {
  name: 'people-list',
  description: 'GET /api/people (50 rows, one community, community officer) vs a raw pg query',
  async run(ctx): Promise<BenchReport> {
    const name = benchDatabase(ctx.residents);
    const url = withDatabase(ctx.adminUrl, name);
    const have =
      !ctx.rebuild && (await databaseExists(ctx.adminUrl, name)) && (await hasDemo(url, ctx.residents));
    if (!have) {
      ctx.log(`people-list: no ${fmt(ctx.residents)}-resident district yet; building it (not timed)…`);
      await buildBenchDistrict(ctx);
    }
    const pool = new pg.Pool({ connectionString: url, max: ctx.connections });
    // the steady state of a live database: autovacuum has set the visibility map after the bulk
    // load (index-only scans), and statistics are fresh. Not timed.
    await pool.query('VACUUM (ANALYZE) people_persons, people_identities, org_nodes');
    const grant = await pool.query<{ node_id: string; district_id: string; path: string; persons: number }>(
      `SELECT g.node_id, n.district_id, n.path,
         (SELECT count(*)::int FROM people_persons p JOIN org_nodes m ON m.id = p.node_id
          WHERE p.district_id = n.district_id AND m.path LIKE n.path || '%') AS persons
       FROM accounts_users u JOIN accounts_grants g ON g.user_id = u.id JOIN org_nodes n ON n.id = g.node_id
       WHERE u.username = 'shequ'`,
    );
    const community = grant.rows[0];
    if (!community) throw new Error('the benchmark district has no shequ account');
    ctx.log(`people-list: community with ${fmt(community.persons)} people`);
    const args = [community.district_id, `${community.path}%`];
    try {
      const raw = await pool.query<{ id: string }>(RAW_SQL, args);
      const naive = await pool.query<{ id: string }>(NAIVE_SQL, args);
      // the app as served (pages kept in memory), then with every page read from the database
      const api = await measureApp(ctx, url, community.node_id, '1');
      const uncached = await measureApp(ctx, url, community.node_id, '0');
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id).join();
      const same = ids(raw.rows) === api.ids && ids(naive.rows) === api.ids && uncached.ids === api.ids;
      ctx.log(`  raw query returns the same rows as the API: ${same}`);
      ctx.log(`  raw pg: ${ctx.connections} connections, ${ctx.duration} s…`);
      const base = await closedLoop(ctx.connections, ctx.duration, () => pool.query(RAW_SQL, args));
      ctx.log(`  naive pg: ${ctx.connections} connections, ${ctx.duration} s…`);
      const slow = await closedLoop(ctx.connections, ctx.duration, () => pool.query(NAIVE_SQL, args));
      const ratio = api.perSec / base.perSec;
      const lines = [
        `### people-list: ${fmt(ctx.residents)} residents, community of ${fmt(community.persons)} people`,
        '',
        `GET /api/people?nodeId=<community>&limit=50 as community officer, ${ctx.connections} connections, ${ctx.duration} s each.`,
        '',
        '| | requests | req/s | p50 | p99 | errors |',
        '|---|---:|---:|---:|---:|---:|',
        `| app (autocannon → server/main.ts child, as served: pages kept in memory) | ${fmt(api.total)} | ${fmt(api.perSec, 1)} | ${api.p50} ms | ${api.p99} ms | ${api.bad} |`,
        `| app with \`PAGE_CACHE=0\` (every page from the database) | ${fmt(uncached.total)} | ${fmt(uncached.perSec, 1)} | ${uncached.p50} ms | ${uncached.p99} ms | ${uncached.bad} |`,
        `| raw \`pg\` query, same 50 rows (baseline: per-node index merge) | ${fmt(base.requests)} | ${fmt(base.perSec, 1)} | ${fmt(base.p50, 1)} ms | ${fmt(base.p99, 1)} ms | ${base.errors} |`,
        `| for reference: naive \`pg\` query (join, sort the subtree) | ${fmt(slow.requests)} | ${fmt(slow.perSec, 1)} | ${fmt(slow.p50, 1)} ms | ${fmt(slow.p99, 1)} ms | ${slow.errors} |`,
        '',
        `Ratio ${(ratio * 100).toFixed(0)}% of raw (target ≥ 40%): ${ratio >= 0.4 ? 'met' : 'NOT met'}. ` +
          `p99 ${api.p99} ms (target < 50 ms): ${api.p99 < 50 ? 'met' : 'NOT met'}. ` +
          `Same rows as the API: ${same ? 'yes' : 'NO'}. ` +
          `Without kept pages: ${((uncached.perSec / base.perSec) * 100).toFixed(0)}% of raw, p99 ${uncached.p99} ms.`,
      ];
      return { name: 'people-list', markdown: lines.join('\n') };
    } finally {
      await pool.end();
    }
  },
};

/** The app in a child process with PAGE_CACHE set, under autocannon on one community's first page. */
async function measureApp(ctx: BenchContext, url: string, nodeId: string, pageCache: '0' | '1') {
  ctx.log(`  starting the app (PAGE_CACHE=${pageCache})…`);
  const app = await startApp(url, ctx.log, { PAGE_CACHE: pageCache });
  try {
    const cookie = await login(app.base, 'shequ', DEMO_PASSWORD);
    const target = `${app.base}/api/people?nodeId=${nodeId}&limit=50`;
    const first = await fetch(target, { headers: { cookie } });
    if (!first.ok) throw new Error(`GET /api/people: ${first.status} ${await first.text()}`);
    const page = (await first.json()) as { total: number; items: { id: string }[] };
    ctx.log(`  API page: ${page.items.length} of ${fmt(page.total)}`);
    ctx.log(`  autocannon: ${ctx.connections} connections, ${ctx.duration} s…`);
    const ac = await autocannon({
      url: target,
      connections: ctx.connections,
      duration: ctx.duration,
      headers: { cookie },
    });
    return {
      ids: page.items.map((i) => i.id).join(),
      perSec: ac.requests.average,
      p50: ac.latency.p50,
      p99: ac.latency.p99,
      bad: ac.non2xx + ac.errors + ac.timeouts,
      total: ac.requests.total,
    };
  } finally {
    await app.stop();
  }
}

async function hasDemo(url: string, residents: number): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // a complete build: the accounts come last, and every person is there
    const r = await c.query<{ n: number }>(
      `SELECT (SELECT count(*)::int FROM people_persons) AS n FROM accounts_users WHERE username = 'shequ'`,
    );
    return r.rows[0]?.n === residents;
  } catch {
    return false;
  } finally {
    await c.end();
  }
}
