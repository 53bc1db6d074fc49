/**
 * What every benchmark shares: the machine's description, a results file, a throwaway database,
 * the real app started as a child process, a logged-in cookie, and a closed-loop load runner for
 * baselines (N workers for a fixed time, latencies kept for percentiles).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where every run appends its figures. */
export const RESULTS_FILE = path.join(ROOT, 'bench', 'RESULTS.md');
/** A fixed master key for benchmark databases, so the app and the generator agree. */
export const BENCH_MASTER_KEY = '62656e6368'.padEnd(64, '0');

/** Options every benchmark receives from bench/run.ts. */
export interface BenchContext {
  /** A server URL whose database the benchmarks may create databases beside (admin rights). */
  adminUrl: string;
  residents: number;
  /** Seconds each load phase runs. */
  duration: number;
  connections: number;
  /** Rebuild cached databases even when present. */
  rebuild: boolean;
  log: (m: string) => void;
}

/** What a benchmark hands back: a Markdown section for RESULTS.md. */
export interface BenchReport {
  name: string;
  markdown: string;
}

/** A benchmark run.ts can select by name. Other helpers' bench files may export one as `benchmark`. */
export interface Benchmark {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchReport>;
}

/** CPU, cores, memory, Node and PostgreSQL versions, date and load: the header of every result. */
export async function machine(adminUrl: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  const v = (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
  await c.end();
  const cpus = os.cpus();
  const load = os.loadavg().map((x) => x.toFixed(1));
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores; RAM ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version}; PostgreSQL ${v}`,
    `- load average at start (1/5/15 min): ${load.join(' / ')} (other processes share the machine)`,
  ].join('\n');
}

/** Appends a section to bench/RESULTS.md. */
export function appendResults(markdown: string): void {
  if (!fs.existsSync(RESULTS_FILE))
    fs.writeFileSync(
      RESULTS_FILE,
      '# Benchmark results\n\nEvery `npm run bench` appends its figures here, newest last.\n',
    );
  fs.appendFileSync(RESULTS_FILE, `\n${markdown.trim()}\n`);
}

/** The URL of database name on the server of url. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs one statement on the admin connection. */
export async function adminQuery(adminUrl: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

/** Whether a database exists. */
export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const r = await adminQuery(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return r.rowCount === 1;
}

/** Drops and creates an empty database. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  return withDatabase(adminUrl, name);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Runs a node script (through tsx) to the end, passing its output through; resolves with stdout. */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  onLine: (l: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let partial = '';
    const feed = (d: Buffer) => {
      const text = partial + d.toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) {
        out += l + '\n';
        onLine(l);
      }
    };
    child.stdout.on('data', feed);
    child.stderr.on('data', feed);
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial) {
        out += partial;
        onLine(partial);
      }
      if (code === 0) resolve(out);
      else reject(new Error(`${script} exited with ${code}`));
    });
  });
}

/** The real app (server/main.ts) as a child process on its own port. */
export interface RunningApp {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts server/main.ts against a database (no demo seeding) and waits until it serves. */
export async function startApp(
  databaseUrl: string,
  log: (m: string) => void,
  settings: Record<string, string> = {},
): Promise<RunningApp> {
  const port = await freePort();
  // BENCH_APP_NODE_ARGS: extra node flags for the app (for example `--cpu-prof --cpu-prof-dir=/tmp/prof`)
  const extra = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: '0',
      DAILY_JOBS: '0',
      LOG_LEVEL: 'warn',
      // autocannon is one client address: no per-address limit
      RATE_LIMIT: '0',
      GONGZHI_MASTER_KEY: BENCH_MASTER_KEY,
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the app did not start within 120 s')), 120_000);
    const onData = (d: Buffer) => {
      const s = d.toString('utf8');
      for (const l of s.split('\n').filter(Boolean)) log(`  app: ${l}`);
      if (s.includes('serving ')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited with ${code}`));
    });
  });
  if (!process.env.BENCH_APP_LOG) {
    child.stdout!.removeAllListeners('data');
    child.stderr!.removeAllListeners('data');
  }
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    base,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Logs in through the API and returns the Cookie header to send. */
export async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { mfaRequired?: boolean; mustChangePassword?: boolean };
  if (body.mfaRequired)
    throw new Error(`${username} needs a second factor; benchmarks need an account without`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  return cookies.join('; ');
}

/** Percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Throughput and latency of a closed-loop run. */
export interface LoopResult {
  requests: number;
  perSec: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Runs fn from `workers` concurrent loops for `seconds`, timing each call (ms). */
export async function closedLoop(
  workers: number,
  seconds: number,
  fn: () => Promise<unknown>,
): Promise<LoopResult> {
  const lat: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await fn();
          lat.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  return {
    requests: lat.length,
    perSec: lat.length / elapsed,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    errors,
  };
}

/** Formats a number with thousands separators. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** p50, p95 and max (ms) of a set of timings. */
export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

/** What timeBeside measured: the service's and the baseline's latencies and how many answers agreed. */
export interface Beside {
  service: Latency;
  baseline: Latency;
  equal: number;
  checked: number;
}

/**
 * The p95 loop of the dashboard benchmarks: `calls` times, a sample is drawn and the service timed
 * on it; for the first `baselineCalls` samples the baseline (the naive GROUP BY) is timed on the
 * same sample right after, and the two answers are compared with `same`.
 */
export async function timeBeside<S, A>(o: {
  calls: number;
  baselineCalls: number;
  sample: () => S;
  service: (s: S) => Promise<A>;
  baseline: (s: S) => Promise<A>;
  same: (got: A, want: A) => boolean;
  onMismatch?: (s: S, got: A, want: A) => void;
}): Promise<Beside> {
  const fast: number[] = [];
  const slow: number[] = [];
  let equal = 0;
  let checked = 0;
  for (let i = 0; i < o.calls; i++) {
    const s = o.sample();
    let t = performance.now();
    const got = await o.service(s);
    fast.push(performance.now() - t);
    if (i < o.baselineCalls) {
      t = performance.now();
      const want = await o.baseline(s);
      slow.push(performance.now() - t);
      checked++;
      if (o.same(got, want)) equal++;
      else o.onMismatch?.(s, got, want);
    }
  }
  const summary = (xs: number[]): Latency => {
    xs.sort((a, b) => a - b);
    return { p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs[xs.length - 1] ?? NaN };
  };
  return { service: summary(fast), baseline: summary(slow), equal, checked };
}
