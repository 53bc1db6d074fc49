/** Once per test run: find or start PostgreSQL and build the migrated template database. */
import type { TestProject } from 'vitest/node';
import { adminUrl, ensureTemplate } from './pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await adminUrl();
  const template = await ensureTemplate(server.url);
  project.provide('pgAdminUrl', server.url);
  project.provide('pgTemplate', template);
  return async () => {
    await server.stop();
  };
}
