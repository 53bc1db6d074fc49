/** Runtime settings read once from the environment; every variable is listed in README.md. */
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Seed the demo district on an empty database. */
  demo: boolean;
  /** Serve the built web client from web/dist. */
  serveWeb: boolean;
  logLevel: string;
  /** Run the daily jobs (the task evaluation) in this process. */
  dailyJobs: boolean;
  /** Keep served people-list pages in memory while every change to them is heard. */
  pageCache: boolean;
  /** Which proxies' X-Forwarded-For/-Proto to believe (see README, TRUST_PROXY). */
  trustProxy: boolean | number | string;
  /** Requests per minute one client address may make to any route (0: no default limit). */
  rateLimit: number;
}

/**
 * TRUST_PROXY: unset or `false` believes no proxy (the socket's address is the client);
 * `true` any; a number, that many hops; otherwise a comma-separated list of addresses or CIDRs.
 */
export function parseTrustProxy(v: string | undefined): boolean | number | string {
  const s = (v ?? '').trim();
  if (!s || s === 'false' || s === '0') return false;
  if (s === 'true') return true;
  if (/^\d+$/.test(s)) return Number(s);
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .join(',');
}

function nonNegative(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got ${v}`);
  return n;
}

/** Reads the settings from process.env with their documented defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.DEMO !== '0',
    serveWeb: env.SERVE_WEB !== '0',
    logLevel: env.LOG_LEVEL ?? 'info',
    dailyJobs: env.DAILY_JOBS !== '0',
    pageCache: env.PAGE_CACHE !== '0',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimit: nonNegative('RATE_LIMIT', env.RATE_LIMIT, 1200),
  };
}
