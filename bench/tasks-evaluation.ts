/**
 * The daily evaluation of 一榜三令 at scale: 10 districts × 10 yearly lists × 600 tasks × 20 weighted
 * milestones (60,000 tasks, 1,200,000 milestones: the issue's totals; its "300 tasks" per list would
 * give 30,000 — run that reading with BENCH_TASKS_PER_LIST=300), loaded with COPY into a fresh database, every
 * task in progress on the evaluation day (the worst case: every task is evaluated). Each task is
 * loaded as the app awards it: awarded on its start day, coloured normal with the award's history
 * row (that day's planned progress, nothing done yet), so the first evaluation, like every later
 * one, writes only the tasks that lag. The evaluation
 * (tasks service, one set-based statement over the task rows, which keep a summary of their
 * milestones; colours, history rows for colour changes only, draft orders and notices) is timed
 * beside a raw SQL scan reading every milestone row in the same run; prints the ratio (target ≤ 3×)
 * and the process's peak RSS (target < 500 MB).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/tasks-evaluation.ts
 *
 * BENCH_KEEP_DB=name keeps the database after the run. BENCH_REUSE_DB=name reuses a database kept
 * earlier when it holds exactly the data this run would load: it is migrated, its evaluation state
 * (colours, history, orders, notices) is cleared and it is vacuumed, so both days run as on a fresh
 * load; otherwise it is rebuilt (and kept).
 *
 * Appends to bench/RESULTS-tasks.md; `npm run bench -- tasks-evaluation` also picks it up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { createServices } from '../server/composition-root.ts';
import { createDb } from '../server/platform/db/db.ts';
import { findMigrations, migrate } from '../server/platform/db/migrator.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { deriveKeys } from '../server/platform/secrets.ts';
import {
  dayNumber,
  dayString,
  planMilestones,
  plannedProgress,
} from '../server/modules/tasks/tasks.rules.ts';
import { machine, ROOT, withDatabase, type BenchContext, type BenchReport, type Benchmark } from './lib.ts';

const DISTRICTS = 10;
const YEARS = 10;
const TASKS = Number(process.env.BENCH_TASKS_PER_LIST ?? 600);
const MILESTONES = 20;
const STREETS = 10;
const DAY = '2026-06-30';
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-tasks.md');
const LIST_COLUMNS = ['district_id', 'id', 'year', 'title', 'status', 'version', 'published_version'];

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
  await pipeline(
    Readable.from(
      (function* () {
        let buf: string[] = [];
        for (const r of rows) {
          buf.push(r);
          if (buf.length >= 5000) {
            yield buf.join('');
            buf = [];
          }
        }
        if (buf.length) yield buf.join('');
      })(),
    ),
    stream,
  );
}

/** Loads the tree, lists, tasks, awards and milestones; returns the district ids. */
async function load(pool: pg.Pool, log: (m: string) => void): Promise<string[]> {
  const rnd = prng(20261123);
  const client = await pool.connect();
  try {
    const city = uuidv7();
    const nodes: string[] = [];
    const node = (
      d: string,
      id: string,
      parent: string | null,
      level: string,
      name: string,
      p: string,
      depth: number,
    ) => nodes.push(`${d}\t${id}\t${parent ?? '\\N'}\t${level}\t${name}\t\\N\t${p}\t${depth}\tx\tx\n`);
    node(city, city, null, 'city', '深圳市', `/${city}/`, 0);
    const districts: { id: string; streets: { id: string; name: string }[] }[] = [];
    for (let d = 0; d < DISTRICTS; d++) {
      const id = uuidv7();
      node(id, id, city, 'district', `第${d + 1}区`, `/${city}/${id}/`, 1);
      const streets = [];
      for (let s = 0; s < STREETS; s++) {
        const sid = uuidv7();
        node(id, sid, id, 'street', `第${d + 1}区第${s + 1}街道`, `/${city}/${id}/${sid}/`, 2);
        streets.push({ id: sid, name: `第${d + 1}区第${s + 1}街道` });
      }
      districts.push({ id, streets });
    }
    await copy(
      client,
      'org_nodes',
      [
        'district_id',
        'id',
        'parent_id',
        'level',
        'name',
        'code',
        'path',
        'depth',
        'name_initials',
        'name_pinyin',
      ],
      nodes,
    );

    const lists: string[] = [];
    const tasks: string[] = [];
    const awards: string[] = [];
    const units: string[] = [];
    const milestones: string[] = [];
    const history: string[] = [];
    const day = dayNumber(DAY);
    let nTasks = 0;
    let nMs = 0;
    const flush = async () => {
      await copy(
        client,
        'tasks_tasks',
        [
          'district_id',
          'id',
          'list_id',
          'kind',
          'year',
          'no',
          'title',
          'category',
          'source',
          'goal',
          'start_date',
          'deadline',
          'status',
          'eval_status',
          'actual_progress',
          'commander_name',
        ],
        tasks,
      );
      await copy(
        client,
        'tasks_awards',
        ['district_id', 'task_id', 'commander_name', 'awarded_by', 'awarded_at'],
        awards,
      );
      await copy(
        client,
        'tasks_award_units',
        ['district_id', 'task_id', 'node_id', 'name', 'application_id', 'lead'],
        units,
      );
      await copy(
        client,
        'tasks_milestones',
        ['district_id', 'task_id', 'seq', 'title', 'weight', 'due_date', 'planned_from', 'percent'],
        milestones,
      );
      await copy(
        client,
        'tasks_evaluations',
        ['district_id', 'task_id', 'day', 'status', 'planned', 'actual', 'overdue'],
        history,
      );
      nTasks += tasks.length;
      nMs += milestones.length;
      tasks.length = awards.length = units.length = milestones.length = history.length = 0;
    };
    const officer = uuidv7();
    for (const d of districts) {
      for (let y = 0; y < YEARS; y++) {
        const year = 2026 - YEARS + 1 + y;
        const listId = uuidv7();
        lists.push(`${d.id}\t${listId}\t${year}\t${year}年任务榜\tpublished\t1\t1\n`);
        for (let t = 0; t < TASKS; t++) {
          const id = uuidv7();
          // every task runs from its list's year to a deadline after the evaluation day
          const start = dayNumber(`${year}-01-01`) + Math.floor(rnd() * 60);
          const deadline = day + 30 + Math.floor(rnd() * 400);
          const span = deadline - start;
          const plan = planMilestones(
            Array.from({ length: MILESTONES }, (_, i) => ({
              dueDate: dayString(start + Math.round(((i + 1) * span) / MILESTONES) - Math.floor(rnd() * 5)),
              weight: 1 + Math.floor(rnd() * 5),
            })),
            dayString(start),
          );
          let actualNum = 0;
          let weights = 0;
          const pace = 0.75 + rnd() * 0.4; // how fast this unit works relative to plan
          for (const m of plan) {
            const due = dayNumber(m.dueDate);
            const from = dayNumber(m.plannedFrom);
            let pct: number;
            if (due < day) pct = rnd() < 0.998 ? 100 : 60 + Math.floor(rnd() * 40);
            else if (from >= day) pct = 0;
            else pct = Math.min(100, Math.round(((day - from) / Math.max(1, due - from)) * 100 * pace));
            actualNum += m.weight * pct;
            weights += m.weight;
            milestones.push(
              `${d.id}\t${id}\t${m.seq}\t节点${m.seq}\t${m.weight}\t${m.dueDate}\t${m.plannedFrom}\t${pct}\n`,
            );
          }
          const street = d.streets[t % STREETS];
          tasks.push(
            `${d.id}\t${id}\t${listId}\tlist_task\t${year}\t${t + 1}\t${year}年任务${t + 1}\tkey_work\ttop_down\t目标\t${dayString(start)}\t${dayString(deadline)}\tawarded\tnormal\t${(actualNum / weights).toFixed(3)}\t挂帅${t}\n`,
          );
          // awarded on its start day, as the award verb writes it: colour normal and one history
          // row with that day's planned progress, nothing reported yet (reports follow the award)
          const awardDay = dayString(start);
          awards.push(`${d.id}\t${id}\t挂帅${t}\t${officer}\t${awardDay}T09:00:00+08:00\n`);
          const planned = plannedProgress(
            plan.map((m) => ({ ...m, percent: 0 })),
            awardDay,
            awardDay,
          );
          const overdue = plan.some((m) => dayNumber(m.dueDate) < start);
          history.push(`${d.id}\t${id}\t${awardDay}\tnormal\t${planned.toFixed(3)}\t0\t${overdue}\n`);
          units.push(`${d.id}\t${id}\t${street.id}\t${street.name}\t${uuidv7()}\ttrue\n`);
        }
        if (tasks.length >= 3000) {
          await copy(client, 'tasks_lists', LIST_COLUMNS, lists.splice(0));
          await flush();
        }
      }
      log(
        `  generated district ${districts.indexOf(d) + 1}/${DISTRICTS} (${nTasks} tasks, ${nMs} milestones copied so far)`,
      );
    }
    await copy(client, 'tasks_lists', LIST_COLUMNS, lists.splice(0));
    await flush();
    await client.query('VACUUM ANALYZE');
    return districts.map((d) => d.id);
  } finally {
    client.release();
  }
}

const ms = (t0: number) => performance.now() - t0;

/**
 * Whether database name exists, was migrated by the migrations on disk (pending ones aside) and holds
 * exactly the tasks and milestones load() would write.
 */
async function loadedShape(adminUrl: string, name: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
  try {
    await c.connect();
  } catch {
    return false;
  }
  try {
    const r = await c.query<{ d: string; t: string; m: string; y: string; h: string }>(
      `SELECT (SELECT count(*) FROM org_nodes WHERE level = 'district') AS d,
              (SELECT count(*) FROM tasks_tasks WHERE status = 'awarded') AS t,
              (SELECT count(*) FROM tasks_milestones) AS m,
              (SELECT count(*) FROM tasks_tasks) AS y,
              (SELECT count(*) FROM tasks_evaluations e JOIN tasks_awards a
                 ON a.district_id = e.district_id AND a.task_id = e.task_id
                 AND e.day = (a.awarded_at AT TIME ZONE 'Asia/Shanghai')::date) AS h`,
    );
    const x = r.rows[0];
    // a migration edited in place since the database was built (nothing is deployed yet, so that
    // happens) would leave it behind the code: rebuild then
    const files = new Map(findMigrations().map((f) => [f.name, f.checksum]));
    const applied = await c.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM platform_migrations',
    );
    if (applied.rows.some((m) => files.get(m.name) !== m.checksum)) return false;
    return (
      Number(x.d) === DISTRICTS &&
      Number(x.t) === DISTRICTS * YEARS * TASKS &&
      Number(x.y) === DISTRICTS * YEARS * TASKS &&
      // each task's award history row (a database loaded before tasks were coloured at award has none)
      Number(x.h) === DISTRICTS * YEARS * TASKS &&
      Number(x.m) === DISTRICTS * YEARS * TASKS * MILESTONES
    );
  } catch {
    return false;
  } finally {
    await c.end();
  }
}

/**
 * Clears what earlier evaluations left in a reused database (the tasks go back to the state their
 * award left: normal, with only the award's history row); returns the district ids.
 */
async function resetEvaluationState(pool: pg.Pool): Promise<string[]> {
  await pool.query(`TRUNCATE tasks_evaluation_runs, tasks_consequences, tasks_exemptions,
    tasks_acknowledgements, tasks_orders, tasks_order_counters, notify_deliveries, notify_reads, notify_notifications`);
  await pool.query(`DELETE FROM tasks_evaluations e USING tasks_awards a
    WHERE a.district_id = e.district_id AND a.task_id = e.task_id
      AND e.day <> (a.awarded_at AT TIME ZONE 'Asia/Shanghai')::date`);
  await pool.query(
    `UPDATE tasks_tasks SET eval_status = 'normal', red_since = NULL
     WHERE status = 'awarded' AND (eval_status IS DISTINCT FROM 'normal' OR red_since IS NOT NULL)`,
  );
  await pool.query('VACUUM ANALYZE');
  const r = await pool.query<{ id: string }>(`SELECT id FROM org_nodes WHERE level = 'district' ORDER BY id`);
  return r.rows.map((x) => x.id);
}

/** Runs the benchmark against the server at adminUrl; returns the Markdown section. */
export async function runTasksEvaluation(adminUrl: string, log: (m: string) => void): Promise<BenchReport> {
  const reuse = process.env.BENCH_REUSE_DB;
  const keep = reuse ?? process.env.BENCH_KEEP_DB; // a database name: kept after the run for inspection
  const name = keep ?? `gz_bench_tasks_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const reusable = reuse ? await loadedShape(adminUrl, reuse) : false;
  if (!reusable) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const { db, pool } = createDb(withDatabase(adminUrl, name), 10);
  try {
    await migrate(pool);
    let districts: string[];
    let loadMs = 0;
    if (reusable) {
      log(`reusing ${name} (same data); clearing its evaluation state…`);
      districts = await resetEvaluationState(pool);
    } else {
      log(
        `loading ${DISTRICTS * YEARS * TASKS} tasks and ${DISTRICTS * YEARS * TASKS * MILESTONES} milestones with COPY…`,
      );
      const tl = performance.now();
      districts = await load(pool, log);
      loadMs = ms(tl);
    }
    const services = createServices({ db, pool, keys: deriveKeys(Buffer.alloc(32, 9)) });
    const quiet = console.info;
    console.info = () => undefined; // the SMS stub's log lines
    const scan = async () => {
      const t0 = performance.now();
      const r = await pool.query(
        'SELECT count(*) AS n, sum(weight) AS w, sum(percent) AS p, min(due_date) AS d, max(planned_from) AS f FROM tasks_milestones',
      );
      return { ms: ms(t0), rows: Number(r.rows[0].n) };
    };
    await scan(); // warm the cache for both
    const scans = [await scan(), await scan(), await scan()].sort((a, b) => a.ms - b.ms);
    const rawMs = scans[1].ms;
    const t1 = performance.now();
    const first = await services.tasks.runDailyEvaluation({ districtIds: districts, day: DAY });
    const firstMs = ms(t1);
    const next = dayString(dayNumber(DAY) + 1);
    const t2 = performance.now();
    const second = await services.tasks.runDailyEvaluation({ districtIds: districts, day: next });
    const secondMs = ms(t2);
    const scanAfter = (await scan()).ms;
    console.info = quiet;
    const rss = process.resourceUsage().maxRSS / 1024;
    const ratio1 = firstMs / rawMs;
    const ratio2 = secondMs / rawMs;
    const pgVersion = (await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`))
      .rows[0].v;
    const counts = await pool.query<{ status: string; n: string }>(
      `SELECT eval_status AS status, count(*) AS n FROM tasks_tasks WHERE status = 'awarded'
       GROUP BY eval_status ORDER BY eval_status`,
    );
    const history = await pool.query<{ day: string; n: string }>(
      `SELECT CASE WHEN day >= $1::date THEN day::text ELSE 'award days' END AS day, count(*) AS n
       FROM tasks_evaluations GROUP BY 1 ORDER BY 1`,
      [DAY],
    );
    const md = [
      `### tasks-evaluation (${new Date().toISOString().slice(0, 10)})`,
      '',
      await machine(adminUrl),
      `- PostgreSQL server_version: ${pgVersion}`,
      '',
      `Data: ${DISTRICTS} districts × ${YEARS} lists × ${TASKS} tasks × ${MILESTONES} milestones = ${first.evaluated} tasks evaluated, ${scans[1].rows} milestone rows; all in progress on ${DAY} (every task evaluated). ${
        reusable
          ? 'Reused a database loaded earlier with COPY (migrated, evaluation state cleared, vacuumed).'
          : `Loaded with COPY in ${(loadMs / 1000).toFixed(1)} s.`
      }`,
      '',
      '| measurement | time | vs raw scan |',
      '|---|---:|---:|',
      `| raw SQL scan of the same milestone rows (median of 3, warm) | ${rawMs.toFixed(0)} ms | 1.0× |`,
      `| daily evaluation, first day ${DAY} (tasks normal since their award: ${first.yellow} → yellow, ${first.red} → red; ${first.accountabilityDrafts} drafts; notices) | ${firstMs.toFixed(0)} ms | ${ratio1.toFixed(2)}× |`,
      `| daily evaluation, next day ${next} (steady state: ${second.yellow} → yellow, ${second.red} → red, ${second.accountabilityDrafts} accountability drafts, ${second.deadlineNotices} deadline notices) | ${secondMs.toFixed(0)} ms | ${ratio2.toFixed(2)}× |`,
      `| raw scan again after the evaluations | ${scanAfter.toFixed(0)} ms | |`,
      '',
      `Colours on ${next}: ${counts.rows.map((r) => `${r.status} ${r.n}`).join(', ')}.`,
      `Peak RSS of the Node process: ${rss.toFixed(0)} MB (target < 500 MB). Target ≤ 3× the raw scan: ${
        ratio2 <= 3 ? 'met' : 'NOT met'
      } for the steady-state day (${ratio2.toFixed(2)}×), ${ratio1 <= 3 ? 'met' : 'NOT met'} for the first day (${ratio1.toFixed(2)}×).`,
      `Tasks are loaded as the app awards them (colour normal and the award's history row, dated the award day). The evaluation reads the task rows (each keeps a summary of its milestones, rewritten by triggers in the same statement as every milestone write), updates only tasks whose colour changed and writes a history row only for those (${history.rows
        .map((h) => `${h.day}: ${h.n}`)
        .join(', ')}); the raw scan reads every milestone row.`,
    ].join('\n');
    return { name: 'tasks-evaluation', markdown: md };
  } finally {
    await db.destroy().catch(() => undefined);
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/** The benchmark as bench/run.ts selects it. */
export const benchmark: Benchmark = {
  name: 'tasks-evaluation',
  description: '一榜三令 daily evaluation of 60k tasks / 1.2M milestones vs a raw scan of the same rows',
  run: (ctx: BenchContext) => runTasksEvaluation(ctx.adminUrl, ctx.log),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const r = await runTasksEvaluation(url, (m) => console.log(m));
  console.log('\n' + r.markdown);
  if (!fs.existsSync(RESULTS)) fs.writeFileSync(RESULTS, '# Benchmark results: tasks (一榜三令)\n');
  fs.appendFileSync(RESULTS, '\n' + r.markdown + '\n');
  process.exit(0);
}
