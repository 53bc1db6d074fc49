/**
 * Once per test run: find or start PostgreSQL and build the migrated template database. The demo
 * tests' templates (the migrated schema plus a demo district, made on first use by
 * demo/demo.testkit.ts) belong to this run: named after it, and dropped when it ends.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { adminUrl, ensureTemplate } from './pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    /** The prefix of this run's demo templates (`<prefix><residents>`). */
    pgDemoPrefix: string;
  }
}

const DEMO_TEMPLATES = 'gz_demo_';

/** Drops the demo templates of this run and of runs whose process is gone (a run killed mid-way). */
async function dropDemoTemplates(url: string, own: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE '${DEMO_TEMPLATES}%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(/^gz_demo_(\d+)_/.exec(datname)?.[1]);
      if (!datname.startsWith(own) && (!pid || alive(pid))) continue;
      await c.query(`ALTER DATABASE ${datname} WITH IS_TEMPLATE false`);
      await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await c.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default async function setup(project: TestProject) {
  const server = await adminUrl();
  const template = await ensureTemplate(server.url);
  const demoPrefix = `${DEMO_TEMPLATES}${process.pid}_`;
  await dropDemoTemplates(server.url, demoPrefix);
  project.provide('pgAdminUrl', server.url);
  project.provide('pgTemplate', template);
  project.provide('pgDemoPrefix', demoPrefix);
  return async () => {
    await dropDemoTemplates(server.url, demoPrefix).catch((e) =>
      console.error('could not drop the demo templates:', e),
    );
    await server.stop();
  };
}
