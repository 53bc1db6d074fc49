/**
 * Cadre assessment at a district's scale (issue 18): 10,000 cadres in 300 units, a year of points
 * (about 40 ledger rows per cadre, loaded with plain INSERTs into assessment_points) and four graded
 * quarters. Timed: generating a quarter's sheets (assessment service `dispatch`, target < 60 s), and
 * computing the quarter's points ranking (per unit and comparable group), the cycle's ranking and
 * everyone's promotion months, beside a raw SQL aggregate over the same rows (the quarter's ledger
 * summed per person and month and ranked per unit, and the year's dimension grades counted per
 * person) in the same run; prints the ratio (target ≤ 3×, median of three rounds).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/assessment-cycle.ts
 *
 * Appends to bench/RESULTS-assessment.md; `npm run bench -- assessment-cycle` also picks it up.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { createServices } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { createDb, type Db } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import { DIMENSIONS, GRADES } from '../server/modules/assessment/assessment.rules.ts';
import {
  BENCH_MASTER_KEY,
  fmt,
  machine,
  recreateDatabase,
  ROOT,
  type BenchContext,
  type BenchReport,
  type Benchmark,
} from './lib.ts';

const CADRES = Number(process.env.BENCH_CADRES ?? 10_000);
const UNITS = 300;
const YEAR = 2026;
const QUARTER = '2026Q4';
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-assessment.md');
const UNIT_WORDS = ['发展和改革局', '民政局', '城市管理和综合执法局', '街道办事处', '区委办公室'];

/** A small deterministic PRNG (mulberry32). */
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The district's cadres as people with a cadre identity, inserted 2,000 at a time; returns their ids.
 * (A function of its own so the generated rows are garbage once inserted: kept alive in run(), they
 * made every collection during the timed rounds walk 10,000 persons' rows.)
 */
async function insertCadres(db: Db, districtId: string, units: { id: string }[]): Promise<string[]> {
  const persons: string[] = [];
  const personRows = [];
  const identityRows = [];
  for (let i = 0; i < CADRES; i++) {
    const id = uuidv7();
    persons.push(id);
    const unit = units[i % UNITS];
    personRows.push({
      district_id: districtId,
      id,
      node_id: unit.id,
      name: `干部${i}`,
      name_initials: 'gb',
      name_pinyin: 'ganbu',
      gender: i % 2 ? 'M' : 'F',
      birth_date: `${1965 + (i % 35)}-05-01`,
      id_enc: Buffer.from([i & 255]),
      id_bidx: Buffer.from(id),
    });
    identityRows.push({
      district_id: districtId,
      id: uuidv7(),
      person_id: id,
      kind: 'cadre',
      attrs: JSON.stringify({
        unitNodeId: unit.id,
        post: i % UNITS === i ? '局长' : i % 7 === 0 ? '科长' : '科员',
        grade: '一级科员',
        postSince: '2018-01-01',
        unitSince: '2015-01-01',
      }),
    });
  }
  for (let i = 0; i < personRows.length; i += 2000) {
    await db
      .insertInto('people_persons')
      .values(personRows.slice(i, i + 2000))
      .execute();
    await db
      .insertInto('people_identities')
      .values(identityRows.slice(i, i + 2000))
      .execute();
  }
  return persons;
}

/**
 * A year of points per cadre (3–4 ledger rows a month), inserted 5,000 at a time; returns the count.
 * (A function of its own for the same reason: 420,000 generated rows must not stay on the heap
 * while the rounds are timed.)
 */
async function insertLedger(
  db: Db,
  districtId: string,
  persons: string[],
  units: { id: string }[],
  rnd: () => number,
  requestedBy: string,
): Promise<number> {
  const ledger = [];
  for (const [pi, p] of persons.entries())
    for (let m = 1; m <= 12; m++)
      for (let k = 0; k < (rnd() < 0.5 ? 3 : 4); k++)
        ledger.push({
          district_id: districtId,
          id: uuidv7(),
          person_id: p,
          unit_node_id: units[pi % UNITS].id,
          day: `${YEAR}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
          points: Math.round((rnd() * 8 - 2) * 10) / 10 || 1,
          reason: '加扣分',
          status: 'approved',
          requested_by: requestedBy,
        });
  for (let i = 0; i < ledger.length; i += 5000)
    await db
      .insertInto('assessment_points')
      .values(ledger.slice(i, i + 5000))
      .execute();

  return ledger.length;
}

/** Runs the benchmark and returns its Markdown section. */
export async function run(ctx: BenchContext): Promise<BenchReport> {
  const url = await recreateDatabase(ctx.adminUrl, 'gz_bench_assessment');
  const { db, pool } = createDb(url, 8);
  await migrate(pool);
  const noFeed = {
    ordersOf: async () => [],
    pointsOf: async () => [],
    tasksOf: async () => [],
    performanceOf: async () => [],
  };
  const base = createServices({ db, pool, keys: deriveKeys(Buffer.from(BENCH_MASTER_KEY, 'hex')) });
  // the same service with an empty tasks feed: the ledger rows here are assessment's own
  const { createAssessmentService } = await import('../server/modules/assessment/index.ts');
  const { createCadresReader } = await import('../server/modules/people/index.ts');
  const svc = createAssessmentService({
    db,
    auditor: base.auditor,
    org: base.org,
    cadres: createCadresReader({ db }),
    feed: noFeed,
    notify: base.notify,
    today: () => '2026-12-20',
  });
  const rnd = prng(18);

  ctx.log('assessment-cycle: tree, cadres, indicators, ledger…');
  const units: { id: string; districtId: string }[] = [];
  let districtId = '';
  await db.transaction().execute(async (trx) => {
    const city = await base.org.bootstrapNode(trx, null, { level: 'city', name: '深圳市', code: '440300' });
    const district = await base.org.bootstrapNode(
      trx,
      { id: city.id, district_id: city.districtId, path: city.path, depth: 0, level: 'city' },
      { level: 'district', name: '福田区', code: '440304' },
    );
    districtId = district.districtId;
    for (let i = 0; i < UNITS; i++)
      units.push(
        await base.org.bootstrapNode(
          trx,
          {
            id: district.id,
            district_id: district.districtId,
            path: district.path,
            depth: 1,
            level: 'district',
          },
          {
            level: i % 5 === 3 ? 'street' : 'department',
            name: `第${i + 1}${UNIT_WORDS[i % 5]}`,
            code: null,
          },
        ),
      );
  });
  const persons = await insertCadres(db, districtId, units);
  const zzb = await base.accounts.bootstrapAccount({
    username: 'zzb',
    displayName: 'zzb',
    password: 'Bench-Passw0rd!',
    homeDistrictId: districtId,
    grants: [{ role: 'org_officer', nodeId: districtId, districtId }],
  });
  const actor: RequestContext = {
    actor: await base.accounts.loadActor(zzb.id),
    ip: '127.0.0.1',
    userAgent: 'bench',
    lang: 'zh-CN',
  };
  for (const [name, dimension] of [
    ['落实中心工作', 'results'],
    ['履行岗位职责', 'post_fit'],
    ['联系服务群众', 'reputation'],
    ['参与重点攻坚', 'key_tasks'],
  ] as const)
    for (const q of ['2026Q1', '2026Q2', '2026Q3', QUARTER])
      await svc.indicators.createIndicator(actor, {
        districtId,
        quarter: q,
        layer: 'common',
        name,
        dimension,
        weight: 25,
        scoring: 'score',
        maxScore: 100,
        evidenceRequired: false,
        description: '',
      });
  const ledgerRows = await insertLedger(db, districtId, persons, units, rnd, zzb.id);

  // three past quarters dispatched and graded (their sheets are what the months read)
  for (const q of ['2026Q1', '2026Q2', '2026Q3']) {
    const c = await svc.cycle.dispatch(actor, {
      districtId,
      quarter: q,
      summaryDue: '2026-12-01',
      reviewDue: '2026-12-02',
      assessDue: '2026-12-03',
      publishDue: '2026-12-04',
    });
    const grade = () => GRADES[Math.floor(rnd() * 4)];
    const dims = () => JSON.stringify(Object.fromEntries(DIMENSIONS.map((d) => [d, grade()])));
    const rows = (
      await db.selectFrom('assessment_sheets').select('id').where('cycle_id', '=', c.id).execute()
    ).map((r) => ({ id: r.id, score: 60 + Math.round(rnd() * 40), grade: grade(), dims: dims() }));
    await sql`UPDATE assessment_sheets s SET status = 'published', score = x.score, grade = x.grade, dimension_grades = x.dims::jsonb
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(id uuid, score numeric, grade text, dims text)
      WHERE s.district_id = ${districtId} AND s.id = x.id`.execute(db);
  }
  await sql`VACUUM ANALYZE`.execute(db);

  ctx.log('assessment-cycle: generating the quarter’s sheets…');
  const t0 = performance.now();
  const dispatched = await svc.cycle.dispatch(actor, {
    districtId,
    quarter: QUARTER,
    summaryDue: '2026-12-25',
    reviewDue: '2026-12-27',
    assessDue: '2026-12-29',
    publishDue: '2026-12-31',
  });
  const sheetsMs = performance.now() - t0;
  await sql`UPDATE assessment_sheets SET score = 60 + (abs(hashtext(id::text)) % 40) WHERE cycle_id = ${dispatched.id}`.execute(
    db,
  );
  await sql`ANALYZE assessment_sheets`.execute(db);

  const ours: number[] = [];
  const raw: number[] = [];
  let checked = '';
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    const ranking = await svc.points.pointsRanking(actor, { districtId, quarter: QUARTER });
    await svc.cycle.ranking(actor, dispatched.id, {});
    const months = await svc.points.monthsOfAll(districtId, persons, [YEAR]);
    ours.push(performance.now() - t);
    t = performance.now();
    const r = await sql<{ person_id: string; total: number; rank: number }>`
      WITH q AS (
        SELECT person_id, unit_node_id, to_char(day, 'YYYY-MM') AS month, sum(points) AS pts
        FROM assessment_points WHERE district_id = ${districtId} AND status = 'approved' AND day BETWEEN '2026-10-01' AND '2026-12-31'
        GROUP BY person_id, unit_node_id, to_char(day, 'YYYY-MM'))
      SELECT person_id, sum(pts)::float8 AS total, rank() OVER (PARTITION BY unit_node_id ORDER BY sum(pts) DESC)::int AS rank
      FROM q GROUP BY person_id, unit_node_id`.execute(db);
    await sql`SELECT person_id, sum((dimension_grades->>'post_fit' = 'good')::int + (dimension_grades->>'results' = 'good')::int) AS good
      FROM assessment_sheets WHERE district_id = ${districtId} AND quarter LIKE '2026Q%' AND status IN ('assessed','fed_back','published') GROUP BY person_id`.execute(
      db,
    );
    raw.push(performance.now() - t);
    // the answers agree: every cadre's quarter total and rank in the unit
    const byId = new Map(r.rows.map((x) => [x.person_id, x]));
    const bad = ranking.filter(
      (x) =>
        Math.abs((byId.get(x.personId)?.total ?? 0) - x.total) > 0.01 ||
        (byId.get(x.personId)?.rank ?? 1) !== x.rankInUnit,
    ).length;
    checked = `${ranking.length} cadres ranked, ${bad} differing from raw; months for ${months.size}`;
  }
  await pool.end();
  const ratio = median(ours) / median(raw);
  const markdown = [
    `## assessment-cycle — ${new Date().toISOString().slice(0, 10)}`,
    '',
    await machine(ctx.adminUrl),
    '',
    `- ${CADRES} cadres in ${UNITS} units; ${ledgerRows} ledger rows (a year); 3 graded quarters`,
    `- generating the quarter's sheets (dispatch): **${fmt(sheetsMs / 1000, 1)} s** (target < 60 s), ${dispatched.sheets} sheets`,
    `- points ranking + cycle ranking + everyone's promotion months: ${ours.map((x) => fmt(x)).join(' / ')} ms; raw SQL aggregate over the same rows: ${raw.map((x) => fmt(x)).join(' / ')} ms`,
    `- ratio at the median of three rounds: **${fmt(ratio, 2)}×** raw (target ≤ 3×); ${checked}`,
    '',
  ].join('\n');
  return { name: 'assessment-cycle', markdown };
}

/** For bench/run.ts. */
export const benchmark: Benchmark = {
  name: 'assessment-cycle',
  description: '10,000 cadres in 300 units: sheets, rankings and promotion months beside raw SQL',
  run,
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const r = await run({
    adminUrl,
    residents: 0,
    duration: 0,
    connections: 0,
    rebuild: true,
    log: (m) => console.log(m),
  });
  console.log(r.markdown);
  (await import('node:fs')).appendFileSync(RESULTS, r.markdown + '\n');
}
