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
  };
}
