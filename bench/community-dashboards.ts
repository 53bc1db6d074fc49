/**
 * community-dashboards (issue 20): each module's dashboard figures over a year of a
 * 5,000,000-resident district's data, timed through the modules' own services at p95 over ~200
 * calls per node level, beside the naive GROUP BY over the same rows (answers checked equal).
 * Target: p95 < 100 ms for every figure.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/community-dashboards.ts
 *
 * Database `gz_bench_community`, rebuilt every run and dropped at the end. To iterate: BENCH_KEEP=1
 * keeps it, BENCH_COMMUNITY_REUSE=1 times against the kept rows (new migrations applied) instead of
 * generating them again, BENCH_COMMUNITY_CALLS sets the calls per node level (200).
 *
 * The figures (the home page's node dashboard fans out to each module's `stats`, see
 * server/composition-root.ts):
 * - mediation: `mediation.stats` (settlement rate 调解成功率, cases received, settled, share settled in
 *   people's mediation rooms, judicial confirmations, psychological referrals);
 * - property: `property.stats` (collection rate 物业费收缴率, compounds, quality-index average,
 *   five-star compounds, arrears) and `property.ranking` (the 品质小区指数 ranking);
 * - partymembers: `partymembers.stats` (mobile members 流动党员, the month's inflow and outflow,
 *   five-clears rate, vanguard services).
 *
 * Scale assumptions (5,000,000 residents, about 3.2 times Futian's 1.55 million):
 * - the tree: one district, 32 streets (Futian: 10), 10 communities each (320; Futian: 92, about
 *   15,000 residents a community), 15 grids each (4,800; one grid per ~1,000 residents);
 * - mediation: Futian's 94,813 cases in ten years is ~9,500 a year for ~1.5 M, so 30,000 a year for
 *   5 M; two years are loaded (the measured year 2025 and 2024 before it, so the year's filter has
 *   rows to skip), about three quarters at grids, the rest at communities; 85% concluded within
 *   1–30 days, 95% of those settled; one people's mediation room per community and a court-annexed room per street; 15% of
 *   settled cases referred for judicial confirmation (90% confirmed), 2% referred for counselling;
 * - property: one compound per ~1,500 residents (Futian: ~1,000 compounds), so 3,200 compounds,
 *   10 a community, served by 320 companies; one fee row per compound per month (2 years: 76,800
 *   rows); four quarterly quality-index scores a year and a yearly rating; 5 arrears items per
 *   compound a year;
 * - partymembers: ~6% of residents are party members (300,000), ~15% of them mobile: 45,000
 *   members registered over the two years (70% inflow, as in Shenzhen), 15% since returned, 20%
 *   with a five-clears gap; one move per registration and per return; 2 vanguard teams a
 *   community and 60,000 services a year.
 *
 * Appends to bench/RESULTS-community.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createServices } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import type { StatNode } from '../server/platform/workbench.ts';
import {
  BENCH_MASTER_KEY,
  databaseExists,
  machine,
  ROOT,
  timeBeside,
  withDatabase,
  type Benchmark,
  type BenchContext,
  type BenchReport,
} from './lib.ts';

const STREETS = 32;
const COMMUNITIES = 10;
const GRIDS = 15;
const CASES_A_YEAR = 30_000;
const COMPOUNDS_A_COMMUNITY = 10;
const MOBILE_MEMBERS = 45_000;
const SERVICES_A_YEAR = 60_000;
const YEAR = 2025;
/** Calls per node level through the service, and of the naive GROUP BY beside them. */
const CALLS = Number(process.env.BENCH_COMMUNITY_CALLS ?? 200);
const NAIVE_CALLS = 40;
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-community.md');

type Node = StatNode & { name: string; parent: string | null; depth: number };

/** A small deterministic PRNG (mulberry32) for picking nodes. */
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

/** The district tree, built in memory and inserted in one statement. */
function buildTree() {
  const city = uuidv7();
  const district = uuidv7();
  const nodes: Node[] = [
    { id: city, districtId: city, path: `/${city}/`, level: 'city', name: '深圳市', parent: null, depth: 0 },
    {
      id: district,
      districtId: district,
      path: `/${city}/${district}/`,
      level: 'district',
      name: '示范区',
      parent: city,
      depth: 1,
    },
  ];
  for (let s = 0; s < STREETS; s++) {
    const sid = uuidv7();
    const sp = `/${city}/${district}/${sid}/`;
    nodes.push({
      id: sid,
      districtId: district,
      path: sp,
      level: 'street',
      name: `街道${s + 1}`,
      parent: district,
      depth: 2,
    });
    for (let c = 0; c < COMMUNITIES; c++) {
      const cid = uuidv7();
      const cp = `${sp}${cid}/`;
      nodes.push({
        id: cid,
        districtId: district,
        path: cp,
        level: 'community',
        name: `社区${s + 1}-${c + 1}`,
        parent: sid,
        depth: 3,
      });
      for (let g = 0; g < GRIDS; g++) {
        const gid = uuidv7();
        nodes.push({
          id: gid,
          districtId: district,
          path: `${cp}${gid}/`,
          level: 'grid',
          name: `网格${s + 1}-${c + 1}-${g + 1}`,
          parent: cid,
          depth: 4,
        });
      }
    }
  }
  return { city, district, nodes };
}

/** The tree a kept run left (BENCH_COMMUNITY_REUSE), in the order buildTree makes it. */
async function readTree(pool: pg.Pool) {
  const r = await pool.query<{
    id: string;
    district_id: string;
    path: string;
    level: string;
    name: string;
    parent_id: string | null;
    depth: number;
  }>('SELECT id, district_id, path, level, name, parent_id, depth FROM org_nodes ORDER BY depth, path');
  const nodes: Node[] = r.rows.map((n) => ({
    id: n.id,
    districtId: n.district_id,
    path: n.path,
    level: n.level,
    name: n.name,
    parent: n.parent_id,
    depth: n.depth,
  }));
  return { city: nodes[0].id, district: nodes[1].id, nodes };
}

/** Generates the two years of the three modules' rows with SQL (INSERT … SELECT over generate_series). */
async function load(c: pg.PoolClient, district: string, log: (m: string) => void) {
  const step = async (what: string, text: string) => {
    const t = performance.now();
    const r = await c.query(text, [district]);
    log(
      `  ${what}: ${(r.rowCount ?? 0).toLocaleString('en')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  };
  await c.query('SELECT setseed(0.2025)');
  // numbered nodes, so a random number picks one
  await c.query(`CREATE TEMP TABLE b_comm AS
    SELECT row_number() OVER (ORDER BY path)::int AS k, id, parent_id AS street_id FROM org_nodes WHERE level = 'community'`);
  await c.query(`CREATE TEMP TABLE b_place AS
    SELECT row_number() OVER (ORDER BY n.path)::int AS k, n.id, coalesce(p.id, n.id) AS comm_id
    FROM org_nodes n LEFT JOIN org_nodes p ON p.id = n.parent_id AND p.level = 'community'
    WHERE n.level = 'community' OR (n.level = 'grid' AND random() < 0.2)`);
  // a case's place: a community (320) or one of a fifth of the grids (~960), so ~3/4 at grids
  const years = `(VALUES (${YEAR - 1}), (${YEAR})) AS y(y)`;

  // ---------- mediation ----------
  await step(
    'mediation rooms',
    `INSERT INTO mediation_rooms (district_id, id, node_id, name, kind)
     SELECT $1::uuid, gen_random_uuid(), id, '人民调解室', 'people' FROM b_comm
     UNION ALL
     SELECT $1::uuid, gen_random_uuid(), id, '诉调对接室', 'court' FROM org_nodes WHERE level = 'street'`,
  );
  await c.query(`CREATE TEMP TABLE b_room AS
    SELECT r.id, r.node_id, r.kind FROM mediation_rooms r`);
  await step(
    'mediation cases',
    `INSERT INTO mediation_cases (district_id, id, number, node_id, room_id, source, category, title, summary,
       state, result, received_at, concluded_at, created_by)
     SELECT $1::uuid, gen_random_uuid(), 'T' || y.y || '-' || g, p.id,
       CASE WHEN x.r_room < 0.75 THEN pr.id WHEN x.r_room < 0.95 THEN sr.id END,
       (ARRAY['event', 'walk_in', 'referral'])[1 + (g % 3)],
       (ARRAY['neighbour', 'family', 'property', 'labour', 'contract'])[1 + (g % 5)],
       '纠纷' || g, '简况',
       CASE WHEN x.r_done < 0.85 THEN 'closed' WHEN x.r_room < 0.95 THEN 'mediating' ELSE 'received' END,
       CASE WHEN x.r_done < 0.85 THEN CASE WHEN x.r_ok < 0.95 THEN 'settled' ELSE 'unsettled' END END,
       x.at, CASE WHEN x.r_done < 0.85 THEN x.at + (1 + floor(x.r_ok * 1000)::int % 30) * interval '1 day' END,
       gen_random_uuid()
     FROM ${years}, generate_series(1, ${CASES_A_YEAR}) g,
       LATERAL (SELECT random() AS r_room, random() AS r_done, random() AS r_ok, random() AS r_p,
         make_timestamptz(y.y, 1, 1, 0, 0, 0, 'Asia/Shanghai') + random() * interval '365 days' AS at,
         g AS gg) x
     JOIN b_place p ON p.k = 1 + (floor(x.r_p * (SELECT count(*) FROM b_place)))::int
     JOIN b_comm bc ON bc.id = p.comm_id
     JOIN b_room pr ON pr.node_id = bc.id
     JOIN b_room sr ON sr.node_id = bc.street_id`,
  );
  await step(
    'mediation referrals',
    `INSERT INTO mediation_referrals (district_id, id, case_id, kind, to_name, referred_at, outcome, outcome_at, created_by)
     SELECT $1::uuid, gen_random_uuid(), c.id, 'judicial_confirmation', '区人民法院', c.concluded_at,
       CASE WHEN random() < 0.9 THEN 'confirmed' ELSE 'refused' END, c.concluded_at + interval '10 days', c.created_by
     FROM mediation_cases c WHERE c.result = 'settled' AND random() < 0.15
     UNION ALL
     SELECT $1::uuid, gen_random_uuid(), c.id, 'psychological', '心理服务站', c.received_at + interval '2 days', NULL, NULL, c.created_by
     FROM mediation_cases c WHERE random() < 0.02`,
  );

  // ---------- property ----------
  await step(
    'property companies',
    `INSERT INTO property_companies (district_id, id, node_id, name, credit_code)
     SELECT $1::uuid, gen_random_uuid(), street_id, '物业公司' || k, '91440300' || lpad(k::text, 10, '0') FROM b_comm`,
  );
  await step(
    'property compounds',
    `INSERT INTO property_compounds (district_id, id, node_id, name, households, company_id)
     SELECT $1::uuid, gen_random_uuid(), b.id, '小区' || b.k || '-' || i, 300 + (random() * 1200)::int,
       (SELECT co.id FROM property_companies co WHERE co.name = '物业公司' || (1 + ((b.k + i) % (SELECT count(*) FROM b_comm))))
     FROM b_comm b, generate_series(1, ${COMPOUNDS_A_COMMUNITY}) i`,
  );
  await step(
    'property fees',
    `INSERT INTO property_fees (district_id, compound_id, period, billed, paid, households_billed, households_paid, updated_by)
     SELECT $1::uuid, c.id, y.y || '-' || lpad(m::text, 2, '0'), x.billed, round((x.billed * (0.7 + random() * 0.35))::numeric, 2),
       c.households, (c.households * 0.9)::int, gen_random_uuid()
     FROM property_compounds c, ${years}, generate_series(1, 12) m,
       LATERAL (SELECT round((c.households * (2.5 + random()))::numeric, 2) AS billed, m AS mm) x`,
  );
  await step(
    'property quality scores',
    `INSERT INTO property_quality_scores (district_id, compound_id, year, quarter, scores, total, scored_by)
     SELECT $1::uuid, c.id, y.y, q, '{}'::jsonb, round((60 + random() * 40)::numeric, 2), gen_random_uuid()
     FROM property_compounds c, ${years}, generate_series(1, 4) q`,
  );
  await step(
    'property quality years',
    `INSERT INTO property_quality_years (district_id, compound_id, year, campaign, average, stars, rated_at)
     SELECT $1::uuid, s.compound_id, s.year, random() < 0.3, round(avg(s.total), 2),
       CASE WHEN avg(s.total) >= 90 THEN 5 WHEN avg(s.total) >= 80 THEN 4 WHEN avg(s.total) >= 70 THEN 3 ELSE 2 END, now()
     FROM property_quality_scores s GROUP BY s.compound_id, s.year`,
  );
  await step(
    'property arrears',
    `INSERT INTO property_issues (district_id, id, compound_id, kind, title, amount, months, state, created_by,
       created_at, state_since, resolved_at)
     SELECT $1::uuid, gen_random_uuid(), c.id, 'arrears', '欠费', 3000, 6, x.state, gen_random_uuid(), x.at, x.at,
       CASE WHEN x.state = 'resolved' THEN x.at + interval '40 days' END
     FROM property_compounds c, ${years}, generate_series(1, 5) i,
       LATERAL (SELECT CASE WHEN random() < 0.6 THEN 'resolved' ELSE (ARRAY['listed', 'publicise', 'negotiate', 'litigate'])[1 + i % 4] END AS state,
         make_timestamptz(y.y, 1, 1, 0, 0, 0, 'Asia/Shanghai') + random() * interval '300 days' AS at, i AS ii) x`,
  );

  // ---------- partymembers ----------
  await step(
    'partymembers teams',
    `INSERT INTO partymembers_teams (district_id, id, node_id, name)
     SELECT $1::uuid, gen_random_uuid(), b.id, '先锋队' || b.k || '-' || t FROM b_comm b, generate_series(1, 2) t`,
  );
  await step(
    'partymembers members',
    `INSERT INTO partymembers_members (district_id, id, person_id, party_org_id, node_id, direction, left_on,
       origin, destination, work, conduct, basic_checked, status, returned_on)
     SELECT $1::uuid, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), b.id,
       CASE WHEN x.r_dir < 0.7 THEN 'in' ELSE 'out' END, x.left_on,
       '湖南省长沙市', CASE WHEN x.r_gap < 0.05 THEN '' ELSE '福田区' END,
       CASE WHEN x.r_gap >= 0.05 AND x.r_gap < 0.1 THEN '' ELSE '快递' END,
       CASE WHEN x.r_gap >= 0.1 AND x.r_gap < 0.15 THEN '' ELSE '良好' END,
       NOT (x.r_gap >= 0.15 AND x.r_gap < 0.2),
       CASE WHEN x.r_ret < 0.15 THEN 'returned' ELSE 'active' END,
       CASE WHEN x.r_ret < 0.15 THEN least(x.left_on + 120, date '${YEAR}-12-31') END
     FROM generate_series(1, ${MOBILE_MEMBERS}) g,
       LATERAL (SELECT random() AS r_dir, random() AS r_gap, random() AS r_ret, random() AS r_c,
         date '${YEAR - 1}-01-01' + floor(random() * 730)::int AS left_on, g AS gg) x
     JOIN b_comm b ON b.k = 1 + floor(x.r_c * (SELECT count(*) FROM b_comm))::int`,
  );
  await step(
    'partymembers moves',
    `INSERT INTO partymembers_moves (district_id, id, member_id, node_id, direction, moved_on, place, source)
     SELECT $1::uuid, gen_random_uuid(), m.id, m.node_id, m.direction, m.left_on, m.origin, 'register' FROM partymembers_members m
     UNION ALL
     SELECT $1::uuid, gen_random_uuid(), m.id, m.node_id, 'return', m.returned_on, '', 'register'
     FROM partymembers_members m WHERE m.status = 'returned'`,
  );
  await c.query(`CREATE TEMP TABLE b_mem AS
    SELECT row_number() OVER (ORDER BY id)::int AS k, id, node_id FROM partymembers_members WHERE status = 'active'`);
  await step(
    'partymembers services',
    `INSERT INTO partymembers_services (district_id, id, team_id, member_id, service, served_on, hours)
     SELECT $1::uuid, gen_random_uuid(), t.id, m.id, '志愿服务', date '${YEAR - 1}-01-01' + (g % 730), 2
     FROM generate_series(1, ${SERVICES_A_YEAR * 2}) g
     JOIN LATERAL (SELECT 1 + floor(random() * (SELECT count(*) FROM b_mem))::int AS k, g AS gg) x ON true
     JOIN b_mem m ON m.k = x.k
     JOIN LATERAL (SELECT id FROM partymembers_teams t WHERE t.node_id = m.node_id LIMIT 1) t ON true`,
  );
  // a year's table is vacuumed by autovacuum as rows arrive (insert thresholds), so its visibility
  // map is set; a table loaded in one minute is not yet: vacuum it as autovacuum would have
  await c.query('VACUUM ANALYZE');
  // and the load's writes flushed, so the timing does not share the machine with that checkpoint
  await c.query('CHECKPOINT');
}

/** Runs the benchmark against a PostgreSQL server where it may create a database. */
export async function runCommunityDashboards(
  adminUrl: string,
  log: (m: string) => void,
): Promise<BenchReport> {
  const name = 'gz_bench_community';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const header = await machine(adminUrl);
  // BENCH_COMMUNITY_REUSE=1: time against the rows a kept run left (BENCH_KEEP=1), for iterating
  const reuse = !!process.env.BENCH_COMMUNITY_REUSE && (await databaseExists(adminUrl, name));
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const url = withDatabase(adminUrl, name);
  const { db, pool } = createDb(url, 12);
  try {
    await migrate(pool);
    const { city, district, nodes } = reuse ? await readTree(pool) : buildTree();
    const client = await pool.connect();
    const t0 = performance.now();
    try {
      if (reuse) {
        log('community-dashboards: reusing the kept rows');
        await client.query('VACUUM ANALYZE');
      } else {
        await client.query(
          `INSERT INTO org_nodes (district_id, id, parent_id, level, name, path, depth, name_initials, name_pinyin)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $8::text[])`,
          [
            nodes.map((n) => (n.level === 'city' ? city : district)),
            nodes.map((n) => n.id),
            nodes.map((n) => n.parent),
            nodes.map((n) => n.level),
            nodes.map((n) => n.name),
            nodes.map((n) => n.path),
            nodes.map((n) => n.depth),
            nodes.map(() => 'x'),
          ],
        );
        log(
          `community-dashboards: tree of ${nodes.length.toLocaleString('en')} nodes; generating two years…`,
        );
        await load(client, district, log);
      }
    } finally {
      client.release();
    }
    const loadSeconds = (performance.now() - t0) / 1000;
    const sizes = await pool.query<{ t: string; n: string }>(
      `SELECT 'mediation_cases' AS t, count(*) AS n FROM mediation_cases
       UNION ALL SELECT 'mediation_referrals', count(*) FROM mediation_referrals
       UNION ALL SELECT 'property_compounds', count(*) FROM property_compounds
       UNION ALL SELECT 'property_fees', count(*) FROM property_fees
       UNION ALL SELECT 'property_quality_scores', count(*) FROM property_quality_scores
       UNION ALL SELECT 'property_issues', count(*) FROM property_issues
       UNION ALL SELECT 'partymembers_members', count(*) FROM partymembers_members
       UNION ALL SELECT 'partymembers_moves', count(*) FROM partymembers_moves
       UNION ALL SELECT 'partymembers_services', count(*) FROM partymembers_services`,
    );

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
    const statOf = (stats: { key: string; value: number | null }[], key: string) =>
      stats.find((s) => s.key === key)?.value ?? null;
    const from = new Date(`${YEAR}-01-01T00:00:00+08:00`);
    const to = new Date(`${YEAR + 1}-01-01T00:00:00+08:00`);

    interface Figure {
      name: string;
      /** The service call; returns a comparable answer. */
      service: (n: Node) => Promise<string>;
      /** The naive GROUP BY over the same rows; returns the same answer. */
      naive: (n: Node) => Promise<string>;
    }
    const figures: Figure[] = [
      {
        name: 'mediation: settlement rate (`mediation.stats`)',
        service: async (n) => {
          const s = await services.mediation.stats(ctx, n, YEAR);
          return `${statOf(s, 'mediation.settled')} ${statOf(s, 'mediation.settlement_rate')}`;
        },
        naive: async (n) => {
          const r = await pool.query<{ result: string; n: number }>(
            `SELECT c.result, count(*)::int AS n FROM mediation_cases c JOIN org_nodes o ON o.id = c.node_id
             WHERE o.path LIKE $1 AND c.concluded_at >= $2 AND c.concluded_at < $3 GROUP BY c.result`,
            [`${n.path}%`, from, to],
          );
          const settled = r.rows.find((x) => x.result === 'settled')?.n ?? 0;
          const all = r.rows.reduce((s, x) => s + x.n, 0);
          return `${settled} ${all ? Math.round((settled / all) * 10000) / 100 : null}`;
        },
      },
      {
        name: 'property: collection rate (`property.stats`)',
        service: async (n) => {
          const s = await services.property.stats(ctx, n, YEAR);
          return String(statOf(s, 'property.collection_rate'));
        },
        naive: async (n) => {
          const r = await pool.query<{ billed: number; paid: number }>(
            `SELECT f.period, sum(f.billed)::float8 AS billed, sum(least(f.paid, f.billed))::float8 AS paid
             FROM property_fees f JOIN property_compounds c ON c.district_id = f.district_id AND c.id = f.compound_id
             JOIN org_nodes o ON o.id = c.node_id
             WHERE o.path LIKE $1 AND f.period LIKE $2 GROUP BY f.period`,
            [`${n.path}%`, `${YEAR}-%`],
          );
          const billed = r.rows.reduce((s, x) => s + x.billed, 0);
          const paid = r.rows.reduce((s, x) => s + x.paid, 0);
          return String(billed ? Math.round((paid / billed) * 10000) / 100 : null);
        },
      },
      {
        name: 'property: quality-index ranking 品质小区指数 (`property.ranking`)',
        service: async (n) => {
          const r = await services.property.ranking(ctx, { nodeId: n.id, year: YEAR });
          return `${r.length} ${r[0]?.average ?? null} ${r.at(-1)?.average ?? null}`;
        },
        naive: async (n) => {
          const r = await pool.query<{ average: number }>(
            `SELECT q.compound_id, round(avg(q.total), 2)::float8 AS average
             FROM property_quality_scores q JOIN property_compounds c ON c.district_id = q.district_id AND c.id = q.compound_id
             JOIN org_nodes o ON o.id = c.node_id
             WHERE o.path LIKE $1 AND q.year = $2 GROUP BY q.compound_id ORDER BY 2 DESC LIMIT 500`,
            [`${n.path}%`, YEAR],
          );
          return `${r.rows.length} ${r.rows[0]?.average ?? null} ${r.rows.at(-1)?.average ?? null}`;
        },
      },
      {
        name: 'partymembers: inflow / outflow (`partymembers.stats`)',
        service: async (n) => {
          const s = await services.partymembers.stats(ctx, n, YEAR);
          return `${statOf(s, 'partymembers.mobile')} ${statOf(s, 'partymembers.inflow')} ${statOf(s, 'partymembers.outflow')}`;
        },
        naive: async (n) => {
          const r = await pool.query<{ k: string; n: number }>(
            `SELECT 'active ' || m.direction AS k, count(*)::int AS n FROM partymembers_members m JOIN org_nodes o ON o.id = m.node_id
             WHERE o.path LIKE $1 AND m.status = 'active' GROUP BY m.direction
             UNION ALL
             SELECT v.direction, count(*)::int FROM partymembers_moves v JOIN org_nodes o ON o.id = v.node_id
             WHERE o.path LIKE $1 AND v.moved_on >= $2 AND v.moved_on < $3 GROUP BY v.direction`,
            [`${n.path}%`, `${YEAR}-12-01`, `${YEAR + 1}-01-01`],
          );
          const get = (k: string) => r.rows.find((x) => x.k === k)?.n ?? 0;
          return `${get('active in') + get('active out')} ${get('in')} ${get('out')}`;
        },
      },
    ];

    const rnd = prng(20251206);
    const levels: [string, Node[]][] = [
      ['district', [districtNode]],
      ['street', nodes.filter((n) => n.level === 'street')],
      ['community', nodes.filter((n) => n.level === 'community')],
    ];
    const table = [
      '| figure | node level | service p50 / p95 / max ms | naive GROUP BY p50 / p95 ms | naive ÷ service at p95 | answers equal |',
      '|---|---|---|---|---|---|',
    ];
    const worst = new Map<string, number>();
    for (const f of figures) {
      // one untimed call first: the first use of each statement plans it and warms the cache
      await f.service(districtNode);
      await f.naive(districtNode);
      for (const [level, pool_] of levels) {
        const r = await timeBeside({
          calls: CALLS,
          baselineCalls: NAIVE_CALLS,
          sample: () => pool_[Math.floor(rnd() * pool_.length)],
          service: f.service,
          baseline: f.naive,
          same: (got, want) => got === want,
          onMismatch: (node, got, want) =>
            log(`  MISMATCH ${f.name} at ${level} ${node.name}: service ${got}, naive ${want}`),
        });
        const p95 = r.service.p95;
        worst.set(f.name, Math.max(worst.get(f.name) ?? 0, p95));
        const line = `| ${f.name} | ${level} | ${r.service.p50.toFixed(1)} / ${p95.toFixed(1)} / ${r.service.max.toFixed(1)} | ${r.baseline.p50.toFixed(1)} / ${r.baseline.p95.toFixed(1)} | ${(r.baseline.p95 / p95).toFixed(2)}× | ${r.equal}/${r.checked} |`;
        log(line);
        table.push(line);
      }
    }
    const md = [
      `## community-dashboards: the modules' dashboard figures over a year of a 5,000,000-resident district`,
      '',
      header,
      `- load average at the end (1/5/15 min): ${(await import('node:os'))
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')}`,
      '',
      `Tree: 1 district, ${STREETS} streets, ${STREETS * COMMUNITIES} communities, ${STREETS * COMMUNITIES * GRIDS} grids. ` +
        `Rows (two years, ${YEAR - 1} and ${YEAR}, generated with SQL in ${loadSeconds.toFixed(0)} s): ` +
        sizes.rows.map((r) => `${r.t} ${Number(r.n).toLocaleString('en')}`).join(', ') +
        '. Each figure is called through its service as a district org officer for the year ' +
        `${YEAR}, ${CALLS} calls per node level on random nodes of the level; beside it, the naive GROUP BY over ` +
        `the same rows (path LIKE join, first ${NAIVE_CALLS} nodes of each level), whose answer must equal the service's.`,
      '',
      ...table,
      '',
      ...[...worst].map(
        ([f, p]) => `- ${f}: worst p95 ${p.toFixed(1)} ms (target < 100 ms: ${p < 100 ? 'met' : 'NOT met'})`,
      ),
    ].join('\n');
    return { name: 'community-dashboards', markdown: md };
  } finally {
    await db.destroy().catch(() => undefined);
    if (!process.env.BENCH_KEEP && !reuse)
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/** The benchmark as bench/run.ts selects it. */
export const benchmark: Benchmark = {
  name: 'community-dashboards',
  description:
    "mediation, property and partymembers dashboard figures over a 5M district's year vs naive GROUP BY",
  run: (ctx: BenchContext) => runCommunityDashboards(ctx.adminUrl, ctx.log),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const r = await runCommunityDashboards(url, (m) => console.log(m));
  console.log('\n' + r.markdown);
  if (!fs.existsSync(RESULTS))
    fs.writeFileSync(RESULTS, '# Benchmark results: community dashboards (issue 20)\n');
  fs.appendFileSync(RESULTS, '\n' + r.markdown + '\n');
  process.exit(0);
}
