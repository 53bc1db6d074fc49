/**
 * What the demo's module tests share: a demo district with its accounts in a fresh database of the
 * file's own, the module's own step timed after it, and a request context per demo login.
 *
 * The district is generated and loaded once per test run and resident count, into a template
 * database (the migrated schema, the district, its accounts); each file's database is a copy of it
 * (CREATE DATABASE … TEMPLATE, a second or two instead of a load of 20–60 s on a busy machine).
 * The first file to need a count builds its template under an advisory lock; the others wait for
 * it. The templates are dropped when the run ends (server/testing/global-setup.ts).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { createDb, type Db } from '../server/platform/db/db.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { adminQuery, templateOnce, withDatabase } from '../server/testing/pg-server.ts';
import { loadDemoWithAccounts } from './seed.ts';

export interface DemoWorld {
  t: TestDb;
  services: Services;
  districtId: string;
  /** How long the module's step took, ms. */
  ms: number;
  /** The context of a demo login, as its requests would carry it. */
  ctxOf(username: string): Promise<RequestContext>;
}

const SEED = 'gongzhi';

/**
 * The name of this run's template holding the demo of `residents` residents with its accounts,
 * built by the first caller (the demo loaded as the tests loaded it before: COPY, one transaction).
 */
async function demoTemplate(residents: number): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `${inject('pgDemoPrefix')}${residents}`;
  await templateOnce(admin, name, async (building) => {
    await adminQuery(admin, `CREATE DATABASE ${building} TEMPLATE ${inject('pgTemplate')}`);
    const { db, pool } = createDb(withDatabase(admin, building), 10);
    try {
      const services = createServices({ db, pool, keys: deriveKeys(TEST_MASTER_KEY) });
      await loadDemoWithAccounts({ db, pool, services }, { seed: SEED, residents, atomic: true });
    } finally {
      await db.destroy();
    }
  });
  return name;
}

/**
 * Gives the file a database holding the demo of `residents` residents (a copy of the run's
 * template) before its tests, runs `before` there (steps the module needs first, untimed), then
 * the module's `step` (timed), and drops the database after.
 */
export function useDemo(
  residents: number,
  step: (services: Services, db: Db, districtId: string) => Promise<unknown>,
  opts: {
    before?: (services: Services, db: Db, districtId: string) => Promise<unknown>;
    timeoutMs?: number;
  } = {},
): DemoWorld {
  const w = {
    ms: 0,
    async ctxOf(username: string): Promise<RequestContext> {
      const u = await w.t.db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return {
        actor: await w.services.accounts.loadActor(u.id),
        ip: '127.0.0.1',
        userAgent: 'vitest',
        lang: 'zh-CN',
      };
    },
  } as DemoWorld;
  beforeAll(async () => {
    w.t = await freshDb(await demoTemplate(residents));
    w.services = createServices({ db: w.t.db, pool: w.t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
    const district = await w.t.db
      .selectFrom('org_nodes')
      .select('id')
      .where('level', '=', 'district')
      .executeTakeFirstOrThrow();
    w.districtId = district.id;
    await opts.before?.(w.services, w.t.db, w.districtId);
    const started = performance.now();
    await step(w.services, w.t.db, w.districtId);
    w.ms = performance.now() - started;
  }, opts.timeoutMs ?? 300_000);
  afterAll(async () => {
    await w.t?.drop();
  });
  return w;
}
