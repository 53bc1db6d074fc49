/**
 * Daily jobs: each runs once per calendar day (Asia/Shanghai) however many app processes share the
 * database. Every few minutes a process takes the job's advisory lock (skipping if another holds
 * it), reads the last day the job finished, and runs it if that is not today. The day is recorded
 * only after the job has committed, so a crash mid-run runs it again; jobs are written to be
 * repeatable within a day.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './db/db.ts';
import { getSetting, putSetting } from './settings.ts';
import { shanghaiDay } from './time.ts';

/** A job to run once a day. */
export interface DailyJob {
  name: string;
  run(day: string): Promise<unknown>;
}

/** The lock key of a job: a stable 63-bit number from its name. */
function lockKey(name: string): string {
  return crypto.createHash('sha256').update(`gongzhi/daily/${name}`).digest().readBigInt64BE(0).toString();
}

/**
 * Runs the jobs due today (once each, across processes) and says what ran. `now` is for tests.
 * Returns the names of the jobs this call ran.
 */
export async function runDueJobs(
  db: Db,
  jobs: readonly DailyJob[],
  log: (m: string) => void = () => {},
  now = new Date(),
): Promise<string[]> {
  const day = shanghaiDay(now);
  const ran: string[] = [];
  for (const job of jobs)
    await db.connection().execute(async (c) => {
      const key = lockKey(job.name);
      const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${key}::bigint) AS ok`.execute(c);
      if (!got.rows[0].ok) return; // another process is running it
      try {
        const last = await getSetting<{ day: string | null }>(c, `daily:${job.name}`, { day: null });
        if (last.day !== null && last.day >= day) return;
        const t0 = Date.now();
        const result = await job.run(day);
        await putSetting(c, `daily:${job.name}`, { day, at: new Date().toISOString(), result });
        ran.push(job.name);
        log(`daily ${job.name} for ${day} done in ${Date.now() - t0} ms`);
      } catch (e) {
        log(`daily ${job.name} for ${day} failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await sql`SELECT pg_advisory_unlock(${key}::bigint)`.execute(c);
      }
    });
  return ran;
}

/** Checks the jobs now and every `everyMs` until stopped. */
export function startDailyJobs(
  db: Db,
  jobs: readonly DailyJob[],
  log: (m: string) => void,
  everyMs = 10 * 60_000,
) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() => runDueJobs(db, jobs, log)).catch(() => undefined);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    /** Stops checking and waits for a run in progress. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
