/**
 * Suggesting cadres for a task over 10,000 portraits (issue 18, target p95 < 200 ms): portraits
 * loaded into assessment_portraits across 300 units, then 200 suggestions for random sets of two
 * or three needed traits through the assessment service as the district's organisation department.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/assessment-suggest.ts
 *
 * Appends to bench/RESULTS-assessment.md; `npm run bench -- assessment-suggest` also picks it up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { createDb } from '../server/platform/db/db.ts';
import { migrate } from '../server/platform/db/migrator.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import { TRAITS } from '../server/modules/assessment/assessment.portrait.ts';
import {
  BENCH_MASTER_KEY,
  fmt,
  machine,
  percentile,
  recreateDatabase,
  ROOT,
  type BenchContext,
  type BenchReport,
  type Benchmark,
} from './lib.ts';

const PORTRAITS = Number(process.env.BENCH_PORTRAITS ?? 10_000);
const UNITS = 300;
const RUNS = 200;
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-assessment.md');

/** Runs the benchmark and returns its Markdown section. */
export async function run(ctx: BenchContext): Promise<BenchReport> {
  const url = await recreateDatabase(ctx.adminUrl, 'gz_bench_assessment_suggest');
  const { db, pool } = createDb(url, 4);
  await migrate(pool);
  const services = createServices({ db, pool, keys: deriveKeys(Buffer.from(BENCH_MASTER_KEY, 'hex')) });
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const units: string[] = [];
  let districtId = '';
  await db.transaction().execute(async (trx) => {
    const city = await services.org.bootstrapNode(trx, null, {
      level: 'city',
      name: '深圳市',
      code: '440300',
    });
    const d = await services.org.bootstrapNode(
      trx,
      { id: city.id, district_id: city.districtId, path: city.path, depth: 0, level: 'city' },
      { level: 'district', name: '福田区', code: '440304' },
    );
    districtId = d.districtId;
    for (let i = 0; i < UNITS; i++)
      units.push(
        (
          await services.org.bootstrapNode(
            trx,
            { id: d.id, district_id: d.districtId, path: d.path, depth: 1, level: 'district' },
            { level: 'department', name: `单位${i}`, code: null },
          )
        ).id,
      );
  });
  const rows = Array.from({ length: PORTRAITS }, (_, i) => ({
    district_id: districtId,
    person_id: uuidv7(),
    unit_node_id: units[i % UNITS],
    person_name: `干部${i}`,
    scores: TRAITS.map(() => Math.round((50 + rnd() * 50) * 10) / 10),
    evidence: TRAITS.map(() => Math.floor(rnd() * 5)),
    tags: [] as string[],
  }));
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('assessment_portraits')
      .values(rows.slice(i, i + 2000))
      .execute();
  const zzb = await services.accounts.bootstrapAccount({
    username: 'zzb',
    displayName: 'zzb',
    password: 'Bench-Passw0rd!',
    homeDistrictId: districtId,
    grants: [{ role: 'org_officer', nodeId: districtId, districtId }],
  });
  const actor: RequestContext = {
    actor: await services.accounts.loadActor(zzb.id),
    ip: '127.0.0.1',
    userAgent: 'bench',
    lang: 'zh-CN',
  };
  const times: number[] = [];
  for (let i = 0; i < RUNS + 10; i++) {
    const n = 2 + Math.floor(rnd() * 2);
    const traits = [...new Set(Array.from({ length: n }, () => TRAITS[Math.floor(rnd() * TRAITS.length)]))];
    const t = performance.now();
    const r = await services.assessment.results.suggest(actor, { districtId, traits, limit: 10 });
    if (i >= 10) times.push(performance.now() - t); // the first ten warm the pool and the JIT
    if (r.length !== 10) throw new Error('expected ten suggestions');
  }
  await pool.end();
  times.sort((a, b) => a - b);
  const markdown = [
    `## assessment-suggest — ${new Date().toISOString().slice(0, 10)}`,
    '',
    await machine(ctx.adminUrl),
    '',
    `- ${PORTRAITS} portraits in ${UNITS} units; ${RUNS} suggestions of 2–3 traits, 10 each`,
    `- p50 ${fmt(percentile(times, 50), 1)} ms, **p95 ${fmt(percentile(times, 95), 1)} ms** (target < 200 ms), max ${fmt(times[times.length - 1], 1)} ms`,
    '',
  ].join('\n');
  return { name: 'assessment-suggest', markdown };
}

/** For bench/run.ts. */
export const benchmark: Benchmark = {
  name: 'assessment-suggest',
  description: 'suggesting cadres for a task over 10,000 portraits: p95',
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
  fs.appendFileSync(RESULTS, r.markdown + '\n');
}
